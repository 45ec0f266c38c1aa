// The outbox's batch support for sync: frozen bodies, receipts, rejected records.
#include "../store/storetestutil.h"
#include "store/outboxstore.h"
#include "sync/syncprotocol.h"
#include "util/errorcode.h"

#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

class TestOutboxBatches : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<OutboxStore> fresh()
    {
        return std::move(OutboxStore::open(m_dir.filePath(u"o%1.db"_s.arg(++m_counter))).value());
    }

private Q_SLOTS:
    void freezeRespectsLimitsAndOpenSessions()
    {
        auto outbox = fresh();
        const QUuid open = QUuid::createUuid();
        QVERIFY(outbox->append(testutil::makeRecord(open))); // session still open: never sent
        for (int i = 0; i < 5; ++i) {
            QVERIFY(outbox->append(testutil::makeRecord()));
        }
        auto first = outbox->freezeBatch(2, 1 << 20, &SyncProtocol::batchBody);
        QVERIFY(first && first->has_value());
        QCOMPARE((*first)->recordIds.size(), 2);
        // By bytes: 1024-byte envelopes, 1500 bytes allowed -> one (never zero).
        auto second = outbox->freezeBatch(10, 1500, &SyncProtocol::batchBody);
        QCOMPARE((*second)->recordIds.size(), 1);
        auto third = outbox->freezeBatch(10, 1 << 20, &SyncProtocol::batchBody);
        QCOMPARE((*third)->recordIds.size(), 2);
        QVERIFY(!outbox->freezeBatch(10, 1 << 20, &SyncProtocol::batchBody)->has_value());
        QCOMPARE(outbox->openBatches()->size(), 3);
        QCOMPARE(outbox->openBatch().value()->batchId, (*first)->batchId); // oldest first
    }

    void frozenBytesSurviveReopen()
    {
        const QString path = m_dir.filePath(u"reopen.db"_s);
        FrozenBatch frozen;
        {
            auto outbox = std::move(OutboxStore::open(path).value());
            QVERIFY(outbox->append(testutil::makeRecord()));
            frozen = **outbox->freezeBatch(10, 1 << 20, &SyncProtocol::batchBody);
        }
        auto outbox = std::move(OutboxStore::open(path).value());
        auto again = outbox->openBatch();
        QVERIFY(again && again->has_value());
        QCOMPARE((*again)->body, frozen.body); // byte-identical retry after a crash
        QCOMPARE((*again)->batchId, frozen.batchId);
        QCOMPARE((*again)->recordIds, frozen.recordIds);
    }

    void receiptDeletesDeliveredMarksRejectedReleasesRest()
    {
        auto outbox = fresh();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(outbox->append(testutil::makeRecord()));
        }
        const FrozenBatch batch = **outbox->freezeBatch(10, 1 << 20, &SyncProtocol::batchBody);
        const QList<QUuid> ids = batch.recordIds;
        auto done = outbox->completeBatch(batch.batchId, "receipt", { ids[0], ids[1] },
                                          { { ids[2], ErrorCode::BadSignature } });
        QVERIFY(done);
        QCOMPARE(done.value(), 2);
        QCOMPARE(outbox->totalCount().value(), 2);
        QCOMPARE(outbox->rejectedCount().value(), 1);
        QVERIFY(!outbox->openBatch()->has_value());
        // The unanswered record goes out again in a new batch; the rejected one never does.
        const FrozenBatch next = **outbox->freezeBatch(10, 1 << 20, &SyncProtocol::batchBody);
        QCOMPARE(next.recordIds, QList<QUuid> { ids[3] });
        // A receipt is saved once.
        QCOMPARE(outbox->completeBatch(batch.batchId, "again", {}, {}).error().code,
                 ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestOutboxBatches)
#include "tst_outboxbatches.moc"
