#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace heard {

class SqlConnection;

/// One sealed envelope and the little metadata sync needs. Nothing here may identify a child or
/// reveal an answer: the envelope is ciphertext, the rest is routing.
struct OutboxRecord
{
    QUuid recordId; ///< random per envelope; the inbox dedupes on it
    QUuid sessionId; ///< null when not linked; the link exists only while the session is open
    QString surveyId;
    QDate day; ///< coarse date only
    QString kind; ///< "answer" or "session_end"
    QByteArray envelope;
    qint64 sequence = 0; ///< creation order, set by the store (read-only for callers)
};

/// A batch frozen for sync: its body is written before the first send and never changes, so every
/// retry is byte-identical under the same idempotency key (docs/sync-protocol.md).
struct FrozenBatch
{
    QUuid batchId;
    QByteArray body;
    QList<QUuid> recordIds; ///< in send order
};

/// The device's durable outbox of sealed envelopes (SQLite through QtSql).
///
/// Every write is one transaction committed with journal_mode=WAL and synchronous=FULL, so a
/// call that returned success survives a crash or power loss. The connection belongs to the
/// thread that opened the store.
///
/// Error codes: "db_open_failed", "pragma_failed", "corrupt_moved_aside", "corrupt_move_failed",
/// "schema_too_new", "migration_failed", "disk_full", "duplicate_record", "invalid_record",
/// "checkpoint_busy", "integrity_failed", "not_found", "not_an_outbox", "db_error".
class OutboxStore
{
public:
    /// The schema version this code writes; older files are migrated at open.
    static constexpr int kSchemaVersion = 3;

    /// Open (creating if absent) the outbox at @p path. A corrupt file is moved aside (with its
    /// -wal/-shm) to PATH.corrupt-YYYYMMDD-HHMMSS and "corrupt_moved_aside" is returned; the
    /// caller decides whether to open a fresh one. Nothing is ever recreated over data.
    static Result<std::unique_ptr<OutboxStore>> open(const QString &path);

    /// Read every envelope of an outbox file, read-only, in creation order (heard-admin open).
    static Result<QList<QByteArray>> readEnvelopes(const QString &path);

    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    /// Append one record in its own transaction; durable when this returns success.
    Result<void> append(const OutboxRecord &record);
    /// Append several records in one transaction: all or none.
    Result<void> appendMany(const QList<OutboxRecord> &records);

    /// The session ended: drop its link so nothing on disk groups its records any more.
    Result<void> finishSession(const QUuid &sessionId);
    /// The child withdrew: delete every record of the session and truncate the WAL so the old
    /// page images leave the disk too (secure_delete zeroes the freed space in the database).
    Result<int> deleteSession(const QUuid &sessionId);
    /// Unlink every session still open (after a crash mid-session); returns how many records.
    Result<int> releaseOpenSessions();

    /// Records ready to send (their session is finished), oldest first.
    Result<QList<OutboxRecord>> pending(int limit) const;
    Result<qint64> pendingCount() const;
    /// Every record, including those of an open session.
    Result<qint64> totalCount() const;

    /// Delete records the inbox has receipted; returns how many were present.
    Result<int> remove(const QList<QUuid> &recordIds);

    /// The oldest frozen batch still waiting for its receipt, if any.
    Result<std::optional<FrozenBatch>> openBatch() const;
    /// Every frozen batch still waiting for its receipt, oldest first (USB export).
    Result<QList<FrozenBatch>> openBatches() const;
    /// Freezes up to @p maxRecords pending records not yet in any batch (and at most @p maxBytes
    /// of envelopes, but always at least one) under a fresh batch id; @p makeBody builds the
    /// request body from the id and the envelopes. Nothing to send: an empty optional.
    Result<std::optional<FrozenBatch>> freezeBatch(
        int maxRecords, qint64 maxBytes,
        const std::function<QByteArray(const QUuid &, const QList<QByteArray> &)> &makeBody);
    /// Stores the inbox's @p receipt for @p batchId and, in the same transaction, deletes the
    /// @p delivered records and marks the @p rejected ones (never sent again, kept for an adult).
    /// Records of the batch named in neither list go back to pending. Returns how many were
    /// deleted.
    Result<int> completeBatch(const QUuid &batchId, const QByteArray &receipt,
                              const QList<QUuid> &delivered,
                              const QList<QPair<QUuid, QString>> &rejected);
    /// Records the inbox rejected (kept, never resent).
    Result<qint64> rejectedCount() const;

    /// Full PRAGMA integrity_check.
    Result<void> verifyIntegrity() const;

    QString path() const { return m_path; }
    /// The QtSql connection name, for tests and diagnostics (e.g. PRAGMA max_page_count).
    QString connectionName() const;

private:
    OutboxStore(QString path, std::unique_ptr<SqlConnection> connection);

    Result<void> insertAll(const QList<OutboxRecord> &records);
    Result<void> checkpointTruncate();

    QString m_path;
    std::unique_ptr<SqlConnection> m_db;
};

} // namespace heard
