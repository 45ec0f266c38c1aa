#include "admincommands.h"

namespace heard::admin {

// Each command lives in its own file pair; add it here.
QList<Command> commands()
{
    return {
    };
}

} // namespace heard::admin
