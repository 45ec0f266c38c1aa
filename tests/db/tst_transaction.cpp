// Transaction: committed work stays, anything else is rolled back, and a second writer waits
// for the first (BEGIN IMMEDIATE) instead of failing halfway.
#include "db/sqlconnection.h"
#include "db/transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

class TestTransaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqlConnection> m_db;

    qint64 rows() const
    {
        return m_db->scalar(u"SELECT count(*) FROM t"_s, u"counting"_s).value().toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(u"t.db"_s));
        auto db = SqlConnection::openSqlite(m_dir.filePath(u"t.db"_s), u"test"_s,
                                            u"QSQLITE_BUSY_TIMEOUT=100"_s);
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(m_db->exec(u"CREATE TABLE t (x INTEGER UNIQUE)"_s, u"creating"_s));
    }

    void commitKeepsTheWork()
    {
        {
            Transaction transaction(*m_db);
            QVERIFY(transaction.begin(u"inserting"_s));
            QVERIFY(m_db->exec(u"INSERT INTO t VALUES (1)"_s, u"inserting"_s));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(rows(), 1);
    }

    void leavingScopeWithoutCommitRollsBack()
    {
        {
            Transaction transaction(*m_db);
            QVERIFY(transaction.begin(u"inserting"_s));
            QVERIFY(m_db->exec(u"INSERT INTO t VALUES (1)"_s, u"inserting"_s));
        }
        QCOMPARE(rows(), 0);
        // The connection is usable again: no transaction was left open.
        QVERIFY(inTransaction(*m_db, u"inserting"_s,
                              [&] { return m_db->exec(u"INSERT INTO t VALUES (2)"_s, u"x"_s); }));
        QCOMPARE(rows(), 1);
    }

    void aFailingBodyRollsBackEverything()
    {
        const auto done = inTransaction(*m_db, u"inserting twice"_s, [&]() -> Result<void> {
            if (auto first = m_db->exec(u"INSERT INTO t VALUES (1)"_s, u"first"_s); !first)
                return first;
            return m_db->exec(u"INSERT INTO t VALUES (1)"_s, u"second"_s); // UNIQUE fails
        });
        QVERIFY(!done);
        QVERIFY(done.error().message.startsWith(u"second failed"_s));
        QCOMPARE(rows(), 0);
    }

    void aSecondWriterCannotStartWhileTheFirstHoldsTheLock()
    {
        auto other = SqlConnection::openSqlite(m_dir.filePath(u"t.db"_s), u"test"_s,
                                               u"QSQLITE_BUSY_TIMEOUT=100"_s);
        QVERIFY(other);
        Transaction first(*m_db);
        QVERIFY(first.begin(u"first writer"_s));
        Transaction second(*other.value());
        const auto begun = second.begin(u"second writer"_s);
        QVERIFY(!begun); // BEGIN IMMEDIATE: refused up front, before any statement ran
        QVERIFY(begun.error().message.startsWith(u"second writer failed"_s));
        QVERIFY(first.commit());
        QVERIFY(second.begin(u"second writer"_s));
        QVERIFY(second.commit());
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
