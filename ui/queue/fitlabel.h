#pragma once
// A label of a hall face that never widens its window: its width is what the layout gives it (the text's
// width is ignored), and its text is set in the largest size from maxPointSize down to minPointSize whose
// longest line fits that width, measured with QFontMetrics; below the smallest size it wraps. The wall
// board once grew to 2,110 px for "B001 → 12号窗口 全科（绿色通道）" and cut the call off on a 1920 px screen.

#include <QLabel>

namespace ow {

// The largest point size from maxPointSize down to minPointSize at which the longest line of text (lines
// split at '\n') is at most width pixels wide in base's family and weight; minPointSize when none is.
// maxPointSize when width is not known yet (<= 0).
int fittingPointSize(const QFont &base, const QString &text, int width, int maxPointSize, int minPointSize);

class FitLabel : public QLabel
{
    Q_OBJECT

public:
    FitLabel(int maxPointSize, int minPointSize, QWidget *parent = nullptr);

    // Plain text; '\n' separates lines that are each measured.
    void setFitText(const QString &text);
    // Whether every line of the text is shown whole at the current size and width (wrapped lines count
    // as whole when the label is tall enough for them).
    bool textFits() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    int m_max;
    int m_min;
};

} // namespace ow
