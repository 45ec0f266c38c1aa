// The outbox under faults: a full disk (forced with max_page_count, then a real tiny tmpfs) and
// damaged files, which must be moved aside, never silently replaced.

#include "storetestutil.h"
#include "util/errorcode.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        c = char(QRandomGenerator::global()->bounded(256));
    }
    return bytes;
}

/// A closed, checkpointed outbox holding @p count records of 1 KB.
bool writeOutbox(const QString &path, int count)
{
    auto store = OutboxStore::open(path);
    if (!store) {
        return false;
    }
    QList<OutboxRecord> records;
    for (int i = 0; i < count; ++i) {
        records.append(makeRecord());
    }
    return store.value()->appendMany(records).ok();
}

bool setMaxPageCount(const OutboxStore &store, qint64 pages)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    return query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages));
}

qint64 pageCount(const OutboxStore &store)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    return query.exec(u"PRAGMA page_count"_s) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestOutboxFaults : public QObject
{
    Q_OBJECT

private:
    /// Append until the disk is full; returns the records that were saved before it.
    QList<OutboxRecord> fillUntilFull(OutboxStore &store, Error *failure)
    {
        QList<OutboxRecord> saved;
        for (int i = 0; i < 5000; ++i) {
            const OutboxRecord record = makeRecord({}, randomBytes(1024 + (i % 7) * 300));
            auto appended = store.append(record);
            if (!appended) {
                *failure = appended.error();
                return saved;
            }
            saved.append(record);
        }
        return saved;
    }

    void checkAllThere(OutboxStore &store, const QList<OutboxRecord> &saved)
    {
        const auto pending = store.pending(100000);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), saved.size());
        for (int i = 0; i < saved.size(); ++i) {
            QCOMPARE(pending->at(i).recordId, saved[i].recordId);
            QCOMPARE(pending->at(i).envelope, saved[i].envelope);
        }
        QVERIFY(store.verifyIntegrity().ok());
    }

