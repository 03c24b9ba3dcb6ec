#include "ui/queue/quickcomments.h"

#include "ui/queue/facefont.h"
#include "ui/queue/fitlabel.h"

#include <QGridLayout>
#include <QPushButton>

namespace ow {

namespace {

constexpr int Columns = 3;

} // namespace

QuickComments::QuickComments(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quickComments"));
    // What applicants most often say of a visit, the good and the bad, in their own plain words.
    const QStringList texts{tr("Quick service"),   tr("Clear explanations"), tr("Friendly staff"),
                            tr("Waited too long"), tr("Had to come back"),   tr("Requirements unclear")};
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    for (int i = 0; i < texts.size(); ++i) {
        auto *button = new QPushButton(texts.at(i), this);
        button->setObjectName(QStringLiteral("quickComment_%1").arg(i + 1));
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
