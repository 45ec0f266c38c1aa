#include "store/outboxstore.h"

#include "db/schemamigrator.h"
#include "db/sqlconnection.h"
#include "db/sqlerror.h"
#include "db/transaction.h"
#include "util/errorcode.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

// Ordered: each step takes the schema from version-1 to version, in one transaction.
// Never edit a shipped step; add a new one (and its hand-written fixture in
// tests/store/tst_outboxmigrations.cpp).
const QList<SchemaStep> &migrations()
{
    static const QList<SchemaStep> list {
        { 1,
          {
              // seq (rowid alias) keeps creation order stable even across VACUUM; record_id is
              // the key everything else uses.
              u"CREATE TABLE envelopes ("
              u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
              u" record_id TEXT NOT NULL UNIQUE,"
              u" session_id TEXT,"
              u" survey_id TEXT NOT NULL,"
              u" day TEXT NOT NULL,"
              u" kind TEXT NOT NULL,"
              u" envelope BLOB NOT NULL)"_s,
              u"CREATE INDEX envelopes_by_session ON envelopes(session_id)"
              u" WHERE session_id IS NOT NULL"_s,
          } },
        { 2,
          {
              // Sync freezes a batch's bytes before the first send so retries are identical.
              u"CREATE TABLE batches ("
              u" batch_id TEXT PRIMARY KEY NOT NULL,"
              u" body BLOB NOT NULL,"
              u" record_count INTEGER NOT NULL,"
              u" attempts INTEGER NOT NULL DEFAULT 0)"_s,
              u"ALTER TABLE envelopes ADD COLUMN batch_id TEXT"
              u" REFERENCES batches(batch_id) ON DELETE SET NULL"_s,
              u"CREATE INDEX envelopes_by_batch ON envelopes(batch_id)"
              u" WHERE batch_id IS NOT NULL"_s,
          } },
        { 3,
          {
              // The inbox's reply, saved in the transaction that deletes the delivered records.
              u"ALTER TABLE batches ADD COLUMN receipt BLOB"_s,
              // Why the inbox refused a record; such records are kept but never resent.
              u"ALTER TABLE envelopes ADD COLUMN rejected TEXT"_s,
          } },
    };
    return list;
}

Error dbError(const QSqlError &error, const QString &what)
{
    return sqlError(error, what, u"outbox"_s);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool looksLikeSqlite(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = u"cannot be read: %1"_s.arg(file.errorString());
        return false;
    }
    if (file.size() == 0) {
        return true; // an empty file is an empty database to SQLite
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.size() < 512 || file.read(16) != magic) {
        *why = u"not a SQLite database"_s;
        return false;
    }
    return true;
}

/// Move the database and its companions out of the way; returns the new main path.
Result<QString> moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = u"%1.corrupt-%2"_s.arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + u"-wal"_s); ++n) {
        target = u"%1.corrupt-%2-%3"_s.arg(path, stamp).arg(n);
    }
    if (!QFile::rename(path, target)) {
        return Result<QString>::failure(
            ErrorCode::CorruptMoveFailed,
            u"The outbox database %1 is damaged and could not be moved aside to %2; it was left "
            u"untouched. Copy it somewhere safe before starting a new outbox."_s.arg(path, target));
    }
    // The companions belong to the damaged file; keeping SQLite's naming lets forensics open them.
    // One left behind would be replayed into a fresh database, so that is an error too.
    for (const QString &suffix : { u"-wal"_s, u"-shm"_s, u"-journal"_s }) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            return Result<QString>::failure(
                ErrorCode::CorruptMoveFailed,
                u"The outbox database %1 is damaged; it was moved aside to %2, but %3 could not "
                u"be moved beside it. Move it by hand before starting a new outbox."_s.arg(
                    path, target, path + suffix));
        }
    }
    return target;
}

