#pragma once
// The hall faces (kiosk, board, rating screen) are read from a distance: their text is the widget's own
// font at a fixed large size, bold unless asked otherwise.

#include <QFont>

namespace ow {

inline QFont faceFont(const QFont &base, int pointSize, bool bold = true)
{
    QFont f = base;
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace ow
