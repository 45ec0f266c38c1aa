#pragma once

#include <QString>
#include <QStringList>

namespace heard::testutil {

/// How a program run as a child process ended, and what it printed.
struct ProgramRun
{
    int exitCode = -1; ///< -1 when it crashed or did not finish in time
    QString out;
    QString err;

    /// Runs @p program with @p args and no terminal on stdin (so a prompt can never hang),
    /// waiting at most @p timeoutMs.
    static ProgramRun run(const QString &program, const QStringList &args, int timeoutMs = 60000);
    /// Runs the built heard-admin.
    static ProgramRun admin(const QStringList &args, int timeoutMs = 60000);
};

} // namespace heard::testutil
