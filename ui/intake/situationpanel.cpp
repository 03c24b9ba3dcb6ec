#include "ui/intake/situationpanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>

#include <algorithm>

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
        box->installEventFilter(this);
        auto *label = new QLabel(s.question, this);
        label->setWordWrap(true);
        label->setBuddy(box);
        m_form->addRow(label, box);
        // Shown now rather than at the layout's next pass: the page puts the focus here at once.
        label->show();
        box->show();
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

bool SituationPanel::focusFirstUnanswered()
{
    if (m_boxes.isEmpty())
        return false;
    for (const auto &entry : std::as_const(m_boxes)) {
        if (entry.second->currentIndex() <= 0) {
            entry.second->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    m_boxes.first().second->setFocus(Qt::ShortcutFocusReason);
    return true;
}

bool SituationPanel::hasUnanswered() const
{
    return std::any_of(m_boxes.begin(), m_boxes.end(), [](const auto &entry) { return entry.second->currentIndex() <= 0; });
}

bool SituationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || key->modifiers() != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    // Return on a question: on to the next one still unanswered after it, else the checklist.
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i).second == watched)
            at = i;
    }
    if (at < 0)
        return QWidget::eventFilter(watched, event);
    for (qsizetype i = at + 1; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i).second->currentIndex() <= 0) {
            m_boxes.at(i).second->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    emit finished();
    return true;
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
