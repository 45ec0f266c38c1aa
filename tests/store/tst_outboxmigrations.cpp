// Every schema version Heard ever wrote must open with today's code, data intact. The SQL below
// is a frozen copy of what each version created: never edit it, add a new version instead.

#include "storetestutil.h"
#include "util/errorcode.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

const QStringList kSchemaV1 {
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
};

const QStringList kSchemaV2 = kSchemaV1
    + QStringList {
          u"CREATE TABLE batches ("
          u" batch_id TEXT PRIMARY KEY NOT NULL,"
          u" body BLOB NOT NULL,"
          u" record_count INTEGER NOT NULL,"
          u" attempts INTEGER NOT NULL DEFAULT 0)"_s,
          u"ALTER TABLE envelopes ADD COLUMN batch_id TEXT"
          u" REFERENCES batches(batch_id) ON DELETE SET NULL"_s,
          u"CREATE INDEX envelopes_by_batch ON envelopes(batch_id)"
          u" WHERE batch_id IS NOT NULL"_s,
      };

/// Runs statements on a raw connection, as an older Heard (or another program) would have.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QVariant &value : binds) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            return {};
        }
        return query.value(0);
    }
    bool ok() const { return m_ok; }

private:
    QString m_name;
    bool m_ok = false;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestOutboxMigrations : public QObject
{
    Q_OBJECT

private:
    /// Write a database of @p version with three records (one still in an open session).
    QList<OutboxRecord> writeFixture(const QString &path, int version, const QStringList &schema)
    {
        QList<OutboxRecord> records { makeRecord(), makeRecord(), makeRecord(QUuid::createUuid()) };
        records[1].kind = u"session_end"_s;
        RawDb raw(path);
        if (!raw.ok() || !raw.exec(u"PRAGMA journal_mode = WAL"_s)) {
            return {};
        }
        for (const QString &statement : schema) {
            if (!raw.exec(statement)) {
                return {};
            }
        }
        for (const OutboxRecord &r : records) {
            const QVariant session = r.sessionId.isNull()
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(r.sessionId.toString(QUuid::WithoutBraces));
            if (!raw.exec(u"INSERT INTO envelopes (record_id, session_id, survey_id, day, kind, "
                          u"envelope) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          { r.recordId.toString(QUuid::WithoutBraces), session, r.surveyId,
                            r.day.toString(Qt::ISODate), r.kind, r.envelope })) {
                return {};
            }
        }
        if (!raw.exec(u"PRAGMA user_version = %1"_s.arg(version))) {
            return {};
        }
        return records;
    }

private slots:
    void earlierVersionsMigrate_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QStringList>("schema");
        QTest::newRow("v1") << 1 << kSchemaV1;
        QTest::newRow("v2 (current)") << 2 << kSchemaV2;
    }
    void earlierVersionsMigrate()
    {
        QFETCH(int, version);
        QFETCH(QStringList, schema);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        const QList<OutboxRecord> records = writeFixture(path, version, schema);
        QCOMPARE(records.size(), 3);

        auto opened = OutboxStore::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        auto &store = *opened.value();
        QCOMPARE(store.totalCount().value(), 3);
        const QList<OutboxRecord> pending = store.pending(10).value();
        QCOMPARE(pending.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(pending[i].recordId, records[i].recordId);
            QCOMPARE(pending[i].envelope, records[i].envelope);
            QCOMPARE(pending[i].kind, records[i].kind);
            QCOMPARE(pending[i].day, records[i].day);
            QCOMPARE(pending[i].surveyId, records[i].surveyId);
        }
        // The open session survived the migration too: it can still be withdrawn.
        QCOMPARE(store.deleteSession(records[2].sessionId).value(), 1);
        QVERIFY(store.append(makeRecord()).ok());

        // The v2 shape is really there: batches with a foreign key from envelopes.
        QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), OutboxStore::kSchemaVersion);
        QVERIFY(query.exec(u"INSERT INTO batches (batch_id, body, record_count) "
                           u"VALUES ('b1', x'00', 1)"_s));
        QVERIFY(query.exec(
            u"UPDATE envelopes SET batch_id = 'b1' WHERE seq = %1"_s.arg(pending[0].sequence)));
        QVERIFY(!query.exec(u"UPDATE envelopes SET batch_id = 'nope'"_s)); // foreign key holds
        QVERIFY(query.exec(u"DELETE FROM batches WHERE batch_id = 'b1'"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM envelopes WHERE batch_id IS NOT NULL"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query.finish();
        QVERIFY(store.verifyIntegrity().ok());
    }

    void newerVersionRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        QVERIFY(!writeFixture(path, OutboxStore::kSchemaVersion + 1, kSchemaV2).isEmpty());
        const QByteArray before = fileHash(path);
        auto opened = OutboxStore::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::SchemaTooNew);
        QVERIFY(opened.error().message.contains(u"newer"_s));
        QCOMPARE(fileHash(path), before); // untouched, not moved aside
        QCOMPARE(QDir(dir.path()).entryList({ u"*corrupt*"_s }), QStringList());
        QCOMPARE(OutboxStore::readEnvelopes(path).error().code, ErrorCode::SchemaTooNew);
    }

    void failedMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        // A v1 file that already has a clashing "batches" table makes migration 2 fail midway.
        const auto records
            = writeFixture(path, 1, kSchemaV1 + QStringList { u"CREATE TABLE batches (x)"_s });
        QCOMPARE(records.size(), 3);
        auto opened = OutboxStore::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::MigrationFailed);
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM envelopes"_s).toInt(), 3);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM pragma_table_info('envelopes') "
                            u"WHERE name = 'batch_id'"_s)
                     .toInt(),
                 0);
    }

    void foreignDatabaseRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE photos (id INTEGER)"_s));
        }
        const QByteArray before = fileHash(path);
        auto opened = OutboxStore::open(path);
        QCOMPARE(opened.error().code, ErrorCode::NotAnOutbox);
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestOutboxMigrations)
#include "tst_outboxmigrations.moc"
