#include "admincommands.h"

#include "devicescommand.h"
#include "enrolcodecommand.h"
#include "importcommand.h"
#include "publishcommand.h"
#include "revokecommand.h"
#include "validatecommand.h"

namespace heard::admin {

// Each command lives in its own file pair; add it here.
QList<Command> commands()
{
    return {
        {QStringLiteral("validate"), QStringLiteral("check survey definition files"), runValidate},
        {QStringLiteral("enrol-code"), QStringLiteral("create a one-time device enrolment code"),
         runEnrolCode},
        {QStringLiteral("devices"), QStringLiteral("list devices enrolled with the inbox"),
         runDevices},
        {QStringLiteral("revoke"), QStringLiteral("revoke a device's inbox token"), runRevoke},
        {QStringLiteral("publish"), QStringLiteral("publish a \"You said, we did\" message"),
         runPublish},
        {QStringLiteral("import"), QStringLiteral("load exported batch files into the inbox"),
         runImport},
    };
}

} // namespace heard::admin
