#include "inbox/inboxenrolment.h"

#include "db/sqlconnection.h"
#include "db/transaction.h"
#include "util/errorcode.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace heard {

namespace {
InboxDevice deviceFrom(const QSqlQuery &query)
{
    InboxDevice device;
    device.publicKey = query.value(0).toByteArray();
    device.enrolled = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    device.revoked = query.value(2).toInt() != 0;
    return device;
}
} // namespace

InboxEnrolment::InboxEnrolment(const SqlConnection &connection)
    : m_db(connection)
{
}

Result<void> InboxEnrolment::addEnrolmentCode(const QByteArray &codeHash, const QDateTime &expires)
{
    QSqlQuery query(m_db.database());
    query.prepare(u"INSERT INTO enrolment_codes (code_hash, expires, used) VALUES (?, ?, 0)"_s);
    query.addBindValue(codeHash);
    query.addBindValue(expires.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return m_db.error(query.lastError(), u"saving an enrolment code"_s);
    }
    return {};
}

Result<void> InboxEnrolment::enrolDevice(const QByteArray &codeHash, const QByteArray &publicKey,
                                         const QByteArray &tokenHash, const QDateTime &now)
{
    return inTransaction(m_db, u"enrolling"_s, [&]() -> Result<void> {
        QSqlQuery query(m_db.database());
        // Consuming the code is the guard: only one key can flip used from 0 to 1. The same key
        // may present the code again (its reply was lost on the way); it gets a fresh token.
        query.prepare(u"UPDATE enrolment_codes SET used = 1, used_by = ?"
                      u" WHERE code_hash = ? AND (used = 0 OR used_by = ?) AND expires > ?"_s);
        query.addBindValue(publicKey);
        query.addBindValue(codeHash);
        query.addBindValue(publicKey);
        query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        if (!query.exec()) {
            return m_db.error(query.lastError(), u"checking an enrolment code"_s);
        }
        if (query.numRowsAffected() != 1) {
            return Result<void>::failure(ErrorCode::BadCode,
                                         u"the enrolment code is unknown, used or expired"_s);
        }
        query.prepare(u"DELETE FROM devices WHERE public_key = ?"_s);
        query.addBindValue(publicKey);
        if (!query.exec()) {
            return m_db.error(query.lastError(), u"replacing a device"_s);
        }
        query.prepare(u"INSERT INTO devices (public_key, token_hash, enrolled, revoked)"
                      u" VALUES (?, ?, ?, 0)"_s);
        query.addBindValue(publicKey);
        query.addBindValue(tokenHash);
        query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        if (!query.exec()) {
            return m_db.error(query.lastError(), u"enrolling a device"_s);
        }
        return {};
    });
}

Result<std::optional<InboxDevice>> InboxEnrolment::deviceWhere(const QString &column,
                                                               const QByteArray &value,
                                                               const QString &what) const
{
    QSqlQuery query(m_db.database());
    if (!m_db.execOnce(
            query, u"SELECT public_key, enrolled, revoked FROM devices WHERE %1 = ?"_s.arg(column),
            { value })) {
        return m_db.error(query.lastError(), what);
    }
    if (!query.next()) {
        return std::optional<InboxDevice>();
    }
    return std::optional<InboxDevice>(deviceFrom(query));
}

Result<std::optional<InboxDevice>>
InboxEnrolment::deviceByTokenHash(const QByteArray &tokenHash) const
{
    return deviceWhere(u"token_hash"_s, tokenHash, u"looking up a token"_s);
}

Result<std::optional<InboxDevice>> InboxEnrolment::deviceByKey(const QByteArray &publicKey) const
{
    return deviceWhere(u"public_key"_s, publicKey, u"looking up a device"_s);
}

Result<QList<InboxDevice>> InboxEnrolment::devices() const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(u"SELECT public_key, enrolled, revoked FROM devices ORDER BY enrolled"_s)) {
        return m_db.error(query.lastError(), u"listing devices"_s);
    }
    QList<InboxDevice> list;
    while (query.next()) {
        list.append(deviceFrom(query));
    }
    return list;
}

Result<void> InboxEnrolment::revokeDevice(const QByteArray &publicKey)
{
    QSqlQuery query(m_db.database());
    query.prepare(u"UPDATE devices SET revoked = 1 WHERE public_key = ?"_s);
    query.addBindValue(publicKey);
    if (!query.exec()) {
        return m_db.error(query.lastError(), u"revoking a device"_s);
    }
    if (query.numRowsAffected() != 1) {
        return Result<void>::failure(ErrorCode::NotFound, u"no device with that key is enrolled"_s);
    }
    return {};
}

} // namespace heard
