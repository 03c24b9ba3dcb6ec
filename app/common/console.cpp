#include "app/common/console.h"

#include <QTextStream>

#include <cstdio>

namespace ow {

QTextStream &consoleOut()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &consoleErr()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace ow
