// heard-admin: the LA's and adults' command-line tools. Thin: every command is a function in its
// own file that parses its arguments and calls into heard_core.
#include "admincommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

#include <memory>

int main(int argc, char *argv[])
{
    // `report` prints PDFs, which needs fonts and so a GUI application; it never shows a window,
    // so the offscreen platform serves on a machine without a display.
    const bool needsGui = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> owner(needsGui ? new QGuiApplication(argc, argv)
                                                     : new QCoreApplication(argc, argv));
    QCoreApplication &app = *owner;
    QCoreApplication::setApplicationName(QStringLiteral("heard-admin"));

    QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    const auto commands = heard::admin::commands();
    const QString name = args.isEmpty() ? QString() : args.takeFirst();
    for (const auto &command : commands) {
        if (command.name == name)
            return command.run(args);
    }
    err << "usage: heard-admin COMMAND [ARGS...]\n\ncommands:\n";
    qsizetype width = 0;
    for (const auto &command : commands)
        width = std::max(width, command.name.size());
    for (const auto &command : commands)
        err << "  " << command.name.leftJustified(width) << "  " << command.summary << '\n';
    return name.isEmpty() || name == QLatin1String("--help") ? 0 : 2;
}
