#include "admincommands.h"

#include "audiopackcommand.h"
#include "checkcommand.h"
#include "keygencommand.h"
#include "opencommand.h"
#include "rotatecommand.h"
#include "validatecommand.h"

namespace heard::admin {

// Each command lives in its own file pair; add it here.
QList<Command> commands()
{
    return {
        validateCommand(),
        keygenCommand(),
        checkCommand(),
        rotateCommand(),
        openCommand(),
        audioPackCommand(),
    };
}

} // namespace heard::admin
