#include "inbox/inboxmessages.h"

#include "db/sqlconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace heard {

namespace {
QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

InboxMessages::InboxMessages(const SqlConnection &connection)
    : m_db(connection)
{
}

Result<void> InboxMessages::addMessage(const InboxMessage &message)
{
    QSqlQuery query(m_db.database());
    query.prepare(u"INSERT INTO messages (message_id, published, body, picture, picture_type,"
                  u" audio, audio_type) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(idText(message.id));
    query.addBindValue(message.published.toUTC().toString(Qt::ISODate));
    // The body holds every language's text as one JSON object.
    QJsonObject body;
    for (auto it = message.text.cbegin(); it != message.text.cend(); ++it)
        body.insert(it.key(), it.value());
    query.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    query.addBindValue(message.picture);
    query.addBindValue(message.pictureType);
    query.addBindValue(message.audio);
    query.addBindValue(message.audioType);
    if (!query.exec()) {
        return m_db.error(query.lastError(), u"publishing a message"_s);
    }
    return {};
}

Result<QList<InboxMessage>> InboxMessages::messages() const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(u"SELECT message_id, published, body, picture, picture_type, audio, audio_type"
                    u" FROM messages ORDER BY published, message_id"_s)) {
        return m_db.error(query.lastError(), u"reading messages"_s);
    }
    QList<InboxMessage> list;
    while (query.next()) {
        InboxMessage message;
        message.id = QUuid::fromString(query.value(0).toString());
        message.published = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        const QJsonObject body
            = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            message.text.insert(it.key(), it.value().toString());
        message.picture = query.value(3).toByteArray();
        message.pictureType = query.value(4).toString();
        message.audio = query.value(5).toByteArray();
        message.audioType = query.value(6).toString();
        list.append(message);
    }
    return list;
}

} // namespace heard
