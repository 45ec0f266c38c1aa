#include "inbox/inboxstore.h"

#include "util/errorcode.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

constexpr int kSchemaVersion = 1;

// The same DDL for both databases; only the binary type differs (BLOB / BYTEA). Timestamps are
// ISO-8601 UTC text, so they sort and compare the same way in both.
const QStringList &schema()
{
    static const QStringList statements {
        u"CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS devices ("
        u" public_key BLOB PRIMARY KEY,"
        u" token_hash BLOB NOT NULL UNIQUE,"
        u" enrolled TEXT NOT NULL,"
        u" revoked INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE IF NOT EXISTS enrolment_codes ("
        u" code_hash BLOB PRIMARY KEY,"
        u" expires TEXT NOT NULL,"
        u" used INTEGER NOT NULL DEFAULT 0,"
        u" used_by BLOB)"_s,
        u"CREATE TABLE IF NOT EXISTS envelopes ("
        u" record_id TEXT PRIMARY KEY,"
        u" device_key BLOB NOT NULL,"
        u" bytes BLOB NOT NULL,"
        u" received_day TEXT NOT NULL,"
        u" received_at TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS quarantine ("
        u" quarantine_id TEXT PRIMARY KEY,"
        u" record_id TEXT NOT NULL,"
        u" device_key BLOB NOT NULL,"
        u" bytes BLOB NOT NULL,"
        u" reason TEXT NOT NULL,"
        u" received_at TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS batches ("
        u" idempotency_key TEXT PRIMARY KEY,"
        u" device_key BLOB NOT NULL,"
        u" request_hash BLOB NOT NULL,"
        u" reply BLOB NOT NULL,"
        u" received_at TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS messages ("
        u" message_id TEXT PRIMARY KEY,"
        u" published TEXT NOT NULL,"
        u" body TEXT NOT NULL,"
        u" picture BLOB,"
        u" picture_type TEXT,"
        u" audio BLOB,"
        u" audio_type TEXT)"_s,
        // Survey definition updates (added after schema version 1 shipped; CREATE ... IF NOT
        // EXISTS adds it to an older database on open, and older code ignores it).
        u"CREATE TABLE IF NOT EXISTS survey_definitions ("
        u" survey_id TEXT NOT NULL,"
        u" version INTEGER NOT NULL,"
        u" published TEXT NOT NULL,"
        u" signed BLOB NOT NULL,"
        u" PRIMARY KEY (survey_id, version))"_s,
    };
    return statements;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool ok = false;
    const int number = code.toInt(&ok);
    return code == u"23505"_s || (ok && (number & 0xff) == 19);
}

Error dbError(const QSqlError &error, const QString &what)
{
    return Error { ErrorCode::DbError, u"%1 failed: %2"_s.arg(what, error.text()) };
}

/// One value as an SQL literal in the connection's own quoting (PQescapeByteaConn for bytes).
QString literal(const QSqlDriver *driver, const QVariant &value)
{
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return driver->formatValue(field);
}

QString literal(const QSqlDatabase &db, const QVariant &value)
{
    return literal(db.driver(), value);
}

/// Runs @p sql with its '?' placeholders bound to @p values. PostgreSQL gets the values quoted
/// inline, one round trip; QPSQL would turn prepare() into PREPARE, EXECUTE and DEALLOCATE.
/// SQLite binds them. @p sql must hold no '?' other than the placeholders.
bool runOnce(QSqlQuery &query, bool postgres, const QString &sql, const QVariantList &values)
{
    if (!postgres) {
        query.prepare(sql);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        return query.exec();
    }
    QString text;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == u'?' && next < values.size()) {
            text += literal(query.driver(), values.at(next++));
        } else {
            text += c;
        }
    }
    return query.exec(text);
}

std::atomic<int> connectionCounter { 0 };

} // namespace

InboxStore::InboxStore(QString connectionName, bool postgres)
    : m_connectionName(std::move(connectionName))
    , m_postgres(postgres)
{
}

