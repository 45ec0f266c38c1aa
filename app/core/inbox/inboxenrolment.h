#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace heard {

class SqlConnection;

/// One enrolled device as the inbox knows it. The token itself is never stored, only its hash.
struct InboxDevice
{
    QByteArray publicKey; ///< 32-byte Ed25519 key: the device id
    QDateTime enrolled;
    bool revoked = false;
};

/// Enrolment codes and enrolled devices in the inbox database (tables enrolment_codes, devices).
/// Error codes: "bad_code", "not_found", "db_error".
class InboxEnrolment
{
public:
    /// Uses @p connection, which must outlive this object.
    explicit InboxEnrolment(const SqlConnection &connection);

    Result<void> addEnrolmentCode(const QByteArray &codeHash, const QDateTime &expires);
    /// See InboxStore::enrolDevice.
    Result<void> enrolDevice(const QByteArray &codeHash, const QByteArray &publicKey,
                             const QByteArray &tokenHash, const QDateTime &now);
    Result<std::optional<InboxDevice>> deviceByTokenHash(const QByteArray &tokenHash) const;
    Result<std::optional<InboxDevice>> deviceByKey(const QByteArray &publicKey) const;
    Result<QList<InboxDevice>> devices() const;
    Result<void> revokeDevice(const QByteArray &publicKey);

private:
    Result<std::optional<InboxDevice>> deviceWhere(const QString &column, const QByteArray &value,
                                                   const QString &what) const;

    const SqlConnection &m_db;
};

} // namespace heard
