// SqlConnection: checked pragmas that name the one that failed, open errors that name the file,
// errors mapped to codes, and the QtSql registration removed with the connection.
#include "db/sqlconnection.h"
#include "util/errorcode.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

class TestSqlConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void pragmasReadBackAsSet()
    {
        auto db = SqlConnection::openSqlite(m_dir.filePath(u"a.db"_s), u"test"_s);
        QVERIFY(db);
        QVERIFY(db.value()->setPragmas({ { u"journal_mode"_s, u"WAL"_s, u"wal"_s },
                                         { u"synchronous"_s, u"FULL"_s, u"2"_s },
                                         { u"secure_delete"_s, u"ON"_s, u"1"_s } }));
        QCOMPARE(db.value()->scalar(u"PRAGMA synchronous"_s, u"reading"_s).value().toInt(), 2);
        QCOMPARE(db.value()->scalar(u"PRAGMA journal_mode"_s, u"reading"_s).value().toString(),
                 u"wal"_s);
    }

    void aPragmaThatDoesNotTakeIsNamed()
    {
        // An in-memory database cannot use WAL: journal_mode reads back "memory".
        auto db = SqlConnection::openSqlite(u":memory:"_s, u"test"_s);
        QVERIFY(db);
        const auto set = db.value()->setPragmas({ { u"synchronous"_s, u"FULL"_s, u"2"_s },
                                                  { u"journal_mode"_s, u"WAL"_s, u"wal"_s },
                                                  { u"foreign_keys"_s, u"ON"_s, u"1"_s } });
        QVERIFY(!set);
        QCOMPARE(set.error().code, ErrorCode::PragmaFailed);
        QVERIFY2(set.error().message.contains(u"PRAGMA journal_mode = WAL"_s),
                 qPrintable(set.error().message));
        QVERIFY2(set.error().message.contains(u"\"memory\""_s), qPrintable(set.error().message));
        QVERIFY2(set.error().message.contains(u":memory:"_s), qPrintable(set.error().message));
        // It stopped there: the pragma after it was not set.
        QCOMPARE(db.value()->scalar(u"PRAGMA foreign_keys"_s, u"reading"_s).value().toInt(), 0);
    }

    void anUnopenableFileIsNamed()
    {
        const QString path = m_dir.filePath(u"missing-folder/x.db"_s);
        auto db = SqlConnection::openSqlite(path, u"outbox"_s);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::DbOpenFailed);
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(u"outbox"_s), qPrintable(db.error().message));
    }

    void statementErrorsSayWhatFailed()
    {
        auto db = SqlConnection::openSqlite(m_dir.filePath(u"b.db"_s), u"test"_s);
        QVERIFY(db);
        const auto failed
            = db.value()->exec(u"SELECT * FROM no_such_table"_s, u"reading the widgets"_s);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::DbError);
        QVERIFY(failed.error().message.startsWith(u"reading the widgets failed"_s));
        const auto none = db.value()->scalar(u"SELECT 1 WHERE 0"_s, u"finding nothing"_s);
        QCOMPARE(none.error().code, ErrorCode::DbError);
    }

    void closingRemovesTheRegistration()
    {
        QString name;
        {
            auto a = SqlConnection::openSqlite(m_dir.filePath(u"c.db"_s), u"test"_s);
            auto b = SqlConnection::openSqlite(m_dir.filePath(u"c.db"_s), u"test"_s);
            QVERIFY(a && b);
            QVERIFY(a.value()->name() != b.value()->name());
            name = a.value()->name();
            QVERIFY(QSqlDatabase::contains(name));
        }
        QVERIFY(!QSqlDatabase::contains(name));
    }
};

QTEST_GUILESS_MAIN(TestSqlConnection)
#include "tst_sqlconnection.moc"
