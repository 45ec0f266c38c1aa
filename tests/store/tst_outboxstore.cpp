// The outbox's everyday contract: append, list, remove, sessions, pragmas, and that a withdrawn
// session leaves no bytes behind.

#include "storetestutil.h"
#include "util/errorcode.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

class TestOutboxStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OutboxStore> openStore(const QString &path)
    {
        auto opened = OutboxStore::open(path);
        if (!opened) {
            qWarning("open failed: %s", qPrintable(opened.error().message));
            return {};
        }
        return std::move(opened).value();
    }

    static QVariant pragma(const OutboxStore &store, const QString &name)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
        if (!query.exec(u"PRAGMA "_s + name) || !query.next()) {
            return {};
        }
        return query.value(0);
    }

private slots:
    void appendPendingRemove()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"outbox.db"_s));
        QVERIFY(store);
        QList<OutboxRecord> written;
        for (int i = 0; i < 3; ++i) {
            written.append(makeRecord());
            QVERIFY(store->append(written.last()).ok());
        }
        QCOMPARE(store->pendingCount().value(), 3);
        auto pending = store->pending(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 3);
        for (int i = 0; i < 3; ++i) {
            const OutboxRecord &got = pending->at(i);
            QCOMPARE(got.recordId, written[i].recordId);
            QCOMPARE(got.envelope, written[i].envelope);
            QCOMPARE(got.surveyId, written[i].surveyId);
            QCOMPARE(got.day, written[i].day);
            QCOMPARE(got.kind, written[i].kind);
            QVERIFY(got.sessionId.isNull());
            if (i > 0) {
                QVERIFY(got.sequence > pending->at(i - 1).sequence);
            }
        }
        QCOMPARE(store->pending(2).value().size(), 2);

        auto removed
            = store->remove({ written[0].recordId, written[2].recordId, QUuid::createUuid() });
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), 2);
        QCOMPARE(store->pendingCount().value(), 1);
        QCOMPARE(store->pending(10).value().first().recordId, written[1].recordId);
    }

    void dataSurvivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        const OutboxRecord record = makeRecord();
        {
            auto store = openStore(path);
            QVERIFY(store);
            QVERIFY(store->append(record).ok());
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->pending(10).value().first().envelope, record.envelope);
        QVERIFY(store->verifyIntegrity().ok());
    }

    void duplicateRecordIdRefused()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"outbox.db"_s));
        QVERIFY(store);
        const OutboxRecord record = makeRecord();
        QVERIFY(store->append(record).ok());
        OutboxRecord again = makeRecord();
        again.recordId = record.recordId;
        auto result = store->append(again);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::DuplicateRecord);

        // All or nothing: a batch with one duplicate saves none of its records.
        const OutboxRecord fresh = makeRecord();
        auto batch = store->appendMany({ fresh, again });
        QCOMPARE(batch.error().code, ErrorCode::DuplicateRecord);
        QCOMPARE(store->totalCount().value(), 1);
        // The same id twice within one batch is caught too.
        QCOMPARE(store->appendMany({ fresh, fresh }).error().code, ErrorCode::DuplicateRecord);
        QCOMPARE(store->totalCount().value(), 1);
        QVERIFY(store->appendMany({ fresh, makeRecord() }).ok());
        QCOMPARE(store->totalCount().value(), 3);
    }

    void invalidRecordRefused_data()
    {
        QTest::addColumn<int>("defect");
        QTest::newRow("null record id") << 0;
        QTest::newRow("empty envelope") << 1;
        QTest::newRow("unknown kind") << 2;
        QTest::newRow("no day") << 3;
        QTest::newRow("no survey") << 4;
    }
    void invalidRecordRefused()
    {
        QFETCH(int, defect);
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"outbox.db"_s));
        QVERIFY(store);
        OutboxRecord record = makeRecord();
        switch (defect) {
        case 0:
            record.recordId = QUuid();
            break;
        case 1:
            record.envelope.clear();
            break;
        case 2:
            record.kind = u"diary"_s;
            break;
        case 3:
            record.day = QDate();
            break;
        case 4:
            record.surveyId.clear();
            break;
        }
        QCOMPARE(store->append(record).error().code, ErrorCode::InvalidRecord);
        QCOMPARE(store->totalCount().value(), 0);
    }

    void pragmasVerified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        for (int round = 0; round < 2; ++round) { // fresh file, then reopened
            auto store = openStore(path);
            QVERIFY(store);
            QCOMPARE(pragma(*store, u"journal_mode"_s).toString(), u"wal"_s);
            QCOMPARE(pragma(*store, u"synchronous"_s).toInt(), 2);
            QCOMPARE(pragma(*store, u"foreign_keys"_s).toInt(), 1);
            QCOMPARE(pragma(*store, u"secure_delete"_s).toInt(), 1);
            QCOMPARE(pragma(*store, u"temp_store"_s).toInt(), 2);
            QCOMPARE(pragma(*store, u"user_version"_s).toInt(), OutboxStore::kSchemaVersion);
            QVERIFY(store->append(makeRecord()).ok());
        }
    }

    void filesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->append(makeRecord()).ok());
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        const auto others
            = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        for (const QString &file : { path, path + u"-wal"_s, path + u"-shm"_s }) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            const QFile::Permissions permissions = QFile::permissions(file);
            QVERIFY2((permissions & ownerOnly) == ownerOnly, qPrintable(file));
            QVERIFY2((permissions & others) == 0, qPrintable(file));
        }
    }

    void twoStoresHaveTheirOwnConnections()
    {
        QTemporaryDir dir;
        auto a = openStore(dir.filePath(u"a.db"_s));
        auto b = openStore(dir.filePath(u"b.db"_s));
        QVERIFY(a && b);
        QVERIFY(a->connectionName() != b->connectionName());
        QVERIFY(a->append(makeRecord()).ok());
        QCOMPARE(a->totalCount().value(), 1);
        QCOMPARE(b->totalCount().value(), 0);
        const QString name = a->connectionName();
        a.reset();
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void openSessionIsNotPendingUntilFinished()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        auto store = openStore(path);
        QVERIFY(store);
        const QUuid session = QUuid::createUuid();
        QVERIFY(store->append(makeRecord(session)).ok());
        QVERIFY(store->append(makeRecord(session)).ok());
        QVERIFY(store->append(makeRecord()).ok());
        QCOMPARE(store->pendingCount().value(), 1);
        QCOMPARE(store->pending(10).value().size(), 1);
        QCOMPARE(store->totalCount().value(), 3);

        const QByteArray sessionText = session.toString(QUuid::WithoutBraces).toLatin1();
        QVERIFY(!filesContaining(dir.path(), sessionText).isEmpty()); // the scan can see it

        QVERIFY(store->finishSession(session).ok());
        QCOMPARE(store->pendingCount().value(), 3);
        const QList<OutboxRecord> finished = store->pending(10).value();
        for (const OutboxRecord &record : finished) {
            QVERIFY(record.sessionId.isNull());
        }
        // Nothing on disk links the records to their session any more.
        QCOMPARE(filesContaining(dir.path(), sessionText), QStringList());
    }

    void releaseOpenSessionsAfterCrash()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"outbox.db"_s));
        QVERIFY(store);
        QVERIFY(store->append(makeRecord(QUuid::createUuid())).ok());
        QVERIFY(store->append(makeRecord(QUuid::createUuid())).ok());
        QCOMPARE(store->pendingCount().value(), 0);
        QCOMPARE(store->releaseOpenSessions().value(), 2);
        QCOMPARE(store->pendingCount().value(), 2);
    }

    void deletedSessionLeavesNoTrace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        auto store = openStore(path);
        QVERIFY(store);
        const QUuid keep = QUuid::createUuid();
        const QUuid withdraw = QUuid::createUuid();
        const QByteArray keepMarker = "KEEP-" + QUuid::createUuid().toByteArray();
        const QByteArray goneMarker = "GONE-" + QUuid::createUuid().toByteArray();
        // Small and large envelopes: large ones live in overflow pages.
        for (int size : { 200, 1024, 20000 }) {
            QByteArray keepBytes(size, 'k');
            keepBytes.replace(size / 2, keepMarker.size(), keepMarker);
            QByteArray goneBytes(size, 'g');
            goneBytes.replace(size / 2, goneMarker.size(), goneMarker);
            QVERIFY(store->append(makeRecord(keep, keepBytes)).ok());
            QVERIFY(store->append(makeRecord(withdraw, goneBytes)).ok());
        }
        // The markers are on disk before (proves the scan works).
        QVERIFY(!filesContaining(dir.path(), goneMarker).isEmpty());

        auto deleted = store->deleteSession(withdraw);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.value(), 3);
        QCOMPARE(store->totalCount().value(), 3);
        QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
        QCOMPARE(filesContaining(dir.path(), goneMarker), QStringList());
        QVERIFY(!filesContaining(dir.path(), keepMarker).isEmpty());

        // And still nothing after closing (the last connection may checkpoint again).
        store.reset();
        QCOMPARE(filesContaining(dir.path(), goneMarker), QStringList());
    }

    void readEnvelopesReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"outbox.db"_s);
        QList<QByteArray> written;
        {
            auto store = openStore(path);
            QVERIFY(store);
            for (int i = 0; i < 4; ++i) {
                const OutboxRecord record = makeRecord(i == 3 ? QUuid::createUuid() : QUuid());
                written.append(record.envelope);
                QVERIFY(store->append(record).ok());
            }
        }
        auto read = OutboxStore::readEnvelopes(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value(), written);

        QCOMPARE(OutboxStore::readEnvelopes(dir.filePath(u"missing.db"_s)).error().code,
                 ErrorCode::NotFound);
        QFile text(dir.filePath(u"notes.txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(2000, 'x'));
        text.close();
        QCOMPARE(OutboxStore::readEnvelopes(text.fileName()).error().code, ErrorCode::NotAnOutbox);
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
