#include "enrolcodecommand.h"

#include "inboxdb.h"

#include <QTextStream>

namespace heard::admin {

int runEnrolCode(const QStringList &arguments)
{
    QStringList args = arguments;
    auto store = openInboxDb(args);
    if (!store) {
        return 2;
    }
    int hours = 24;
    if (args.size() == 2 && args.at(0) == QLatin1String("--hours")) {
        hours = args.at(1).toInt();
    } else if (!args.isEmpty() || hours <= 0) {
        QTextStream(stderr) << "usage: heard-admin enrol-code --db SPEC [--hours N]\n";
        return 2;
    }
    InboxService service(*store, {}, {});
    auto code = service.createEnrolmentCode(std::chrono::hours(hours));
    if (!code) {
        QTextStream(stderr) << "heard-admin: " << code.error().message << '\n';
        return 1;
    }
    QTextStream(stdout) << code.value() << Qt::endl;
    return 0;
}

} // namespace heard::admin
