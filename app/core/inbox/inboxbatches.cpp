#include "inbox/inboxbatches.h"

#include "db/sqlconnection.h"
#include "db/transaction.h"
#include "util/errorcode.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

InboxBatches::InboxBatches(const SqlConnection &connection)
    : m_db(connection)
{
}

Result<std::optional<SavedBatch>> InboxBatches::savedBatch(const QString &idempotencyKey) const
{
    QSqlQuery query(m_db.database());
    if (!m_db.execOnce(
            query,
            u"SELECT device_key, request_hash, reply FROM batches WHERE idempotency_key = ?"_s,
            { idempotencyKey })) {
        return m_db.error(query.lastError(), u"looking up a batch"_s);
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

Result<QList<StoreOutcome>> InboxBatches::storeRecordsOneByOne(const QByteArray &devicePublicKey,
                                                               const QList<IncomingRecord> &records,
                                                               const QString &day,
                                                               const QString &now)
{
    const QSqlDatabase db = m_db.database();
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
            return m_db.error(insert.lastError(), u"storing a record"_s);
        }
        if (insert.numRowsAffected() == 1) {
            outcomes.append(StoreOutcome::Stored);
            continue;
        }
        find.addBindValue(idText(record.recordId));
        if (!find.exec() || !find.next()) {
            return m_db.error(find.lastError(), u"looking up a record"_s);
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
            return m_db.error(quarantine.lastError(), u"quarantining a record"_s);
        }
        outcomes.append(StoreOutcome::Conflict);
    }
    return outcomes;
}

Result<QList<StoreOutcome>> InboxBatches::storeRecordsInBulk(const QByteArray &devicePublicKey,
                                                             const QList<IncomingRecord> &records,
                                                             const QString &day, const QString &now)
{
    // Every statement here is a single round trip: plain statements with the values quoted by
    // the driver, not QSqlQuery::prepare, which QPSQL turns into PREPARE + EXECUTE + DEALLOCATE.
    const QSqlDatabase db = m_db.database();
    QList<StoreOutcome> outcomes;
    if (records.isEmpty()) {
        return outcomes;
    }
    const QString device = m_db.literal(devicePublicKey);
    const QString dayText = m_db.literal(day);
    const QString nowLiteral = m_db.literal(now);

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
        sql += (n == 0 ? u"("_s : u", ("_s) + m_db.literal(idText(record.recordId)) + u", "_s
            + device + u", "_s + m_db.literal(record.bytes) + u", "_s + dayText + u", "_s
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
        return m_db.error(query.lastError(), u"storing records"_s);
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
            unknown.append(m_db.literal(idText(record.recordId)));
        }
    }
    if (!unknown.isEmpty()) {
        // A new statement sees rows committed meanwhile by the writer this insert waited for.
        if (!query.exec(u"SELECT record_id, bytes FROM envelopes WHERE record_id IN ("_s
                        + unknown.join(u", "_s) + u")"_s)) {
            return m_db.error(query.lastError(), u"looking up records"_s);
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
            quarantined.append(u"("_s + m_db.literal(idText(QUuid::createUuid())) + u", "_s
                               + m_db.literal(idText(record.recordId)) + u", "_s + device + u", "_s
                               + m_db.literal(record.bytes) + u", 'conflicting_bytes', "_s
                               + nowLiteral + u")"_s);
        }
    }
    if (!quarantined.isEmpty()
        && !query.exec(u"INSERT INTO quarantine (quarantine_id, record_id, device_key, bytes,"
                       u" reason, received_at) VALUES "_s
                       + quarantined.join(u", "_s))) {
        return m_db.error(query.lastError(), u"quarantining records"_s);
    }
    return outcomes;
}

Result<QByteArray>
InboxBatches::storeBatch(const QString &idempotencyKey, const QByteArray &devicePublicKey,
                         const QByteArray &requestHash, const QList<IncomingRecord> &records,
                         const std::function<QByteArray(const QList<StoreOutcome> &)> &makeReply)
{
    const QSqlDatabase db = m_db.database();
    const QString now = nowText();
    const QString day = now.left(10);
    QByteArray reply;
    auto done = inTransaction(m_db, u"storing a batch"_s, [&]() -> Result<void> {
        // PostgreSQL pays a network round trip per statement, SQLite only a function call.
        auto outcomes = m_db.isPostgres()
            ? storeRecordsInBulk(devicePublicKey, records, day, now)
            : storeRecordsOneByOne(devicePublicKey, records, day, now);
        if (!outcomes) {
            return outcomes.error();
        }
        reply = makeReply(outcomes.value());
        QSqlQuery save(db);
        const bool saved
            = m_db.execOnce(save,
                            u"INSERT INTO batches (idempotency_key, device_key,"
                            u" request_hash, reply, received_at) VALUES (?, ?, ?, ?, ?)"_s,
                            { idempotencyKey, devicePublicKey, requestHash, reply, now });
        if (!saved) {
            if (isUniqueViolation(save.lastError())) {
                return Result<void>::failure(ErrorCode::BatchExists,
                                             u"the batch was saved meanwhile"_s);
            }
            return m_db.error(save.lastError(), u"saving a batch reply"_s);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return reply;
}

Result<qint64> InboxBatches::count(const QString &sql) const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(sql) || !query.next()) {
        return m_db.error(query.lastError(), u"counting"_s);
    }
    return query.value(0).toLongLong();
}

Result<qint64> InboxBatches::envelopeCount() const
{
    return count(u"SELECT count(*) FROM envelopes"_s);
}

Result<qint64> InboxBatches::quarantineCount() const
{
    return count(u"SELECT count(*) FROM quarantine"_s);
}

Result<QList<QByteArray>> InboxBatches::envelopes() const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT bytes FROM envelopes ORDER BY received_at, record_id"_s)) {
        return m_db.error(query.lastError(), u"reading envelopes"_s);
    }
    QList<QByteArray> list;
    while (query.next()) {
        list.append(query.value(0).toByteArray());
    }
    return list;
}

} // namespace heard