Result<void> checkQuick(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        return dbError(query.lastError(), u"PRAGMA quick_check"_s);
    }
    if (!query.next()) {
        return Result<void>::failure(ErrorCode::Corrupt, u"quick_check returned nothing"_s);
    }
    const QString first = query.value(0).toString();
    if (first != u"ok"_s) {
        return Result<void>::failure(ErrorCode::Corrupt, u"quick_check: %1"_s.arg(first));
    }
    return {};
}

/// Refuse files this code must not touch, before any pragma writes to them.
Result<void> checkOwnership(const SqlConnection &db, const SchemaMigrator &migrator)
{
    const auto version = migrator.storedVersion();
    if (!version) {
        return version.error();
    }
    if (auto refused = migrator.refuseNewer(version.value()); !refused) {
        return refused;
    }
    if (version.value() == 0) {
        auto tables = db.scalar(u"SELECT count(*) FROM sqlite_master"_s, u"reading the schema"_s);
        if (!tables) {
            return tables.error();
        }
        if (tables->toInt() != 0) {
            return Result<void>::failure(ErrorCode::NotAnOutbox,
                                         u"The file holds another program's database, not a "
                                         u"Heard outbox; it was left untouched."_s);
        }
    }
    return {};
}

OutboxRecord recordFromQuery(const QSqlQuery &query)
{
    OutboxRecord record;
    record.sequence = query.value(0).toLongLong();
    record.recordId = QUuid::fromString(query.value(1).toString());
    if (!query.value(2).isNull()) {
        record.sessionId = QUuid::fromString(query.value(2).toString());
    }
    record.surveyId = query.value(3).toString();
    record.day = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    record.kind = query.value(5).toString();
    record.envelope = query.value(6).toByteArray();
    return record;
}

/// Pragmas, integrity and schema on a freshly opened connection.
Result<void> setUp(const SqlConnection &db)
{
    // Connection-level settings first: they touch no file, and quick_check may sort in temp.
    if (auto applied = db.setPragmas({ { u"secure_delete"_s, u"ON"_s, u"1"_s },
                                       { u"temp_store"_s, u"MEMORY"_s, u"2"_s },
                                       { u"foreign_keys"_s, u"ON"_s, u"1"_s } });
        !applied) {
        return applied;
    }
    // Check before anything writes to the file.
    if (auto checked = checkQuick(db.database()); !checked) {
        return checked;
    }
    const SchemaMigrator migrator(db, migrations());
    if (auto owned = checkOwnership(db, migrator); !owned) {
        return owned;
    }
    if (auto applied = db.setPragmas(
            { { u"journal_mode"_s, u"WAL"_s, u"wal"_s }, { u"synchronous"_s, u"FULL"_s, u"2"_s } });
        !applied) {
        return applied;
    }
    return migrator.migrate();
}

} // namespace

OutboxStore::OutboxStore(QString path, std::unique_ptr<SqlConnection> connection)
    : m_path(std::move(path))
    , m_db(std::move(connection))
{
}

OutboxStore::~OutboxStore() = default;

QString OutboxStore::connectionName() const
{
    return m_db->name();
}

Result<std::unique_ptr<OutboxStore>> OutboxStore::open(const QString &path)
{
    using R = Result<std::unique_ptr<OutboxStore>>;
    const auto corruptFound = [&path](const QString &why) -> R {
        auto moved = moveAside(path);
        if (!moved) {
            return moved.error();
        }
        return R::failure(ErrorCode::CorruptMovedAside,
                          u"The outbox database %1 was damaged (%2). It was moved aside to %3 "
                          u"(with its -wal/-shm) so nothing in it is lost; a new empty outbox "
                          u"can be started at %1."_s.arg(path, why, moved.value()));
    };

    if (QFileInfo::exists(path)) {
        QString why;
        if (!looksLikeSqlite(path, &why)) {
            if (why.startsWith(u"cannot be read"_s)) {
                return R::failure(ErrorCode::DbOpenFailed, u"The outbox %1 %2"_s.arg(path, why));
            }
            return corruptFound(why);
        }
    }

    auto connection = SqlConnection::openSqlite(path, u"outbox"_s, u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!connection) {
        return connection.error();
    }
    std::unique_ptr<OutboxStore> store(new OutboxStore(path, std::move(connection).value()));
    // Owner only; SQLite gives the -wal and -shm it creates later the same mode.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (auto ready = setUp(*store->m_db); !ready) {
        if (ready.error().code == ErrorCode::Corrupt) {
            store.reset(); // close before moving the file
            return corruptFound(ready.error().message);
        }
        return ready.error();
    }
    return R(std::move(store));
}