InboxStore::~InboxStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<InboxStore>> InboxStore::open(const QString &spec)
{
    const QString name = u"heard-inbox-%1"_s.arg(connectionCounter.fetch_add(1));
    const bool postgres = spec.startsWith(u"postgres:"_s);
    if (!postgres && !spec.startsWith(u"sqlite:"_s)) {
        return Result<std::unique_ptr<InboxStore>>::failure(
            ErrorCode::BadSpec,
            u"--db must be sqlite:PATH or postgres:URL, not \"%1\""_s.arg(spec));
    }
    std::unique_ptr<InboxStore> store(new InboxStore(name, postgres));
    {
        QSqlDatabase db;
        if (postgres) {
            const QUrl url(spec.mid(9));
            if (!url.isValid() || url.path().size() < 2) {
                return Result<std::unique_ptr<InboxStore>>::failure(
                    ErrorCode::BadSpec,
                    u"a PostgreSQL URL looks like postgresql://USER:PASS@HOST:PORT/DB"_s);
            }
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setPassword(url.password());
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(spec.mid(7));
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        }
        if (!db.open()) {
            return Result<std::unique_ptr<InboxStore>>::failure(
                ErrorCode::DbOpenFailed,
                u"cannot open the inbox database: %1"_s.arg(db.lastError().text()));
        }
        if (postgres) {
            QSqlQuery quiet(db);
            quiet.exec(
                u"SET client_min_messages = warning"_s); // no NOTICE per CREATE IF NOT EXISTS
        } else {
            QSqlQuery query(db);
            for (const auto &pragma : { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                        u"PRAGMA foreign_keys=ON"_s }) {
                if (!query.exec(pragma)) {
                    return dbError(query.lastError(), pragma);
                }
            }
        }
    }
    if (auto created = store->createSchema(); !created) {
        return created.error();
    }
    return store;
}

Result<void> InboxStore::begin()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // IMMEDIATE takes SQLite's write lock up front, so a second writer waits instead of failing
    // halfway through a batch.
    if (!query.exec(m_postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s)) {
        return dbError(query.lastError(), u"starting a transaction"_s);
    }
    return {};
}

Result<void> InboxStore::commit()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"COMMIT"_s)) {
        return dbError(query.lastError(), u"committing"_s);
    }
    return {};
}

void InboxStore::rollback()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(u"ROLLBACK"_s);
}

template<typename Body> Result<void> InboxStore::inTransaction(const QString &what, Body body)
{
    Q_UNUSED(what);
    if (auto begun = begin(); !begun) {
        return begun;
    }
    Result<void> result = body();
    if (result) {
        result = commit();
    }
    if (!result) {
        rollback();
    }
    return result;
}

Result<void> InboxStore::createSchema()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(u"creating the schema"_s, [&]() -> Result<void> {
        QSqlQuery query(db);
        for (QString statement : schema()) {
            if (m_postgres) {
                statement.replace(u" BLOB"_s, u" BYTEA"_s);
            }
            if (!query.exec(statement)) {
                return dbError(query.lastError(), u"creating the inbox tables"_s);
            }
        }
        query.prepare(u"SELECT value FROM meta WHERE name = 'schema_version'"_s);
        if (!query.exec()) {
            return dbError(query.lastError(), u"reading the schema version"_s);
        }
        if (query.next()) {
            if (query.value(0).toInt() > kSchemaVersion) {
                return Result<void>::failure(ErrorCode::SchemaTooNew,
                                             u"this inbox database was written by a newer Heard"_s);
            }
            return {};
        }
        query.prepare(u"INSERT INTO meta (name, value) VALUES ('schema_version', ?)"_s);
        query.addBindValue(QString::number(kSchemaVersion));
        if (!query.exec()) {
            return dbError(query.lastError(), u"writing the schema version"_s);
        }
        return {};
    });
}

Result<void> InboxStore::wipeForTests()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(u"wiping"_s, [&]() -> Result<void> {
        QSqlQuery query(db);
        for (const auto &table :
             { u"devices"_s, u"enrolment_codes"_s, u"envelopes"_s, u"quarantine"_s, u"batches"_s,
               u"messages"_s, u"survey_definitions"_s }) {
            if (!query.exec(u"DELETE FROM "_s + table)) {
                return dbError(query.lastError(), u"wiping "_s + table);
            }
        }
        return {};
    });
}

Result<void> InboxStore::addEnrolmentCode(const QByteArray &codeHash, const QDateTime &expires)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO enrolment_codes (code_hash, expires, used) VALUES (?, ?, 0)"_s);
    query.addBindValue(codeHash);
    query.addBindValue(expires.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return dbError(query.lastError(), u"saving an enrolment code"_s);
    }
    return {};
}

