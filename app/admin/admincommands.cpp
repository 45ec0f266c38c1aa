#include "admincommands.h"

#include "validatecommand.h"

namespace heard::admin {

// Each command lives in its own file pair; add it here.
QList<Command> commands()
{
    return {
        {QStringLiteral("validate"), QStringLiteral("check survey definition files"), runValidate},
    };
}

} // namespace heard::admin