Result<QList<QByteArray>> OutboxStore::readEnvelopes(const QString &path)
{
    using R = Result<QList<QByteArray>>;
    if (!QFileInfo::exists(path)) {
        return R::failure(ErrorCode::NotFound, u"There is no outbox file at %1."_s.arg(path));
    }
    QString why;
    if (!looksLikeSqlite(path, &why)) {
        return R::failure(ErrorCode::NotAnOutbox, u"%1 is not an outbox: %2."_s.arg(path, why));
    }
    auto connection = SqlConnection::openSqlite(path, u"outbox"_s, u"QSQLITE_OPEN_READONLY"_s);
    if (!connection) {
        return connection.error();
    }
    const SchemaMigrator migrator(*connection.value(), migrations());
    auto version = migrator.storedVersion();
    if (!version) {
        return version.error();
    }
    if (version.value() == 0) {
        return R::failure(ErrorCode::NotAnOutbox, u"%1 is not a Heard outbox."_s.arg(path));
    }
    if (auto refused = migrator.refuseNewer(version.value()); !refused) {
        return refused.error();
    }
    const QSqlDatabase db = connection.value()->database();
    QList<QByteArray> envelopes;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT envelope FROM envelopes ORDER BY seq"_s)) {
            return dbError(query.lastError(), u"reading envelopes"_s);
        }
        while (query.next()) {
            envelopes.append(query.value(0).toByteArray());
        }
        if (query.lastError().isValid()) {
            return dbError(query.lastError(), u"reading envelopes"_s);
        }
    }
    return envelopes;
}

Result<void> OutboxStore::insertAll(const QList<OutboxRecord> &records)
{
    const QSqlDatabase db = m_db->database();
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO envelopes (record_id, session_id, survey_id, day, kind, envelope)"
                   u" VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const OutboxRecord &record : records) {
        const QString id = uuidText(record.recordId);
        insert.addBindValue(id);
        insert.addBindValue(record.sessionId.isNull() ? QVariant(QMetaType::fromType<QString>())
                                                      : QVariant(uuidText(record.sessionId)));
        insert.addBindValue(record.surveyId);
        insert.addBindValue(record.day.toString(Qt::ISODate));
        insert.addBindValue(record.kind);
        insert.addBindValue(record.envelope);
        if (!insert.exec()) {
            // record_id is UNIQUE: the constraint is the duplicate check (and the transaction
            // rolls back, so a batch with one duplicate saves nothing).
            if (isUniqueViolation(insert.lastError())) {
                return Result<void>::failure(ErrorCode::DuplicateRecord,
                                             u"Record %1 is already in the outbox."_s.arg(id));
            }
            return dbError(insert.lastError(), u"saving an envelope"_s);
        }
    }
    return {};
}

namespace {
Result<void> validate(const OutboxRecord &record)
{
    if (record.recordId.isNull() || record.envelope.isEmpty() || record.surveyId.isEmpty()
        || !record.day.isValid()
        || (record.kind != u"answer"_s && record.kind != u"session_end"_s)) {
        return Result<void>::failure(ErrorCode::InvalidRecord,
                                     u"An outbox record needs a record id, survey id, day, kind "
                                     u"(answer or session_end) and an envelope."_s);
    }
    return {};
}
} // namespace

Result<void> OutboxStore::append(const OutboxRecord &record)
{
    return appendMany({ record });
}