Result<void> InboxStore::enrolDevice(const QByteArray &codeHash, const QByteArray &publicKey,
                                     const QByteArray &tokenHash, const QDateTime &now)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(u"enrolling"_s, [&]() -> Result<void> {
        QSqlQuery query(db);
        // Consuming the code is the guard: only one key can flip used from 0 to 1. The same key
        // may present the code again (its reply was lost on the way); it gets a fresh token.
        query.prepare(u"UPDATE enrolment_codes SET used = 1, used_by = ?"
                      u" WHERE code_hash = ? AND (used = 0 OR used_by = ?) AND expires > ?"_s);
        query.addBindValue(publicKey);
        query.addBindValue(codeHash);
        query.addBindValue(publicKey);
        query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        if (!query.exec()) {
            return dbError(query.lastError(), u"checking an enrolment code"_s);
        }
        if (query.numRowsAffected() != 1) {
            return Result<void>::failure(ErrorCode::BadCode,
                                         u"the enrolment code is unknown, used or expired"_s);
        }
        query.prepare(u"DELETE FROM devices WHERE public_key = ?"_s);
        query.addBindValue(publicKey);
        if (!query.exec()) {
            return dbError(query.lastError(), u"replacing a device"_s);
        }
        query.prepare(u"INSERT INTO devices (public_key, token_hash, enrolled, revoked)"
                      u" VALUES (?, ?, ?, 0)"_s);
        query.addBindValue(publicKey);
        query.addBindValue(tokenHash);
        query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        if (!query.exec()) {
            return dbError(query.lastError(), u"enrolling a device"_s);
        }
        return {};
    });
}

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

Result<std::optional<InboxDevice>> InboxStore::deviceByTokenHash(const QByteArray &tokenHash) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!runOnce(query, m_postgres,
                 u"SELECT public_key, enrolled, revoked FROM devices WHERE token_hash = ?"_s,
                 { tokenHash })) {
        return dbError(query.lastError(), u"looking up a token"_s);
    }
    if (!query.next()) {
        return std::optional<InboxDevice>();
    }
    return std::optional<InboxDevice>(deviceFrom(query));
}

Result<std::optional<InboxDevice>> InboxStore::deviceByKey(const QByteArray &publicKey) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!runOnce(query, m_postgres,
                 u"SELECT public_key, enrolled, revoked FROM devices WHERE public_key = ?"_s,
                 { publicKey })) {
        return dbError(query.lastError(), u"looking up a device"_s);
    }
    if (!query.next()) {
        return std::optional<InboxDevice>();
    }
    return std::optional<InboxDevice>(deviceFrom(query));
}

Result<QList<InboxDevice>> InboxStore::devices() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT public_key, enrolled, revoked FROM devices ORDER BY enrolled"_s)) {
        return dbError(query.lastError(), u"listing devices"_s);
    }
    QList<InboxDevice> list;
    while (query.next()) {
        list.append(deviceFrom(query));
    }
    return list;
}

Result<void> InboxStore::revokeDevice(const QByteArray &publicKey)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"UPDATE devices SET revoked = 1 WHERE public_key = ?"_s);
    query.addBindValue(publicKey);
    if (!query.exec()) {
        return dbError(query.lastError(), u"revoking a device"_s);
    }
    if (query.numRowsAffected() != 1) {
        return Result<void>::failure(ErrorCode::NotFound, u"no device with that key is enrolled"_s);
    }
    return {};
}

Result<std::optional<SavedBatch>> InboxStore::savedBatch(const QString &idempotencyKey) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!runOnce(query, m_postgres,
                 u"SELECT device_key, request_hash, reply FROM batches WHERE idempotency_key = ?"_s,
                 { idempotencyKey })) {
        return dbError(query.lastError(), u"looking up a batch"_s);
    }
    if (!query.next()) {
        return std::optional<SavedBatch>();
    }
    return std::optional<SavedBatch>(SavedBatch {
        query.value(0).toByteArray(), query.value(1).toByteArray(), query.value(2).toByteArray() });
}

namespace {

bool isRetryable(const QSqlError &error)
{
    // 40P01 deadlock_detected, 40001 serialization_failure: the transaction was rolled back and
    // the whole batch can be tried again.
    return isUniqueViolation(error) || error.nativeErrorCode() == u"40P01"_s
        || error.nativeErrorCode() == u"40001"_s;
}

} // namespace

