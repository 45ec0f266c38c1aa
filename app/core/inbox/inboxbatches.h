#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace heard {

class SqlConnection;

/// A record offered for storage: its id, its envelope bytes and the day it arrived.
struct IncomingRecord
{
    QUuid recordId;
    QByteArray bytes;
};

enum class StoreOutcome {
    Stored,
    Duplicate, ///< the same id with the same bytes is already there
    Conflict, ///< the same id with different bytes: quarantined, never overwritten
};

/// The reply saved under a batch's idempotency key.
struct SavedBatch
{
    QByteArray devicePublicKey;
    QByteArray requestHash; ///< BLAKE2b of the request body, to spot a reused key
    QByteArray reply;
};

/// Received batches and the envelopes in them (tables batches, envelopes, quarantine): each
/// record stored once, a conflicting one quarantined, each batch's reply saved under its key.
/// Error codes: "batch_exists", "record_race", "db_error".
class InboxBatches
{
public:
    /// Uses @p connection, which must outlive this object.
    explicit InboxBatches(const SqlConnection &connection);

    Result<std::optional<SavedBatch>> savedBatch(const QString &idempotencyKey) const;
    /// See InboxStore::storeBatch.
    Result<QByteArray>
    storeBatch(const QString &idempotencyKey, const QByteArray &devicePublicKey,
               const QByteArray &requestHash, const QList<IncomingRecord> &records,
               const std::function<QByteArray(const QList<StoreOutcome> &)> &makeReply);

    Result<qint64> envelopeCount() const;
    Result<qint64> quarantineCount() const;
    /// Every stored envelope, oldest first.
    Result<QList<QByteArray>> envelopes() const;

private:
    /// SQLite: one INSERT per record, then a lookup for each record that was already there.
    Result<QList<StoreOutcome>> storeRecordsOneByOne(const QByteArray &devicePublicKey,
                                                     const QList<IncomingRecord> &records,
                                                     const QString &day, const QString &now);
    /// PostgreSQL: one multi-row INSERT .. ON CONFLICT DO NOTHING RETURNING, one lookup of the
    /// ids it skipped and one multi-row quarantine INSERT, whatever the batch size.
    Result<QList<StoreOutcome>> storeRecordsInBulk(const QByteArray &devicePublicKey,
                                                   const QList<IncomingRecord> &records,
                                                   const QString &day, const QString &now);
    Result<qint64> count(const QString &sql) const;

    const SqlConnection &m_db;
};

} // namespace heard
