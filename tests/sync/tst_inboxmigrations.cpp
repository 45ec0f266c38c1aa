// The inbox database's numbered schema on SQLite and PostgreSQL: a real v1 database, made with
// the SQL the first inboxes shipped, migrates to v2 keeping every row; a database from between
// the survey table's arrival and numbered steps migrates too; a newer one is refused untouched.
#include "inbox/inboxschema.h"
#include "inbox/inboxstore.h"
#include "inboxtestdb.h"
#include "synctestutil.h"
#include "util/errorcode.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

// Frozen copy of the schema as InboxStore created it at version 1, before survey definitions
// (git show 17fbe6f^:app/core/inbox/inboxstore.cpp). Never edit: it is what is on LA servers.
const QStringList kShippedV1 {
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
    u"INSERT INTO meta (name, value) VALUES ('schema_version', '1')"_s,
};

// The survey table as inboxes between its arrival (17fbe6f) and numbered steps created it, with
// meta still at 1.
const QString kInterimSurveyTable = u"CREATE TABLE IF NOT EXISTS survey_definitions ("
                                    u" survey_id TEXT NOT NULL,"
                                    u" version INTEGER NOT NULL,"
                                    u" published TEXT NOT NULL,"
                                    u" signed BLOB NOT NULL,"
                                    u" PRIMARY KEY (survey_id, version))"_s;

// One row in every v1 table, written as v1 code wrote them (hex literals work in both).
QStringList v1Rows(bool postgres)
{
    const auto blob = [postgres](const char *hex) {
        return postgres ? u"'\\x%1'::bytea"_s.arg(QLatin1String(hex))
                        : u"X'%1'"_s.arg(QLatin1String(hex));
    };
    return {
        u"INSERT INTO devices VALUES (%1, %2, '2026-11-20T10:00:00.000Z', 0)"_s.arg(
            blob("6b6b6b6b"), blob("7468")),
        u"INSERT INTO devices VALUES (%1, %2, '2026-11-21T10:00:00.000Z', 1)"_s.arg(
            blob("6a6a6a6a"), blob("7469")),
        u"INSERT INTO enrolment_codes VALUES (%1, '2099-01-01T00:00:00.000Z', 0, NULL)"_s.arg(
            blob("636f6465")),
        u"INSERT INTO envelopes VALUES ('0b7d3a4e-0000-4000-8000-000000000001', %1, %2,"
        u" '2026-11-22', '2026-11-22T09:00:00.000Z')"_s.arg(blob("6b6b6b6b"), blob("01020304")),
        u"INSERT INTO envelopes VALUES ('0b7d3a4e-0000-4000-8000-000000000002', %1, %2,"
        u" '2026-11-22', '2026-11-22T09:00:01.000Z')"_s.arg(blob("6b6b6b6b"), blob("05060708")),
        u"INSERT INTO quarantine VALUES ('q-1', '0b7d3a4e-0000-4000-8000-000000000001', %1, %2,"
        u" 'conflicting_bytes', '2026-11-22T09:00:02.000Z')"_s.arg(blob("6b6b6b6b"), blob("ffff")),
        u"INSERT INTO batches VALUES ('batch-key-1', %1, %2, %3, '2026-11-22T09:00:01.000Z')"_s.arg(
            blob("6b6b6b6b"), blob("6861736831"), blob("7265706c79")),
        u"INSERT INTO messages VALUES ('3f1c0d7e-0000-4000-8000-00000000000a',"
        u" '2026-11-23T12:00:00Z', '{\"en\":\"You said, we did\"}', NULL, '', NULL, '')"_s,
    };
}

} // namespace

class TestInboxMigrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Runs @p statements on the database of @p spec without InboxStore (as old code did).
    static QString runRaw(const QString &spec, const QStringList &statements)
    {
        if (spec.startsWith(u"postgres:"_s)) {
            QStringList pg;
            for (QString statement : statements)
                pg.append(statement.replace(u" BLOB"_s, u" BYTEA"_s));
            return testutil::runOnPostgres(spec.mid(9), pg);
        }
        const QString name = u"raw-"_s + QUuid::createUuid().toString();
        QString failure;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(spec.mid(7));
            if (!db.open()) {
                failure = db.lastError().text();
            } else {
                QSqlQuery query(db);
                for (const QString &statement : statements) {
                    if (!query.exec(statement)) {
                        failure = statement + u": "_s + query.lastError().text();
                        break;
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return failure;
    }

    /// A clean database for the current row, or an empty spec (the test fails).
    static QString freshSpec()
    {
        QFETCH(QString, spec);
        if (spec.isEmpty()) {
            qWarning("HEARD_TEST_PG_URL is not set: PostgreSQL was not tested (run "
                     "scripts/run-tests.sh)");
            return {};
        }
        return testutil::freshInboxSpec(spec);
    }

    /// The version the store recorded, read back through its own connection.
    static int recordedVersion(const InboxStore &store)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
        if (!query.exec(store.isPostgres() ? u"SELECT version FROM schema_version"_s
                                           : u"PRAGMA user_version"_s)
            || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    static QString metaVersion(const InboxStore &store)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
        if (!query.exec(u"SELECT value FROM meta WHERE name = 'schema_version'"_s) || !query.next())
            return {};
        return query.value(0).toString();
    }

    static void verifyV1RowsKept(InboxStore &store)
    {
        const auto devices = store.devices();
        QVERIFY(devices);
        QCOMPARE(devices->size(), 2);
        QCOMPARE(devices->at(0).publicKey, QByteArray("kkkk"));
        QVERIFY(!devices->at(0).revoked);
        QCOMPARE(devices->at(0).enrolled, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QVERIFY(devices->at(1).revoked);
        const auto byToken = store.deviceByTokenHash("th");
        QVERIFY(byToken && byToken->has_value());
        QCOMPARE((*byToken)->publicKey, QByteArray("kkkk"));

        QCOMPARE(store.envelopeCount().value(), 2);
        QCOMPARE(
            store.envelopes().value(),
            QList<QByteArray>({ QByteArray("\x01\x02\x03\x04"), QByteArray("\x05\x06\x07\x08") }));
        QCOMPARE(store.quarantineCount().value(), 1);

        const auto saved = store.savedBatch(u"batch-key-1"_s);
        QVERIFY(saved && saved->has_value());
        QCOMPARE((*saved)->devicePublicKey, QByteArray("kkkk"));
        QCOMPARE((*saved)->requestHash, QByteArray("hash1"));
        QCOMPARE((*saved)->reply, QByteArray("reply"));

        const auto messages = store.messages();
        QVERIFY(messages);
        QCOMPARE(messages->size(), 1);
        QCOMPARE(messages->first().text.value(u"en"_s), u"You said, we did"_s);

        // The v1 enrolment code still enrols, and the new device stores batches.
        const QDateTime now(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(store.enrolDevice("code", QByteArray(32, 'n'), "new-token", now));
        QCOMPARE(store.devices().value().size(), 3);
        const auto stored
            = store.storeBatch(u"batch-key-2"_s, QByteArray(32, 'n'), "hash2",
                               { { QUuid::createUuid(), "new envelope" } },
                               [](const QList<StoreOutcome> &) { return QByteArray("ok"); });
        QVERIFY(stored);
        QCOMPARE(store.envelopeCount().value(), 3);
    }

private Q_SLOTS:
    void shippedV1MigratesKeepingEveryRow_data()
    {
        testutil::addDatabaseRows(m_dir.filePath(u"v1.db"_s));
    }
    void shippedV1MigratesKeepingEveryRow()
    {
        const QString spec = freshSpec();
        QVERIFY(!spec.isEmpty());
        QString failure = runRaw(spec, kShippedV1 + v1Rows(spec.startsWith(u"postgres:"_s)));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        {
            auto opened = InboxStore::open(spec);
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
            InboxStore &store = *opened.value();
            QCOMPARE(recordedVersion(store), InboxSchema::kVersion);
            QCOMPARE(metaVersion(store), u"2"_s); // Heard from before numbered steps refuses it
            verifyV1RowsKept(store);
            if (QTest::currentTestFailed())
                return;
            // The survey table of v2 works.
            QVERIFY(store.addSurveyDefinition(
                { u"children-8-11"_s, 2, QDateTime::currentDateTimeUtc(), "signed-2" }));
            QCOMPARE(store.newestSurveyVersion(u"children-8-11"_s).value(), 2);
        }
        // Opening again runs no step twice and keeps everything.
        auto again = InboxStore::open(spec);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(recordedVersion(*again.value()), InboxSchema::kVersion);
        QCOMPARE(again.value()->envelopeCount().value(), 3);
        QCOMPARE(again.value()->newestSurveyDefinitions().value().size(), 1);
    }

    void interimV1WithSurveyTableMigrates_data()
    {
        testutil::addDatabaseRows(m_dir.filePath(u"interim.db"_s));
    }
    void interimV1WithSurveyTableMigrates()
    {
        const QString spec = freshSpec();
        QVERIFY(!spec.isEmpty());
        const QString failure = runRaw(
            spec,
            kShippedV1 + QStringList { kInterimSurveyTable }
                + v1Rows(spec.startsWith(u"postgres:"_s))
                + QStringList { u"INSERT INTO survey_definitions VALUES ('care-leavers', 3,"
                                u" '2026-11-28T10:00:00Z', 'signed-3')"_s });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        auto opened = InboxStore::open(spec);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        InboxStore &store = *opened.value();
        QCOMPARE(recordedVersion(store), InboxSchema::kVersion);
        verifyV1RowsKept(store);
        const auto surveys = store.surveyDefinitions();
        QVERIFY(surveys);
        QCOMPARE(surveys->size(), 1);
        QCOMPARE(surveys->first().surveyId, u"care-leavers"_s);
        QCOMPARE(surveys->first().signedBytes, QByteArray("signed-3"));
        const auto older = store.addSurveyDefinition(
            { u"care-leavers"_s, 3, QDateTime::currentDateTimeUtc(), "again" });
        QCOMPARE(older.error().code, ErrorCode::VersionNotNewer);
    }

    void newDatabaseStartsAtLatestVersion_data()
    {
        testutil::addDatabaseRows(m_dir.filePath(u"new.db"_s));
    }
    void newDatabaseStartsAtLatestVersion()
    {
        const QString spec = freshSpec();
        QVERIFY(!spec.isEmpty());
        auto opened = InboxStore::open(spec);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(recordedVersion(*opened.value()), InboxSchema::kVersion);
        QCOMPARE(metaVersion(*opened.value()), QString::number(InboxSchema::kVersion));
        QCOMPARE(opened.value()->envelopeCount().value(), 0);
        QCOMPARE(opened.value()->newestSurveyVersion(u"x"_s).value(), 0);
    }

    void newerDatabaseIsRefusedUntouched_data()
    {
        testutil::addDatabaseRows(m_dir.filePath(u"newer.db"_s));
    }
    void newerDatabaseIsRefusedUntouched()
    {
        const QString spec = freshSpec();
        QVERIFY(!spec.isEmpty());
        const bool postgres = spec.startsWith(u"postgres:"_s);
        {
            auto opened = InboxStore::open(spec);
            QVERIFY(opened);
        }
        const int future = InboxSchema::kVersion + 1;
        const QString failure
            = runRaw(spec,
                     { postgres ? u"UPDATE schema_version SET version = %1"_s.arg(future)
                                : u"PRAGMA user_version = %1"_s.arg(future),
                       u"CREATE TABLE from_the_future (x INTEGER)"_s });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        auto refused = InboxStore::open(spec);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::SchemaTooNew);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(u"schema version %1"_s.arg(future)), qPrintable(message));
        QVERIFY2(message.contains(u"up to %1"_s.arg(InboxSchema::kVersion)), qPrintable(message));
        QVERIFY2(message.contains(postgres ? u"inbox database"_s : spec.mid(7)),
                 qPrintable(message));
        // Untouched: the future version and table are still there, and it is still refused.
        QVERIFY(runRaw(spec, { u"SELECT x FROM from_the_future"_s }).isEmpty());
        QCOMPARE(InboxStore::open(spec).error().code, ErrorCode::SchemaTooNew);
    }
};

QTEST_GUILESS_MAIN(TestInboxMigrations)
#include "tst_inboxmigrations.moc"
