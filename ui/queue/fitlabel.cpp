#include "ui/queue/fitlabel.h"

#include <QFontMetrics>

namespace ow {

namespace {

int widestLine(const QFont &font, const QString &text)
{
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

} // namespace

int fittingPointSize(const QFont &base, const QString &text, int width, int maxPointSize, int minPointSize)
{
    if (width <= 0)
        return maxPointSize;
    QFont f = base;
    for (int size = maxPointSize; size > minPointSize; --size) {
        f.setPointSize(size);
        if (widestLine(f, text) <= width)
            return size;
    }
    return minPointSize;
}

FitLabel::FitLabel(int maxPointSize, int minPointSize, QWidget *parent)
    : QLabel(parent),
      m_max(maxPointSize),
      m_min(std::min(minPointSize, maxPointSize))
{
    setTextFormat(Qt::PlainText);
    // Ignored: the layout gives the width and the text adapts, never the other way round.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMinimumWidth(1);
    QFont f = font();
    f.setPointSize(m_max);
    setFont(f);
}

void FitLabel::setFitText(const QString &text)
{
    setText(text);
    fit();
}

bool FitLabel::textFits() const
{
    const int width = contentsRect().width() - 2 * margin();
    if (widestLine(font(), text()) <= width)
        return true;
    return wordWrap() && heightForWidth(contentsRect().width()) <= contentsRect().height();
}

void FitLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FitLabel::fit()
{
    const int width = contentsRect().width() - 2 * margin();
    if (width <= 1)
        return; // not laid out yet: the first resize fits it
    QFont f = font();
    f.setPointSize(fittingPointSize(f, text(), width, m_max, m_min));
    if (font() != f)
        setFont(f);
    // Even the smallest size is too wide: the words go on the next line, none is cut off.
    setWordWrap(widestLine(f, text()) > width);
}

} // namespace ow
