#include "ui/catalog/matterdetailswidget.h"

#include "core/intake/checklistengine.h"
#include "ui/catalog/mattermaterialsmodel.h"
#include "ui/common/prominence.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

QString matterTagsHtml(const QList<MatterTag> &tags)
{
    QStringList chips;
    for (MatterTag tag : tags) {
        const char *colour = "#1f5fa8";
        switch (tag) {
        case MatterTag::Instant: colour = "#b0371c"; break;
        case MatterTag::Online: colour = "#1f5fa8"; break;
        case MatterTag::Nearby: colour = "#2d7d46"; break;
        case MatterTag::OneTrip: colour = "#7a4fa0"; break;
        }
        chips << QStringLiteral("<span style=\"background:%1;color:white;\">&nbsp;%2&nbsp;</span>")
                     .arg(QLatin1String(colour), matterTagName(tag).toHtmlEscaped());
    }
    return chips.join(QStringLiteral("&nbsp;"));
}

MatterDetailsWidget::MatterDetailsWidget(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)),
      m_tags(new QLabel(this)),
      m_limits(new QLabel(this)),
      m_legalBasis(new QLabel(this)),
      m_fees(new QLabel(this)),
      m_situations(new QLabel(this)),
      m_legalBasisCaption(new QLabel(this)),
      m_situationsCaption(new QLabel(this)),
      m_materialsView(new QTableView(this)),
      m_materials(new MatterMaterialsModel(this))
{
    m_title->setObjectName(QStringLiteral("matterTitleLabel"));
    makeProminent(m_title, 1.5);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("matterSubtitleLabel"));
    m_tags->setObjectName(QStringLiteral("matterTagsLabel"));
    m_tags->setTextFormat(Qt::RichText);
    for (QLabel *label : {m_limits, m_legalBasis, m_fees, m_situations}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_limits->setObjectName(QStringLiteral("matterLimitsLabel"));
    m_situations->setObjectName(QStringLiteral("matterSituationsLabel"));

    m_materialsView->setObjectName(QStringLiteral("matterMaterialsView"));
    m_materialsView->setModel(m_materials);
    m_materialsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_materialsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_materialsView->setAlternatingRowColors(true);
    m_materialsView->verticalHeader()->hide();
    m_materialsView->setWordWrap(false);
    // The material's name gets the room; requirement and issuer are cut short (the tooltip has them whole).
    QHeaderView *header = m_materialsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MatterMaterialsModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MatterMaterialsModel::SourceColumn, QHeaderView::Interactive);
    header->resizeSection(MatterMaterialsModel::SourceColumn, 130);
    header->setSectionResizeMode(MatterMaterialsModel::RequirementColumn, QHeaderView::Interactive);
    header->resizeSection(MatterMaterialsModel::RequirementColumn, 170);
    m_materialsView->verticalHeader()->setDefaultSectionSize(m_materialsView->fontMetrics().height() + 10);

    auto *form = new QFormLayout;
    form->addRow(tr("Time limit:"), m_limits);
    form->addRow(m_legalBasisCaption, m_legalBasis);
    form->addRow(tr("Fees:"), m_fees);
    form->addRow(m_situationsCaption, m_situations);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tags);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Materials:"), this));
    layout->addWidget(m_materialsView, 1);
    clear();
}

void MatterDetailsWidget::showMatter(const Matter &matter)
{
    m_legalBasisCaption->setText(tr("Legal basis:"));
    m_situationsCaption->setText(tr("Situations:"));
    m_title->setText(matter.name);
    m_subtitle->setText(
        tr("%1 · %2 · code %3 · version %4").arg(matter.department, matter.type, matter.code).arg(matter.version));
    m_tags->setText(matterTagsHtml(matter.tags));
    m_limits->setText(
        matter.promisedLimitDays == 0
            ? tr("Done on the spot (legal limit %n working day(s))", nullptr, matter.legalLimitDays)
            : tr("Promised %1 working day(s), legal limit %2").arg(matter.promisedLimitDays).arg(matter.legalLimitDays));
    m_legalBasis->setText(matter.legalBasis);
    QStringList fees;
    for (const Fee &fee : matter.fees)
        fees << tr("%1: %2").arg(fee.item, fee.amount);
    m_fees->setText(fees.isEmpty() ? tr("Free of charge") : fees.join(u'\n'));
    QStringList situations;
    for (const Situation &s : matter.situations) {
        QStringList options;
        for (const SituationOption &o : s.options)
            options << o.text;
        situations << tr("%1 (%2)").arg(s.question, options.join(tr(" / ")));
    }
    m_situations->setText(situations.isEmpty() ? tr("None") : situations.join(u'\n'));
    m_materials->setMatter(matter);
}

void MatterDetailsWidget::showBundle(const Bundle &bundle, const QList<Matter> &matters)
{
    m_title->setText(bundle.name);
    m_subtitle->setText(tr("One-thing bundle · code %1 · %n matter(s)", nullptr, int(matters.size())).arg(bundle.code));
    m_tags->clear();
    QStringList names;
    int promised = 0;
    for (const Matter &m : matters) {
        names << tr("%1 (%2)").arg(m.name, m.department);
        promised = std::max(promised, m.promisedLimitDays);
    }
    m_legalBasisCaption->setText(tr("Description:"));
    m_situationsCaption->setText(tr("Matters:"));
    m_limits->setText(promised == 0 ? tr("Done on the spot, every matter of the bundle")
                                    : tr("Promised %n working day(s), by the slowest matter", nullptr, promised));
    m_legalBasis->setText(bundle.description);
    m_fees->setText(tr("As each matter publishes"));
    // The matters of the bundle; their shared questions and materials are asked once at intake.
    m_situations->setText(names.join(u'\n'));
    // The bundle's material list: a paper several matters ask for is listed, and asked, once.
    Matter merged;
    merged.code = bundle.code;
    merged.name = bundle.name;
    merged.situations = ChecklistEngine::mergedSituations(matters);
    merged.materials = ChecklistEngine::mergedMaterials(matters);
    m_materials->setMatter(merged);
}

void MatterDetailsWidget::clear()
{
    m_legalBasisCaption->setText(tr("Legal basis:"));
    m_situationsCaption->setText(tr("Situations:"));
    m_title->setText(tr("Type a matter's name or its pinyin initials"));
    m_subtitle->setText(tr("e.g. 食品经营 or spjy"));
    m_tags->clear();
    m_limits->clear();
    m_legalBasis->clear();
    m_fees->clear();
    m_situations->clear();
    m_materials->clear();
}

} // namespace ow