Result<void> OutboxStore::appendMany(const QList<OutboxRecord> &records)
{
    for (const OutboxRecord &record : records) {
        if (auto valid = validate(record); !valid) {
            return valid;
        }
    }
    const QSqlDatabase db = m_db->database();
    return inTransaction(*m_db, u"saving an envelope"_s, [&] { return insertAll(records); });
}

Result<void> OutboxStore::checkpointTruncate()
{
    const QSqlDatabase db = m_db->database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next()) {
        return dbError(query.lastError(), u"checkpointing the outbox"_s);
    }
    if (query.value(0).toInt() != 0) {
        return Result<void>::failure(ErrorCode::CheckpointBusy,
                                     u"The outbox log could not be emptied because another "
                                     u"connection is reading it; try again."_s);
    }
    return {};
}

Result<void> OutboxStore::finishSession(const QUuid &sessionId)
{
    const QSqlDatabase db = m_db->database();
    auto done = inTransaction(*m_db, u"closing a session"_s, [&]() -> Result<void> {
        QSqlQuery query(db);
        query.prepare(u"UPDATE envelopes SET session_id = NULL WHERE session_id = ?"_s);
        query.addBindValue(uuidText(sessionId));
        if (!query.exec()) {
            return dbError(query.lastError(), u"closing a session"_s);
        }
        return {};
    });
    if (!done) {
        return done;
    }
    // The old page images in the WAL still carry the link; empty it.
    return checkpointTruncate();
}

