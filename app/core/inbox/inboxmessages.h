#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

namespace heard {

class SqlConnection;

/// A "You said, we did" message the LA publishes for kiosks to show.
struct InboxMessage
{
    QUuid id;
    QDateTime published;
    QMap<QString, QString> text; ///< language code -> text; the kiosk shows the child's language
    QByteArray picture;
    QString pictureType;
    QByteArray audio;
    QString audioType;
};

/// Published messages in the inbox database (table messages). Error code: "db_error".
class InboxMessages
{
public:
    /// Uses @p connection, which must outlive this object.
    explicit InboxMessages(const SqlConnection &connection);

    Result<void> addMessage(const InboxMessage &message);
    /// Every message, oldest first.
    Result<QList<InboxMessage>> messages() const;

private:
    const SqlConnection &m_db;
};

} // namespace heard