Result<QList<StoreOutcome>> InboxStore::storeRecordsOneByOne(const QByteArray &devicePublicKey,
                                                             const QList<IncomingRecord> &records,
                                                             const QString &day, const QString &now)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery find(db);
    find.prepare(u"SELECT bytes FROM envelopes WHERE record_id = ?"_s);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO envelopes (record_id, device_key, bytes, received_day,"
                   u" received_at) VALUES (?, ?, ?, ?, ?)"
                   u" ON CONFLICT (record_id) DO NOTHING"_s);
    QSqlQuery quarantine(db);
    quarantine.prepare(u"INSERT INTO quarantine (quarantine_id, record_id, device_key, bytes,"
                       u" reason, received_at) VALUES (?, ?, ?, ?, 'conflicting_bytes', ?)"_s);
    QList<StoreOutcome> outcomes;
    for (const IncomingRecord &record : records) {
        // Insert first: new records (the common case) cost one statement.
        insert.addBindValue(idText(record.recordId));
        insert.addBindValue(devicePublicKey);
        insert.addBindValue(record.bytes);
        insert.addBindValue(day);
        insert.addBindValue(now);
        if (!insert.exec()) {
            if (isUniqueViolation(insert.lastError())) {
                return Result<QList<StoreOutcome>>::failure(
                    ErrorCode::RecordRace, u"another writer stored a record first"_s);
            }
            return dbError(insert.lastError(), u"storing a record"_s);
        }
        if (insert.numRowsAffected() == 1) {
            outcomes.append(StoreOutcome::Stored);
            continue;
        }
        find.addBindValue(idText(record.recordId));
        if (!find.exec() || !find.next()) {
            return dbError(find.lastError(), u"looking up a record"_s);
        }
        const bool same = find.value(0).toByteArray() == record.bytes;
        find.finish();
        if (same) {
            outcomes.append(StoreOutcome::Duplicate);
            continue;
        }
        quarantine.addBindValue(idText(QUuid::createUuid()));
        quarantine.addBindValue(idText(record.recordId));
        quarantine.addBindValue(devicePublicKey);
        quarantine.addBindValue(record.bytes);
        quarantine.addBindValue(now);
        if (!quarantine.exec()) {
            return dbError(quarantine.lastError(), u"quarantining a record"_s);
        }
        outcomes.append(StoreOutcome::Conflict);
    }
    return outcomes;
}

