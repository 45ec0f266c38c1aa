// SchemaMigrator: numbered steps each in one transaction with their version, a failed step
// leaves the previous version whole, a newer database is refused untouched, and a legacy
// version record is honoured.
#include "db/schemamigrator.h"
#include "db/sqlconnection.h"
#include "util/errorcode.h"

#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    std::unique_ptr<SqlConnection> freshDb()
    {
        auto db = SqlConnection::openSqlite(m_dir.filePath(u"m%1.db"_s.arg(m_next++)), u"test"_s);
        return db ? std::move(db).value() : nullptr;
    }

    static int userVersion(const SqlConnection &db)
    {
        return db.scalar(u"PRAGMA user_version"_s, u"reading"_s).value().toInt();
    }

    static bool hasTable(const SqlConnection &db, const QString &table)
    {
        return db.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(table),
                         u"reading"_s)
                   .value()
                   .toInt()
            == 1;
    }

    static QList<SchemaStep> steps()
    {
        return {
            { 1, { u"CREATE TABLE a (x INTEGER)"_s, u"INSERT INTO a VALUES (1)"_s } },
            { 2, { u"CREATE TABLE b (y INTEGER)"_s } },
            { 3, { u"ALTER TABLE a ADD COLUMN z TEXT"_s } },
        };
    }

private Q_SLOTS:
    void aNewDatabaseRunsEveryStep()
    {
        auto db = freshDb();
        QVERIFY(db);
        const SchemaMigrator migrator(*db, steps());
        QCOMPARE(migrator.latestVersion(), 3);
        QCOMPARE(migrator.storedVersion().value(), 0);
        QVERIFY(migrator.migrate());
        QCOMPARE(userVersion(*db), 3);
        QVERIFY(hasTable(*db, u"b"_s));
        // Running again changes nothing.
        QVERIFY(migrator.migrate());
        QCOMPARE(db->scalar(u"SELECT count(*) FROM a"_s, u"x"_s).value().toInt(), 1);
    }

    void onlyMissingStepsRun_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("v1") << 1;
        QTest::newRow("v2") << 2;
    }
    void onlyMissingStepsRun()
    {
        QFETCH(int, from);
        auto db = freshDb();
        QVERIFY(db);
        QVERIFY(SchemaMigrator(*db, steps().mid(0, from)).migrate());
        QCOMPARE(userVersion(*db), from);
        QVERIFY(SchemaMigrator(*db, steps()).migrate());
        QCOMPARE(userVersion(*db), 3);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM a"_s, u"x"_s).value().toInt(), 1);
    }

    void aFailedStepLeavesThePreviousVersionWhole()
    {
        auto db = freshDb();
        QVERIFY(db);
        QList<SchemaStep> broken = steps();
        broken[1].statements.append(u"CREATE TABLE a (again INTEGER)"_s); // a exists: fails
        const auto migrated = SchemaMigrator(*db, broken).migrate();
        QVERIFY(!migrated);
        QCOMPARE(migrated.error().code, ErrorCode::MigrationFailed);
        QVERIFY2(migrated.error().message.contains(u"schema version 2"_s),
                 qPrintable(migrated.error().message));
        QCOMPARE(userVersion(*db), 1);
        QVERIFY(!hasTable(*db, u"b"_s)); // the step's first statement was rolled back too
        // Fixed code carries on from version 1.
        QVERIFY(SchemaMigrator(*db, steps()).migrate());
        QCOMPARE(userVersion(*db), 3);
    }

    void aNewerDatabaseIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(u"newer.db"_s);
        auto opened = SqlConnection::openSqlite(path, u"outbox"_s);
        QVERIFY(opened);
        const SqlConnection &db = *opened.value();
        QVERIFY(db.exec(u"PRAGMA user_version = 7"_s, u"x"_s));
        const SchemaMigrator migrator(db, steps());
        for (const auto &refused : { migrator.refuseNewer(7), migrator.migrate() }) {
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::SchemaTooNew);
            const QString message = refused.error().message;
            QVERIFY2(message.contains(path), qPrintable(message));
            QVERIFY2(message.contains(u"schema version 7"_s), qPrintable(message));
            QVERIFY2(message.contains(u"up to 3"_s), qPrintable(message));
        }
        QCOMPARE(userVersion(db), 7);
        QVERIFY(!hasTable(db, u"a"_s));
    }

    void aLegacyVersionRecordIsHonoured()
    {
        auto db = freshDb();
        QVERIFY(db);
        // As if written by code that kept its version elsewhere, at version 1.
        QVERIFY(db->exec(u"CREATE TABLE a (x INTEGER)"_s, u"x"_s));
        SchemaMigrator migrator(*db, steps());
        migrator.setLegacyVersion([](const SqlConnection &) -> Result<int> { return 1; });
        QCOMPARE(migrator.storedVersion().value(), 1);
        QVERIFY(migrator.migrate());
        QCOMPARE(userVersion(*db), 3);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM a"_s, u"x"_s).value().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
