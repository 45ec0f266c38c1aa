#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace heard {

/// One enrolled device as the inbox knows it. The token itself is never stored, only its hash.
struct InboxDevice
{
    QByteArray publicKey; ///< 32-byte Ed25519 key: the device id
    QDateTime enrolled;
    bool revoked = false;
};

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

// --- Survey definition updates (heard-admin publish-survey; GET /v1/config "surveys") ---

/// A survey definition the LA published, signed by its root key (SignedDefinition). Devices get
/// the newest version of each survey id.
struct InboxSurveyDefinition
{
    QString surveyId;
    int version = 0;
    QDateTime published;
    QByteArray signedBytes; ///< SignedDefinition::toBytes(), as the admin tool made it
};

// --- end of survey definition updates ---

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

/// The inbox database over QtSql: SQLite (one file, WAL, synchronous=FULL) or PostgreSQL (QPSQL),
/// with the same tables and the same SQL wherever the two agree. Every write is one transaction.
///
/// Error codes: "bad_spec", "db_open_failed", "db_error", "bad_code", "not_found",
/// "batch_exists" (another writer saved the same idempotency key first), "record_race" (another
/// writer stored a record of this batch first; retry the batch).
class InboxStore
{
public:
    /// @p spec is "sqlite:PATH" or "postgres:postgresql://USER:PASS@HOST:PORT/DB".
    static Result<std::unique_ptr<InboxStore>> open(const QString &spec);
    ~InboxStore();
    InboxStore(const InboxStore &) = delete;
    InboxStore &operator=(const InboxStore &) = delete;

    bool isPostgres() const { return m_postgres; }
    QString connectionName() const { return m_connectionName; }

    /// Deletes every row of every table (tests against a shared PostgreSQL database only).
    Result<void> wipeForTests();

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

    // --- Survey definition updates ---
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
    // --- end of survey definition updates ---

private:
    InboxStore(QString connectionName, bool postgres);
    Result<void> createSchema();
    Result<void> begin();
    Result<void> commit();
    void rollback();
    template<typename Body> Result<void> inTransaction(const QString &what, Body body);
    /// SQLite: one INSERT per record, then a lookup for each record that was already there.
    Result<QList<StoreOutcome>> storeRecordsOneByOne(const QByteArray &devicePublicKey,
                                                     const QList<IncomingRecord> &records,
                                                     const QString &day, const QString &now);
    /// PostgreSQL: one multi-row INSERT .. ON CONFLICT DO NOTHING RETURNING, one lookup of the
    /// ids it skipped and one multi-row quarantine INSERT, whatever the batch size.
    Result<QList<StoreOutcome>> storeRecordsInBulk(const QByteArray &devicePublicKey,
                                                   const QList<IncomingRecord> &records,
                                                   const QString &day, const QString &now);

    QString m_connectionName;
    bool m_postgres = false;
};

} // namespace heard