Result<QList<StoreOutcome>> InboxStore::storeRecordsInBulk(const QByteArray &devicePublicKey,
                                                           const QList<IncomingRecord> &records,
                                                           const QString &day, const QString &now)
{
    // Every statement here is a single round trip: plain statements with the values quoted by
    // the driver, not QSqlQuery::prepare, which QPSQL turns into PREPARE + EXECUTE + DEALLOCATE.
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QList<StoreOutcome> outcomes;
    if (records.isEmpty()) {
        return outcomes;
    }
    const QString device = literal(db, devicePublicKey);
    const QString dayText = literal(db, day);
    const QString nowLiteral = literal(db, now);

    // The first occurrence of each id is offered for insertion; a repeat within the batch is
    // judged against what the table holds afterwards, as the one-by-one path would.
    QHash<QUuid, qsizetype> first;
    QList<qsizetype> offered;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!first.contains(records.at(i).recordId)) {
            first.insert(records.at(i).recordId, i);
            offered.append(i);
        }
    }
    // Rows in id order, so concurrent writers lock shared ids in the same order (no deadlock).
    std::sort(offered.begin(), offered.end(), [&](qsizetype a, qsizetype b) {
        return idText(records.at(a).recordId) < idText(records.at(b).recordId);
    });
    QString sql = u"INSERT INTO envelopes (record_id, device_key, bytes, received_day,"
                  u" received_at) VALUES "_s;
    for (qsizetype n = 0; n < offered.size(); ++n) {
        const IncomingRecord &record = records.at(offered.at(n));
        sql += (n == 0 ? u"("_s : u", ("_s) + literal(db, idText(record.recordId)) + u", "_s
            + device + u", "_s + literal(db, record.bytes) + u", "_s + dayText + u", "_s
            + nowLiteral + u")"_s;
    }
    // A conflicting row a concurrent writer has not committed yet makes this wait for it.
    sql += u" ON CONFLICT (record_id) DO NOTHING RETURNING record_id"_s;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (isRetryable(query.lastError())) {
            return Result<QList<StoreOutcome>>::failure(ErrorCode::RecordRace,
                                                        u"another writer stored a record first"_s);
        }
        return dbError(query.lastError(), u"storing records"_s);
    }
    QSet<QUuid> inserted;
    while (query.next()) {
        inserted.insert(QUuid::fromString(query.value(0).toString()));
    }

    // What the table holds for every id of the batch: the bytes just stored, or the earlier ones.
    QHash<QUuid, QByteArray> held;
    QStringList unknown;
    for (const qsizetype i : std::as_const(offered)) {
        const IncomingRecord &record = records.at(i);
        if (inserted.contains(record.recordId)) {
            held.insert(record.recordId, record.bytes);
        } else {
            unknown.append(literal(db, idText(record.recordId)));
        }
    }
    if (!unknown.isEmpty()) {
        // A new statement sees rows committed meanwhile by the writer this insert waited for.
        if (!query.exec(u"SELECT record_id, bytes FROM envelopes WHERE record_id IN ("_s
                        + unknown.join(u", "_s) + u")"_s)) {
            return dbError(query.lastError(), u"looking up records"_s);
        }
        while (query.next()) {
            held.insert(QUuid::fromString(query.value(0).toString()), query.value(1).toByteArray());
        }
    }

    QStringList quarantined;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const IncomingRecord &record = records.at(i);
        const auto it = held.constFind(record.recordId);
        if (it == held.cend()) {
            // Not inserted and not there: the row's writer rolled back after all. Try again.
            return Result<QList<StoreOutcome>>::failure(
                ErrorCode::RecordRace, u"a record vanished while the batch was stored"_s);
        }
        if (first.value(record.recordId) == i && inserted.contains(record.recordId)) {
            outcomes.append(StoreOutcome::Stored);
        } else if (*it == record.bytes) {
            outcomes.append(StoreOutcome::Duplicate);
        } else {
            outcomes.append(StoreOutcome::Conflict);
            quarantined.append(u"("_s + literal(db, idText(QUuid::createUuid())) + u", "_s
                               + literal(db, idText(record.recordId)) + u", "_s + device + u", "_s
                               + literal(db, record.bytes) + u", 'conflicting_bytes', "_s
                               + nowLiteral + u")"_s);
        }
    }
    if (!quarantined.isEmpty()
        && !query.exec(u"INSERT INTO quarantine (quarantine_id, record_id, device_key, bytes,"
                       u" reason, received_at) VALUES "_s
                       + quarantined.join(u", "_s))) {
        return dbError(query.lastError(), u"quarantining records"_s);
    }
    return outcomes;
}

Result<QByteArray>
InboxStore::storeBatch(const QString &idempotencyKey, const QByteArray &devicePublicKey,
                       const QByteArray &requestHash, const QList<IncomingRecord> &records,
                       const std::function<QByteArray(const QList<StoreOutcome> &)> &makeReply)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString now = nowText();
    const QString day = now.left(10);
    QByteArray reply;
    auto done = inTransaction(u"storing a batch"_s, [&]() -> Result<void> {
        // PostgreSQL pays a network round trip per statement, SQLite only a function call.
        auto outcomes = m_postgres ? storeRecordsInBulk(devicePublicKey, records, day, now)
                                   : storeRecordsOneByOne(devicePublicKey, records, day, now);
        if (!outcomes) {
            return outcomes.error();
        }
        reply = makeReply(outcomes.value());
        QSqlQuery save(db);
        const bool saved = runOnce(save, m_postgres,
                                   u"INSERT INTO batches (idempotency_key, device_key,"
                                   u" request_hash, reply, received_at) VALUES (?, ?, ?, ?, ?)"_s,
                                   { idempotencyKey, devicePublicKey, requestHash, reply, now });
        if (!saved) {
            if (isUniqueViolation(save.lastError())) {
                return Result<void>::failure(ErrorCode::BatchExists,
                                             u"the batch was saved meanwhile"_s);
            }
            return dbError(save.lastError(), u"saving a batch reply"_s);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return reply;
}

namespace {
Result<qint64> count(const QString &connection, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.exec(sql) || !query.next()) {
        return dbError(query.lastError(), u"counting"_s);
    }
    return query.value(0).toLongLong();
}
} // namespace

Result<qint64> InboxStore::envelopeCount() const
{
    return count(m_connectionName, u"SELECT count(*) FROM envelopes"_s);
}

Result<qint64> InboxStore::quarantineCount() const
{
    return count(m_connectionName, u"SELECT count(*) FROM quarantine"_s);
}

Result<QList<QByteArray>> InboxStore::envelopes() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT bytes FROM envelopes ORDER BY received_at, record_id"_s)) {
        return dbError(query.lastError(), u"reading envelopes"_s);
    }
    QList<QByteArray> list;
    while (query.next()) {
        list.append(query.value(0).toByteArray());
    }
    return list;
}

