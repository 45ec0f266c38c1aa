#include "admincommands.h"

#include "audiopackcommand.h"
#include "checkcommand.h"
#include "devicescommand.h"
#include "enrolcodecommand.h"
#include "importcommand.h"
#include "keygencommand.h"
#include "opencommand.h"
#include "publishcommand.h"
#include "publishsurveycommand.h"
#include "reportcommand.h"
#include "revokecommand.h"
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
        reportCommand(),
        audioPackCommand(),
        {QStringLiteral("enrol-code"), QStringLiteral("create a one-time device enrolment code"),
         runEnrolCode},
        {QStringLiteral("devices"), QStringLiteral("list devices enrolled with the inbox"),
         runDevices},
        {QStringLiteral("revoke"), QStringLiteral("revoke a device's inbox token"), runRevoke},
        {QStringLiteral("publish"), QStringLiteral("publish a \"You said, we did\" message"),
         runPublish},
        publishSurveyCommand(),
        {QStringLiteral("import"), QStringLiteral("load exported batch files into the inbox"),
         runImport},
    };
}

} // namespace heard::admin
