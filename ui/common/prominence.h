#pragma once
// Titles and key figures stand out the same way on every page: bold, and larger than the text around them
// by a factor (1: bold only, the size left as the style gives it).

class QWidget;

namespace ow {

void makeProminent(QWidget *widget, double scale = 1.0);

} // namespace ow