private slots:
    void diskFullByPageLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        auto opened = OutboxStore::open(path);
        QVERIFY(opened.ok());
        OutboxStore &store = *opened.value();
        QVERIFY(store.append(makeRecord()).ok());
        const qint64 pages = pageCount(store);
        QVERIFY(pages > 0);
        QVERIFY(setMaxPageCount(store, pages + 8));

        Error failure;
        QList<OutboxRecord> saved = fillUntilFull(store, &failure);
        QVERIFY(!saved.isEmpty());
        QCOMPARE(failure.code, ErrorCode::DiskFull);
        QVERIFY(failure.message.contains(u"disk is full"_s));
        QCOMPARE(store.totalCount().value(), saved.size() + 1);

        // Still full: a second attempt fails the same way and loses nothing.
        auto again = store.append(makeRecord({}, randomBytes(64 * 1024)));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::DiskFull);
        QCOMPARE(store.totalCount().value(), saved.size() + 1);

        // Space returns: appending works again.
        QVERIFY(setMaxPageCount(store, 1 << 30));
        const OutboxRecord after = makeRecord();
        QVERIFY(store.append(after).ok());
        opened = Result<std::unique_ptr<OutboxStore>>(Error {}); // close
        auto reopened = OutboxStore::open(path);
        QVERIFY(reopened.ok());
        saved.prepend(OutboxRecord {});
        const auto pending = reopened.value()->pending(100000).value();
        QCOMPARE(pending.size(), saved.size() + 1);
        QCOMPARE(pending.last().recordId, after.recordId);
        QVERIFY(reopened.value()->verifyIntegrity().ok());
    }

    void diskFullOnRealTmpfs()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"tiny"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess mount;
        mount.start(u"mount"_s,
                    { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=512k"_s, u"tmpfs"_s, mountPoint });
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit
            || mount.exitCode() != 0) {
            QSKIP(qPrintable(u"mount -t tmpfs was refused here (not root or no permission): "_s
                             + QString::fromLocal8Bit(mount.readAllStandardError())));
        }
        struct Unmount
        {
            QString at;
            ~Unmount() { QProcess::execute(u"umount"_s, { u"-l"_s, at }); }
        } unmount { mountPoint };

        const QString path = mountPoint + u"/outbox.db"_s;
        QList<OutboxRecord> saved;
        {
            auto opened = OutboxStore::open(path);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            OutboxStore &store = *opened.value();
            Error failure;
            saved = fillUntilFull(store, &failure);
            QVERIFY(saved.size() > 10);
            QCOMPARE(failure.code, ErrorCode::DiskFull);
            checkAllThere(store, saved);

            // Space returns (the filesystem grows): appending works again, on the same store.
            QCOMPARE(QProcess::execute(u"mount"_s, { u"-o"_s, u"remount,size=8m"_s, mountPoint }),
                     0);
            const OutboxRecord after = makeRecord();
            auto appended = store.append(after);
            QVERIFY2(appended.ok(), appended.ok() ? "" : qPrintable(appended.error().message));
            saved.append(after);
        }
        auto reopened = OutboxStore::open(path);
        QVERIFY(reopened.ok());
        checkAllThere(*reopened.value(), saved);
        qInfo("tmpfs of 512 KiB held %lld envelopes before disk_full", qint64(saved.size() - 1));
    }

    void corruptFileMovedAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("text file") << u"text"_s;
        QTest::newRow("zeros") << u"zeros"_s;
        QTest::newRow("random bytes") << u"random"_s;
        QTest::newRow("short file with header") << u"short"_s;
        QTest::newRow("header overwritten") << u"header"_s;
        QTest::newRow("b-tree pages overwritten") << u"pages"_s;
        QTest::newRow("truncated to a third") << u"truncated"_s;
        QTest::newRow("garbage wal beside a text file") << u"textwal"_s;
    }
    void corruptFileMovedAside()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        if (damage == u"text"_s || damage == u"textwal"_s) {
            QVERIFY(writeBytes(path, QByteArray("these are not the envelopes\n").repeated(200)));
            if (damage == u"textwal"_s) {
                QVERIFY(writeBytes(path + u"-wal"_s, randomBytes(5000)));
            }
        } else if (damage == u"zeros"_s) {
            QVERIFY(writeBytes(path, QByteArray(8192, '\0')));
        } else if (damage == u"random"_s) {
            QVERIFY(writeBytes(path, randomBytes(16384)));
        } else if (damage == u"short"_s) {
            QVERIFY(writeBytes(path, QByteArray("SQLite format 3\0", 16) + randomBytes(100)));
        } else {
            QVERIFY(writeOutbox(path, 60));
            QByteArray bytes = fileBytes(path);
            QVERIFY(bytes.size() > 40000);
            if (damage == u"header"_s) {
                bytes.replace(0, 16, randomBytes(16));
            } else if (damage == u"pages"_s) {
                bytes.replace(4096, bytes.size() / 2, randomBytes(bytes.size() / 2));
            } else {
                bytes.truncate(bytes.size() / 3);
            }
            QVERIFY(writeBytes(path, bytes));
        }
        const QByteArray before = fileBytes(path);
        const bool hadWal = QFileInfo::exists(path + u"-wal"_s);

        auto opened = OutboxStore::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::CorruptMovedAside);
        const QStringList aside = QDir(dir.path()).entryList({ u"outbox.db.corrupt-*"_s });
        QVERIFY(!aside.isEmpty());
        const QString movedTo = dir.filePath(aside.first());
        QVERIFY(QRegularExpression(u"outbox\\.db\\.corrupt-\\d{8}-\\d{6}$"_s)
                    .match(aside.first())
                    .hasMatch());
        // The message names both paths; the bytes are kept exactly.
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(movedTo), qPrintable(opened.error().message));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(fileBytes(movedTo), before);
        QCOMPARE(QFileInfo::exists(movedTo + u"-wal"_s), hadWal);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));

        // The caller decides to start afresh; that works and leaves the damaged copy alone.
        auto fresh = OutboxStore::open(path);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh.value()->totalCount().value(), 0);
        QCOMPARE(fileBytes(movedTo), before);
    }

    void secondCorruptionGetsItsOwnName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        for (int round = 0; round < 2; ++round) {
            QVERIFY(writeBytes(path, randomBytes(8192)));
            QCOMPARE(OutboxStore::open(path).error().code, ErrorCode::CorruptMovedAside);
        }
        QCOMPARE(QDir(dir.path()).entryList({ u"outbox.db.corrupt-*"_s }).size(), 2);
    }

    void garbageWalBesideAGoodDatabaseIsIgnored()
    {
        // SQLite checksums WAL frames; a torn or foreign WAL is not replayed, the database stays.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        QVERIFY(writeOutbox(path, 20));
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // closed cleanly: checkpointed
        QVERIFY(writeBytes(path + u"-wal"_s, randomBytes(40000)));
        auto opened = OutboxStore::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value()->totalCount().value(), 20);
        QVERIFY(opened.value()->verifyIntegrity().ok());
        QVERIFY(opened.value()->append(makeRecord()).ok());
    }

    void missingFolderIsAnOpenError()
    {
        QTemporaryDir dir;
        auto opened = OutboxStore::open(dir.filePath(u"no/such/folder/outbox.db"_s));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::DbOpenFailed);
    }

    void emptyFileIsAFreshOutbox()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        QVERIFY(writeBytes(path, {}));
        auto opened = OutboxStore::open(path);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->append(makeRecord()).ok());
    }
};

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outboxfaults.moc"
