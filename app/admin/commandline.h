#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace heard::admin {

/// Parses @p args for command @p name. Returns -1 to carry on, or the exit code to return at once
/// (0 after --help, 2 after a usage error, which is printed).
int parseCommandLine(QCommandLineParser &parser, const QString &name, const QStringList &args);

/// stdout and stderr as text streams (UTF-8), flushed as they go.
QTextStream &out();
QTextStream &err();

} // namespace heard::admin
