#include "publishcommand.h"

#include "inboxdb.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace heard::admin {

namespace {
QString mediaType(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        return QStringLiteral("image/png");
    }
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) {
        return QStringLiteral("image/jpeg");
    }
    if (suffix == QLatin1String("ogg") || suffix == QLatin1String("opus")) {
        return QStringLiteral("audio/ogg");
    }
    if (suffix == QLatin1String("wav")) {
        return QStringLiteral("audio/wav");
    }
    return QStringLiteral("application/octet-stream");
}
} // namespace

int runPublish(const QStringList &arguments)
{
    QStringList args = arguments;
    auto store = openInboxDb(args);
    if (!store) {
        return 2;
    }
    QTextStream err(stderr);
    InboxMessage message;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString &name = args.at(i);
        const QString &value = args.at(i + 1);
        if (name == QLatin1String("--text")) {
            // "cy:Y tro diwethaf..." gives the Welsh text; without a language prefix it is English.
            static const QRegularExpression prefix(
                QStringLiteral("^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*):"));
            const auto match = prefix.match(value);
            const QString language = match.hasMatch() ? match.captured(1) : QStringLiteral("en");
            message.text.insert(language,
                                match.hasMatch() ? value.mid(match.capturedLength()) : value);
            continue;
        }
        QFile file(value);
        if ((name != QLatin1String("--picture") && name != QLatin1String("--audio"))
            || !file.open(QIODevice::ReadOnly)) {
            err << "heard-admin: cannot use " << name << ' ' << value << '\n';
            return 2;
        }
        if (name == QLatin1String("--picture")) {
            message.picture = file.readAll();
            message.pictureType = mediaType(value);
        } else {
            message.audio = file.readAll();
            message.audioType = mediaType(value);
        }
    }
    if (message.text.isEmpty() || args.size() % 2 != 0) {
        err << "usage: heard-admin publish --db SPEC --text [LANG:]TEXT... [--picture FILE] "
               "[--audio FILE]\n"
               "  --text may be given once per language, e.g. --text 'en:We did...' --text "
               "'cy:...'\n";
        return 2;
    }
    InboxService service(*store, {}, {});
    auto id = service.publishMessage(message);
    if (!id) {
        err << "heard-admin: " << id.error().message << '\n';
        return 1;
    }
    QTextStream(stdout) << "published " << id->toString(QUuid::WithoutBraces) << Qt::endl;
    return 0;
}

} // namespace heard::admin
