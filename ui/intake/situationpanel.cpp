#include "ui/intake/situationpanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace ow {

SituationPanel::SituationPanel(QWidget *parent)
    : QWidget(parent),
      m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

void SituationPanel::setSituations(const QList<Situation> &situations)
{
    const QMap<QString, QString> previous = answers();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_boxes.clear();
    for (const Situation &s : situations) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("situation_") + s.id);
        // No answer is preselected: a guessed answer would silently drop a material from the list.
        box->addItem(tr("— choose —"), QString());
        for (const SituationOption &o : s.options)
            box->addItem(o.text, o.id);
        const int kept = box->findData(previous.value(s.id));
        if (kept > 0)
            box->setCurrentIndex(kept);
        connect(box, &QComboBox::currentIndexChanged, this, [this] { emit answersChanged(answers()); });
        auto *label = new QLabel(s.question, this);
        label->setWordWrap(true);
        label->setBuddy(box);
        m_form->addRow(label, box);
        m_boxes.append({s.id, box});
    }
    if (situations.isEmpty())
        m_form->addRow(new QLabel(tr("No situation questions for this matter."), this));
}

QMap<QString, QString> SituationPanel::answers() const
{
    QMap<QString, QString> out;
    for (const auto &[id, box] : m_boxes) {
        const QString option = box->currentData().toString();
        if (!option.isEmpty())
            out.insert(id, option);
    }
    return out;
}

bool SituationPanel::answer(const QString &situationId, const QString &optionId)
{
    for (const auto &[id, box] : m_boxes) {
        if (id != situationId)
            continue;
        const int index = box->findData(optionId);
        if (index <= 0)
            return false;
        box->setCurrentIndex(index);
        return true;
    }
    return false;
}

} // namespace ow
