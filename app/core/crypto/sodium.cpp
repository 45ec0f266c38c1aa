#include "crypto/sodium.h"

#include <sodium.h>

namespace heard {

bool ensureSodium()
{
    // sodium_init is itself safe to call repeatedly; the static makes the common path a load.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace heard
