#include "ui/common/prominence.h"

#include <QFont>
#include <QWidget>

namespace ow {

void makeProminent(QWidget *widget, double scale)
{
    QFont font = widget->font();
    if (scale != 1.0) // a font given in pixels has no point size to scale
        font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    widget->setFont(font);
}

} // namespace ow