Result<int> OutboxStore::deleteSession(const QUuid &sessionId)
{
    const QSqlDatabase db = m_db->database();
    int deleted = 0;
    auto done = inTransaction(*m_db, u"deleting a session"_s, [&]() -> Result<void> {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM envelopes WHERE session_id = ?"_s);
        query.addBindValue(uuidText(sessionId));
        if (!query.exec()) {
            return dbError(query.lastError(), u"deleting a session"_s);
        }
        deleted = query.numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    if (auto checkpointed = checkpointTruncate(); !checkpointed) {
        return checkpointed.error();
    }
    return deleted;
}

Result<int> OutboxStore::releaseOpenSessions()
{
    const QSqlDatabase db = m_db->database();
    int released = 0;
    auto done = inTransaction(*m_db, u"closing open sessions"_s, [&]() -> Result<void> {
        QSqlQuery query(db);
        if (!query.exec(u"UPDATE envelopes SET session_id = NULL WHERE session_id IS NOT NULL"_s)) {
            return dbError(query.lastError(), u"closing open sessions"_s);
        }
        released = query.numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    if (auto checkpointed = checkpointTruncate(); !checkpointed) {
        return checkpointed.error();
    }
    return released;
}

Result<QList<OutboxRecord>> OutboxStore::pending(int limit) const
{
    const QSqlDatabase db = m_db->database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, record_id, session_id, survey_id, day, kind, envelope"
                  u" FROM envelopes WHERE session_id IS NULL ORDER BY seq LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec()) {
        return dbError(query.lastError(), u"listing pending envelopes"_s);
    }
    QList<OutboxRecord> records;
    while (query.next()) {
        records.append(recordFromQuery(query));
    }
    if (query.lastError().isValid()) {
        return dbError(query.lastError(), u"listing pending envelopes"_s);
    }
    return records;
}

Result<qint64> OutboxStore::pendingCount() const
{
    // Two index-only counts instead of scanning the envelope pages.
    auto total = totalCount();
    if (!total) {
        return total;
    }
    const QSqlDatabase db = m_db->database();
    auto open = m_db->scalar(u"SELECT count(*) FROM envelopes WHERE session_id IS NOT NULL"_s,
                             u"counting open sessions"_s);
    if (!open) {
        return open.error();
    }
    return total.value() - open->toLongLong();
}

Result<qint64> OutboxStore::totalCount() const
{
    const QSqlDatabase db = m_db->database();
    auto total = m_db->scalar(u"SELECT count(*) FROM envelopes"_s, u"counting envelopes"_s);
    if (!total) {
        return total.error();
    }
    return total->toLongLong();
}

Result<int> OutboxStore::remove(const QList<QUuid> &recordIds)
{
    const QSqlDatabase db = m_db->database();
    int removed = 0;
    auto done = inTransaction(*m_db, u"removing delivered envelopes"_s, [&]() -> Result<void> {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM envelopes WHERE record_id = ?"_s);
        for (const QUuid &id : recordIds) {
            query.addBindValue(uuidText(id));
            if (!query.exec()) {
                return dbError(query.lastError(), u"removing delivered envelopes"_s);
            }
            removed += query.numRowsAffected();
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return removed;
}

Result<void> OutboxStore::verifyIntegrity() const
{
    const QSqlDatabase db = m_db->database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        return dbError(query.lastError(), u"checking integrity"_s);
    }
    QStringList problems;
    while (query.next()) {
        problems.append(query.value(0).toString());
    }
    if (problems != QStringList { u"ok"_s }) {
        return Result<void>::failure(ErrorCode::IntegrityFailed,
                                     u"integrity_check: %1"_s.arg(problems.join(u"; "_s)));
    }
    return {};
}

} // namespace heard

namespace heard {

namespace {
Result<QList<FrozenBatch>> frozenBatches(const SqlConnection &connection, bool oldestOnly)
{
    const QSqlDatabase db = connection.database();
    QList<FrozenBatch> list;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Only the oldest when syncing: bodies are large, and there may be many frozen batches.
        if (!query.exec(u"SELECT batch_id, body FROM batches WHERE receipt IS NULL ORDER BY rowid"_s
                        + (oldestOnly ? u" LIMIT 1"_s : QString()))) {
            return dbError(query.lastError(), u"finding frozen batches"_s);
        }
        while (query.next()) {
            FrozenBatch batch;
            batch.batchId = QUuid::fromString(query.value(0).toString());
            batch.body = query.value(1).toByteArray();
            list.append(batch);
        }
    }
    QSqlQuery records(db);
    records.setForwardOnly(true);
    records.prepare(u"SELECT record_id FROM envelopes WHERE batch_id = ? AND rejected IS NULL"
                    u" ORDER BY seq"_s);
    for (FrozenBatch &batch : list) {
        records.addBindValue(uuidText(batch.batchId));
        if (!records.exec()) {
            return dbError(records.lastError(), u"listing a frozen batch"_s);
        }
        while (records.next()) {
            batch.recordIds.append(QUuid::fromString(records.value(0).toString()));
        }
        records.finish();
    }
    return list;
}
} // namespace

Result<QList<FrozenBatch>> OutboxStore::openBatches() const
{
    return frozenBatches(*m_db, false);
}

Result<std::optional<FrozenBatch>> OutboxStore::openBatch() const
{
    auto oldest = frozenBatches(*m_db, true);
    if (!oldest) {
        return oldest.error();
    }
    if (oldest->isEmpty()) {
        return std::optional<FrozenBatch>();
    }
    return std::optional<FrozenBatch>(oldest->first());
}

Result<std::optional<FrozenBatch>> OutboxStore::freezeBatch(
    int maxRecords, qint64 maxBytes,
    const std::function<QByteArray(const QUuid &, const QList<QByteArray> &)> &makeBody)
{
    const QSqlDatabase db = m_db->database();
    std::optional<FrozenBatch> frozen;
    auto done = inTransaction(*m_db, u"freezing a batch"_s, [&]() -> Result<void> {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT record_id, envelope FROM envelopes WHERE session_id IS NULL"
                      u" AND batch_id IS NULL AND rejected IS NULL ORDER BY seq LIMIT ?"_s);
        query.addBindValue(maxRecords);
        if (!query.exec()) {
            return dbError(query.lastError(), u"choosing records for a batch"_s);
        }
        FrozenBatch batch;
        QList<QByteArray> envelopes;
        qint64 bytes = 0;
        while (query.next()) {
            const QByteArray envelope = query.value(1).toByteArray();
            if (!envelopes.isEmpty() && bytes + envelope.size() > maxBytes) {
                break;
            }
            bytes += envelope.size();
            batch.recordIds.append(QUuid::fromString(query.value(0).toString()));
            envelopes.append(envelope);
        }
        query.finish();
        if (envelopes.isEmpty()) {
            return {};
        }
        batch.batchId = QUuid::createUuid();
        batch.body = makeBody(batch.batchId, envelopes);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO batches (batch_id, body, record_count) VALUES (?, ?, ?)"_s);
        insert.addBindValue(uuidText(batch.batchId));
        insert.addBindValue(batch.body);
        insert.addBindValue(batch.recordIds.size());
        if (!insert.exec()) {
            return dbError(insert.lastError(), u"freezing a batch"_s);
        }
        QSqlQuery mark(db);
        mark.prepare(u"UPDATE envelopes SET batch_id = ? WHERE record_id = ?"_s);
        for (const QUuid &id : std::as_const(batch.recordIds)) {
            mark.addBindValue(uuidText(batch.batchId));
            mark.addBindValue(uuidText(id));
            if (!mark.exec()) {
                return dbError(mark.lastError(), u"freezing a batch"_s);
            }
        }
        frozen = batch;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return frozen;
}

Result<int> OutboxStore::completeBatch(const QUuid &batchId, const QByteArray &receipt,
                                       const QList<QUuid> &delivered,
                                       const QList<QPair<QUuid, QString>> &rejected)
{
    const QSqlDatabase db = m_db->database();
    int removed = 0;
    auto done = inTransaction(*m_db, u"saving a receipt"_s, [&]() -> Result<void> {
        QSqlQuery query(db);
        // The body is no longer needed once the receipt is here; keep the receipt.
        query.prepare(u"UPDATE batches SET receipt = ?, body = X'' WHERE batch_id = ?"
                      u" AND receipt IS NULL"_s);
        query.addBindValue(receipt);
        query.addBindValue(uuidText(batchId));
        if (!query.exec()) {
            return dbError(query.lastError(), u"saving a receipt"_s);
        }
        if (query.numRowsAffected() != 1) {
            return Result<void>::failure(ErrorCode::NotFound,
                                         u"no open batch %1"_s.arg(uuidText(batchId)));
        }
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM envelopes WHERE record_id = ? AND batch_id = ?"_s);
        for (const QUuid &id : delivered) {
            remove.addBindValue(uuidText(id));
            remove.addBindValue(uuidText(batchId));
            if (!remove.exec()) {
                return dbError(remove.lastError(), u"deleting delivered records"_s);
            }
            removed += remove.numRowsAffected();
        }
        QSqlQuery mark(db);
        mark.prepare(u"UPDATE envelopes SET rejected = ? WHERE record_id = ? AND batch_id = ?"_s);
        for (const auto &[id, reason] : rejected) {
            mark.addBindValue(reason.isEmpty() ? u"rejected"_s : reason);
            mark.addBindValue(uuidText(id));
            mark.addBindValue(uuidText(batchId));
            if (!mark.exec()) {
                return dbError(mark.lastError(), u"marking rejected records"_s);
            }
        }
        QSqlQuery release(db);
        release.prepare(u"UPDATE envelopes SET batch_id = NULL WHERE batch_id = ?"
                        u" AND rejected IS NULL"_s);
        release.addBindValue(uuidText(batchId));
        if (!release.exec()) {
            return dbError(release.lastError(), u"releasing unanswered records"_s);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return removed;
}

Result<qint64> OutboxStore::rejectedCount() const
{
    const QSqlDatabase db = m_db->database();
    auto count = m_db->scalar(u"SELECT count(*) FROM envelopes WHERE rejected IS NOT NULL"_s,
                              u"counting rejected records"_s);
    if (!count) {
        return count.error();
    }
    return count->toLongLong();
}

} // namespace heard
