#pragma once

#include "inbox/inboxbatches.h"
#include "inbox/inboxenrolment.h"
#include "inbox/inboxmessages.h"
#include "inbox/inboxsurveys.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace heard {

class SqlConnection;

/// The inbox database over QtSql: SQLite (one file, WAL, synchronous=FULL) or PostgreSQL (QPSQL),
/// with the same tables and the same SQL wherever the two agree. Every write is one transaction.
///
/// A thin façade over one connection and its parts (InboxEnrolment, InboxBatches,
/// InboxMessages, InboxSurveys); the schema is InboxSchema's numbered steps, run at open.
///
/// Error codes: "bad_spec", "db_open_failed", "pragma_failed", "schema_too_new",
/// "migration_failed", "db_error", "disk_full", "bad_code", "not_found", "batch_exists"
/// (another writer saved the same idempotency key first), "record_race" (another writer stored a
/// record of this batch first; retry the batch), "version_not_newer".
class InboxStore
{
public:
    /// @p spec is "sqlite:PATH" or "postgres:postgresql://USER:PASS@HOST:PORT/DB[?OPTIONS]"
    /// (OPTIONS are libpq's, e.g. options=-csearch_path%3DSCHEMA). A database of an older schema
    /// version is migrated; a newer one is refused ("schema_too_new") and left untouched.
    static Result<std::unique_ptr<InboxStore>> open(const QString &spec);
    ~InboxStore();
    InboxStore(const InboxStore &) = delete;
    InboxStore &operator=(const InboxStore &) = delete;

    bool isPostgres() const;
    /// The QtSql connection name, for diagnostics.
    QString connectionName() const;

    Result<void> addEnrolmentCode(const QByteArray &codeHash, const QDateTime &expires);
    /// Consumes the code (unexpired at @p now, unused or used by this same key, so a device whose
    /// reply was lost can retry) and enrols or re-enrols @p publicKey with @p tokenHash, in one
    /// transaction. "bad_code" when the code does not qualify.
    Result<void> enrolDevice(const QByteArray &codeHash, const QByteArray &publicKey,
                             const QByteArray &tokenHash, const QDateTime &now);
    Result<std::optional<InboxDevice>> deviceByTokenHash(const QByteArray &tokenHash) const;
    Result<std::optional<InboxDevice>> deviceByKey(const QByteArray &publicKey) const;
    Result<QList<InboxDevice>> devices() const;
    /// "not_found" when no device has this key.
    Result<void> revokeDevice(const QByteArray &publicKey);

    Result<std::optional<SavedBatch>> savedBatch(const QString &idempotencyKey) const;
    /// Stores each record once and saves the reply @p makeReply builds from the outcomes, all in
    /// one transaction, so a saved reply always describes committed records.
    Result<QByteArray>
    storeBatch(const QString &idempotencyKey, const QByteArray &devicePublicKey,
               const QByteArray &requestHash, const QList<IncomingRecord> &records,
               const std::function<QByteArray(const QList<StoreOutcome> &)> &makeReply);

    Result<qint64> envelopeCount() const;
    Result<qint64> quarantineCount() const;
    /// Every stored envelope, oldest first (heard-admin open).
    Result<QList<QByteArray>> envelopes() const;

    Result<void> addMessage(const InboxMessage &message);
    Result<QList<InboxMessage>> messages() const;

    /// Stores a published definition. "version_not_newer" when the survey id already has this
    /// version or a higher one (checked in the same transaction as the insert).
    Result<void> addSurveyDefinition(const InboxSurveyDefinition &definition);
    /// The highest version published for @p surveyId; 0 when none.
    Result<int> newestSurveyVersion(const QString &surveyId) const;
    /// The newest version of every published survey id, ordered by id.
    Result<QList<InboxSurveyDefinition>> newestSurveyDefinitions() const;
    /// Every version ever published, ordered by id then version (heard-admin report places each
    /// answer on the version the child was shown).
    Result<QList<InboxSurveyDefinition>> surveyDefinitions() const;

private:
    explicit InboxStore(std::unique_ptr<SqlConnection> connection);

    std::unique_ptr<SqlConnection> m_db;
    InboxEnrolment m_enrolment;
    InboxBatches m_batches;
    InboxMessages m_messages;
    InboxSurveys m_surveys;
};

} // namespace heard
