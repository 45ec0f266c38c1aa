#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

namespace heard {

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
    static constexpr int kSchemaVersion = 2;

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

    /// Full PRAGMA integrity_check.
    Result<void> verifyIntegrity() const;

    QString path() const { return m_path; }
    /// The QtSql connection name, for tests and diagnostics (e.g. PRAGMA max_page_count).
    QString connectionName() const { return m_connectionName; }

private:
    OutboxStore(QString path, QString connectionName);

    Result<void> insertAll(const QList<OutboxRecord> &records);
    Result<void> checkpointTruncate();

    QString m_path;
    QString m_connectionName;
};

} // namespace heard
