#include "ui/catalog/mattermaterialsmodel.h"

#include <QBrush>
#include <QPalette>

namespace ow {

MatterMaterialsModel::MatterMaterialsModel(QObject *parent)
    : HeaderTableModel({tr("Material"), tr("Form"), tr("Copies"), tr("Required"), tr("Issued by"), tr("Valid for")}, parent)
{}

void MatterMaterialsModel::setMatter(const Matter &matter)
{
    beginResetModel();
    m_matter = matter;
    endResetModel();
}

void MatterMaterialsModel::clear()
{
    setMatter(Matter{});
}

int MatterMaterialsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matter.materials.size());
}

QString MatterMaterialsModel::requirementText(const MatterMaterial &m) const
{
    QString text = requirementName(m.requirement);
    if (m.requirement == Requirement::Situational) {
        // Name the situation's answer the line depends on, as the clerk will be asked it.
        QStringList answers;
        for (const QString &condition : m.when) {
            const QString question = condition.section(u'=', 0, 0);
            const QString option = condition.section(u'=', 1);
            for (const Situation &s : m_matter.situations)
                for (const SituationOption &o : s.options)
                    if (s.id == question && o.id == option)
                        answers << o.text;
        }
        if (!answers.isEmpty())
            text = tr("when: %1").arg(answers.join(tr(", ")));
    }
    if (m.deficiencyAllowed)
        text += tr(" · may follow later");
    return text;
}

QString MatterMaterialsModel::sourceText(const MatterMaterial &m) const
{
    if (m.certificateStore)
        return tr("Certificate store");
    if (m.dataSharing)
        return tr("Data sharing");
    return m.issuer;
}

QVariant MatterMaterialsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MatterMaterial &m = m_matter.materials.at(index.row());
    if (role == KindRole)
        return m.kind;
    if (role == DeficiencyAllowedRole)
        return m.deficiencyAllowed;
    if (role == Qt::ToolTipRole) {
        QStringList lines{m.name, requirementText(m), tr("Issued by: %1").arg(sourceText(m))};
        if (!m.note.isEmpty())
            lines << m.note;
        if (!m.howToObtain.isEmpty())
            lines << tr("How to obtain: %1").arg(m.howToObtain);
        if (!m.legalBasis.isEmpty())
            lines << tr("Legal basis: %1").arg(m.legalBasis);
        return lines.join(u'\n');
    }
    if (role == Qt::ForegroundRole && index.column() == SourceColumn && (m.dataSharing || m.certificateStore))
        return QBrush(QColor(0x1b, 0x6e, 0x3a)); // fetched by the hall: the applicant brings nothing
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return m.name;
    case FormColumn: return materialFormName(m.form);
    case CopiesColumn: return m.copies;
    case RequirementColumn: return requirementText(m);
    case SourceColumn: return sourceText(m);
    case ValidityColumn: return m.validityMonths > 0 ? tr("%n month(s)", nullptr, m.validityMonths) : QString();
    }
    return {};
}

} // namespace ow
