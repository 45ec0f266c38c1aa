#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace heard::admin {

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &args)> run; ///< returns the process exit code
};

/// Every command heard-admin knows, in the order `--help` lists them.
QList<Command> commands();

} // namespace heard::admin
