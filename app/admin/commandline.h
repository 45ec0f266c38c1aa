#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <utility>

namespace heard::admin {

/// Parses @p args for command @p name. Returns -1 to carry on, or the exit code to return at once
/// (0 after --help, 2 after a usage error, which is printed).
int parseCommandLine(QCommandLineParser &parser, const QString &name, const QStringList &args);

/// --valid-from and --valid-until for a new LA encryption key (default: today, for two years).
class KeyValidityOptions
{
public:
    explicit KeyValidityOptions(QCommandLineParser &parser);
    /// The chosen period, or nothing after printing a usage error for @p command.
    std::optional<std::pair<QDate, QDate>> read(const QCommandLineParser &parser,
                                                const QString &command) const;

private:
    QCommandLineOption m_from;
    QCommandLineOption m_until;
};

/// stdout and stderr as text streams (UTF-8), flushed as they go.
QTextStream &out();
QTextStream &err();

} // namespace heard::admin
