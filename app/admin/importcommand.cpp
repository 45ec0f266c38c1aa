#include "importcommand.h"

#include "inboxdb.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace heard::admin {

int runImport(const QStringList &arguments)
{
    QStringList args = arguments;
    auto store = openInboxDb(args);
    if (!store) {
        return 2;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() != 1) {
        err << "usage: heard-admin import --db SPEC DIR\n";
        return 2;
    }
    InboxService service(*store, {}, {});
    const QDir dir(args.first());
    int failedFiles = 0;
    int replayed = 0;
    int counts[3] = { 0, 0, 0 };
    const QStringList files
        = dir.entryList({ QStringLiteral("*.heardbatch") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "heard-admin: cannot read " << name << '\n';
            ++failedFiles;
            continue;
        }
        const ServiceReply reply = service.importBatch(file.readAll());
        if (reply.status != 200) {
            err << "heard-admin: " << name << " refused (" << reply.status << "): " << reply.logLine
                << '\n';
            ++failedFiles;
            continue;
        }
        if (reply.logLine.endsWith(QLatin1String("replayed"))) {
            ++replayed; // this very file was imported (or synced) before: nothing new
            continue;
        }
        const QJsonArray results = QJsonDocument::fromJson(reply.body)
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        for (const QJsonValue &result : results) {
            const QString status = result.toObject().value(QStringLiteral("status")).toString();
            ++counts[status == QLatin1String("stored")          ? 0
                         : status == QLatin1String("duplicate") ? 1
                                                                : 2];
        }
    }
    out << "imported " << files.size() - failedFiles << " of " << files.size()
        << " files: " << counts[0] << " stored, " << counts[1] << " duplicate, " << counts[2]
        << " rejected; " << replayed << " files already imported" << Qt::endl;
    return failedFiles == 0 ? 0 : 1;
}

} // namespace heard::admin
