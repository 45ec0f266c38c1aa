#include "util/processhardening.h"

#include "util/errorcode.h"

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX) || defined(__unix__)
#include <sys/resource.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace heard {

Result<void> disableCoreDumps()
{
#if defined(__unix__)
    struct rlimit none
    {
        0, 0
    };
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        return Result<void>::failure(ErrorCode::HardeningFailed,
                                     u"Could not disable core dumps (setrlimit): %1"_s.arg(
                                         QString::fromLocal8Bit(std::strerror(errno))));
    }
#endif
#if defined(__linux__)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        return Result<void>::failure(ErrorCode::HardeningFailed,
                                     u"Could not mark the process non-dumpable (prctl): %1"_s.arg(
                                         QString::fromLocal8Bit(std::strerror(errno))));
    }
#endif
    return {};
}

} // namespace heard
