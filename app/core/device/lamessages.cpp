#include "device/lamessages.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard {

QString LaMessage::textFor(const QString &language, const QString &fallbackLanguage) const
{
    if (const auto it = text.constFind(language); it != text.constEnd())
        return it.value();
    return text.value(fallbackLanguage);
}

QList<LaMessage> LaMessages::parse(const QByteArray &json)
{
    QList<LaMessage> messages;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject item = value.toObject();
        LaMessage message;
        message.id = item.value("id"_L1).toString();
        message.published
            = QDateTime::fromString(item.value("published"_L1).toString(), Qt::ISODate);
        const QJsonObject text = item.value("text"_L1).toObject();
        for (auto it = text.constBegin(); it != text.constEnd(); ++it) {
            if (!it.value().toString().trimmed().isEmpty())
                message.text.insert(it.key(), it.value().toString());
        }
        message.picture = QByteArray::fromBase64(item.value("picture"_L1).toString().toLatin1());
        message.pictureType = item.value("pictureType"_L1).toString();
        message.audio = QByteArray::fromBase64(item.value("audio"_L1).toString().toLatin1());
        message.audioType = item.value("audioType"_L1).toString();
        if (!message.id.isEmpty() && !message.text.isEmpty())
            messages.append(message);
    }
    std::stable_sort(messages.begin(), messages.end(), [](const LaMessage &a, const LaMessage &b) {
        return a.published > b.published;
    });
    return messages;
}

QString LaMessages::pictureFile(const QString &dataDir, const LaMessage &message)
{
    const bool svg = message.pictureType == "image/svg+xml"_L1
        || message.picture.trimmed().startsWith("<svg")
        || message.picture.trimmed().startsWith("<?xml");
    if (message.picture.isEmpty() || !svg)
        return {};
    // The id comes from the inbox: keep only characters that cannot leave the folder.
    QString name = message.id;
    name.remove(QRegularExpression(u"[^A-Za-z0-9-]"_s));
    if (name.isEmpty())
        return {};
    const QString path = DeviceFolder(dataDir).messagePictureFile(name);
    QFile file(path);
    if (!file.exists()
        && (!file.open(QIODevice::WriteOnly)
            || file.write(message.picture) != message.picture.size()))
        return {};
    return path;
}

QList<LaMessage> LaMessages::load(const QString &dataDir)
{
    QFile file(DeviceFolder(dataDir).messagesFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

} // namespace heard
