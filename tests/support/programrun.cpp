#include "programrun.h"

#include <QProcess>

namespace heard::testutil {

ProgramRun ProgramRun::run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForFinished(timeoutMs))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

ProgramRun ProgramRun::admin(const QStringList &args, int timeoutMs)
{
    return run(QStringLiteral(HEARD_BIN_DIR "/heard-admin"), args, timeoutMs);
}

} // namespace heard::testutil
