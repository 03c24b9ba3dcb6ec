#include "core/hall/server/filelimit.h"

#include <QDir>

#include <algorithm>
#include <sys/resource.h>

namespace ow::filelimit {

long raiseToHard()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? 1L << 20 : long(limit.rlim_cur);
}

long soft()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    return limit.rlim_cur == RLIM_INFINITY ? 1L << 20 : long(limit.rlim_cur);
}

int connectionCap(int wanted)
{
    const long limit = soft();
    if (limit < 0)
        return std::max(1, wanted);
    // Linux lists the open descriptors here; elsewhere assume a few.
    const long openNow = std::max<long>(16, QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
    return int(std::clamp<long>(limit - openNow - Reserve, 1, std::max(1, wanted)));
}

} // namespace ow::filelimit
