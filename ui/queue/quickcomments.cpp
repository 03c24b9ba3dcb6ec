#include "ui/queue/quickcomments.h"

#include "ui/queue/facefont.h"
#include "ui/queue/fitlabel.h"

#include <QGridLayout>
#include <QPushButton>

namespace ow {

namespace {

constexpr int Columns = 3;

QList<QuickComments::Choice> commentChoices()
{
    // What applicants most often say of a visit, the good and the bad, in their own plain words. The key
    // is the button's number: these travel as text in the comment.
    const QStringList texts{QuickComments::tr("Quick service"),    QuickComments::tr("Clear explanations"),
                            QuickComments::tr("Friendly staff"),   QuickComments::tr("Waited too long"),
                            QuickComments::tr("Had to come back"), QuickComments::tr("Requirements unclear")};
    QList<QuickComments::Choice> choices;
    for (int i = 0; i < texts.size(); ++i)
        choices.append({QString::number(i + 1), texts.at(i)});
    return choices;
}

} // namespace

QuickComments::QuickComments(QWidget *parent)
    : QuickComments(commentChoices(), QStringLiteral("quickComment"), parent)
{
    setObjectName(QStringLiteral("quickComments"));
}

QuickComments::QuickComments(const QList<Choice> &choices, const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    for (int i = 0; i < choices.size(); ++i) {
        auto *button = new QPushButton(choices.at(i).text, this);
        button->setObjectName(namePrefix + u'_' + choices.at(i).key);
        button->setProperty("choiceKey", choices.at(i).key);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // a touch screen
        button->setMinimumHeight(56);
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        button->setFont(faceFont(font(), 18, false));
        button->setStyleSheet(
            QStringLiteral("QPushButton { border: 2px solid #9e9e9e; border-radius: 10px; padding: 4px; }"
                           "QPushButton:checked { background: #1565c0; color: white; border-color: #1565c0; }"));
        grid->addWidget(button, i / Columns, i % Columns);
        m_choices << button;
    }
}

QStringList QuickComments::chosen() const
{
    QStringList out;
    for (const QPushButton *b : m_choices) {
        if (b->isChecked())
            out << b->text();
    }
    return out;
}

QStringList QuickComments::chosenKeys() const
{
    QStringList out;
    for (const QPushButton *b : m_choices) {
        if (b->isChecked())
            out << b->property("choiceKey").toString();
    }
    return out;
}

void QuickComments::clear()
{
    for (QPushButton *b : std::as_const(m_choices))
        b->setChecked(false);
}

void QuickComments::setChoicesEnabled(bool enabled)
{
    for (QPushButton *b : std::as_const(m_choices))
        b->setEnabled(enabled);
}

QString QuickComments::comment(const QString &typed, int maxLength) const
{
    QStringList parts = chosen();
    if (!typed.trimmed().isEmpty())
        parts << typed.trimmed();
    return parts.join(tr("; ")).left(maxLength);
}

void QuickComments::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (QPushButton *b : std::as_const(m_choices)) {
        const int size = fittingPointSize(faceFont(font(), 18, false), b->text(), b->width() - 24, 18, 11);
        if (b->font().pointSize() != size)
            b->setFont(faceFont(font(), size, false));
    }
}

} // namespace ow