Result<void> InboxStore::addMessage(const InboxMessage &message)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
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
        return dbError(query.lastError(), u"publishing a message"_s);
    }
    return {};
}

Result<QList<InboxMessage>> InboxStore::messages() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT message_id, published, body, picture, picture_type, audio, audio_type"
                    u" FROM messages ORDER BY published, message_id"_s)) {
        return dbError(query.lastError(), u"reading messages"_s);
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

// --- Survey definition updates -------------------------------------------------------------
// Kept together and apart from the envelope code above.

namespace {

/// Rows of (survey_id, version, published, signed), as both survey listings select them.
QList<InboxSurveyDefinition> readSurveyDefinitions(QSqlQuery &query)
{
    QList<InboxSurveyDefinition> list;
    while (query.next()) {
        InboxSurveyDefinition definition;
        definition.surveyId = query.value(0).toString();
        definition.version = query.value(1).toInt();
        definition.published = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
        definition.signedBytes = query.value(3).toByteArray();
        list.append(definition);
    }
    return list;
}

} // namespace

Result<int> InboxStore::newestSurveyVersion(const QString &surveyId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT MAX(version) FROM survey_definitions WHERE survey_id = ?"_s);
    query.addBindValue(surveyId);
    if (!query.exec()) {
        return dbError(query.lastError(), u"reading survey versions"_s);
    }
    // MAX over no rows is NULL, which reads as 0: "nothing published yet".
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> InboxStore::addSurveyDefinition(const InboxSurveyDefinition &definition)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(u"publishing a survey definition"_s, [&]() -> Result<void> {
        const auto newest = newestSurveyVersion(definition.surveyId);
        if (!newest) {
            return newest.error();
        }
        if (newest.value() >= definition.version) {
            return Result<void>::failure(
                ErrorCode::VersionNotNewer,
                u"survey %1 already has version %2 published; publish a higher version"_s
                    .arg(definition.surveyId)
                    .arg(newest.value()));
        }
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO survey_definitions (survey_id, version, published, signed)"
                      u" VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(definition.surveyId);
        query.addBindValue(definition.version);
        query.addBindValue((definition.published.isValid() ? definition.published
                                                           : QDateTime::currentDateTimeUtc())
                               .toUTC()
                               .toString(Qt::ISODate));
        query.addBindValue(definition.signedBytes);
        if (!query.exec()) {
            if (isUniqueViolation(query.lastError())) {
                return Result<void>::failure(
                    ErrorCode::VersionNotNewer,
                    u"survey %1 version %2 was published meanwhile"_s.arg(definition.surveyId)
                        .arg(definition.version));
            }
            return dbError(query.lastError(), u"publishing a survey definition"_s);
        }
        return {};
    });
}

Result<QList<InboxSurveyDefinition>> InboxStore::newestSurveyDefinitions() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT s.survey_id, s.version, s.published, s.signed"
                    u" FROM survey_definitions s"
                    u" WHERE s.version = (SELECT MAX(m.version) FROM survey_definitions m"
                    u" WHERE m.survey_id = s.survey_id)"
                    u" ORDER BY s.survey_id"_s)) {
        return dbError(query.lastError(), u"reading survey definitions"_s);
    }
    return readSurveyDefinitions(query);
}

Result<QList<InboxSurveyDefinition>> InboxStore::surveyDefinitions() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT survey_id, version, published, signed FROM survey_definitions"
                    u" ORDER BY survey_id, version"_s)) {
        return dbError(query.lastError(), u"reading survey definitions"_s);
    }
    return readSurveyDefinitions(query);
}

// --- end of survey definition updates ------------------------------------------------------

} // namespace heard
