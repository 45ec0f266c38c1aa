// The inbox database on SQLite and PostgreSQL: the same behaviour from the same SQL.
#include "inbox/inboxstore.h"
#include "inboxtestdb.h"
#include "synctestutil.h"
#include "util/errorcode.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <barrier>
#include <numeric>
#include <random>
#include <thread>

using namespace heard;
using namespace Qt::StringLiterals;

class TestInboxStore : public QObject
{
    Q_OBJECT

private:
    /// Opens a clean database for the current row; @p usedSpec receives its spec, to open it again.
    std::unique_ptr<InboxStore> openStore(QString *usedSpec = nullptr)
    {
        QFETCH(QString, spec);
        spec = testutil::freshInboxSpec(spec);
        if (usedSpec) {
            *usedSpec = spec;
        }
        if (spec.isEmpty()) {
            qWarning("HEARD_TEST_PG_URL is not set: PostgreSQL was not tested (run "
                     "scripts/run-tests.sh)");
            return {};
        }
        auto store = InboxStore::open(spec);
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return {};
        }
        return std::move(store.value());
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void enrolmentCodeWorksOnceAndExpires_data()
    {
        testutil::addDatabaseRows(m_dir.filePath(u"a.db"_s));
    }
    void enrolmentCodeWorksOnceAndExpires()
    {
        auto store = openStore();
        QVERIFY(store);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store->addEnrolmentCode("code-1", now.addSecs(60)));
        QVERIFY(store->addEnrolmentCode("code-2", now.addSecs(-1)));
        const QByteArray key(32, 'k');
        QVERIFY(store->enrolDevice("code-1", key, "token-hash-1", now));
        // The same key may retry with the same code (lost reply); the new token replaces the old.
        QVERIFY(store->enrolDevice("code-1", key, "token-hash-1b", now));
        QVERIFY(store->deviceByTokenHash("token-hash-1b").value().has_value());
        QVERIFY(!store->deviceByTokenHash("token-hash-0").value().has_value());
        QVERIFY(store->enrolDevice("code-1", key, "token-hash-1", now));
        auto second = store->enrolDevice("code-1", QByteArray(32, 'j'), "token-hash-2", now);
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::BadCode);
        auto expired = store->enrolDevice("code-2", QByteArray(32, 'j'), "token-hash-3", now);
        QCOMPARE(expired.error().code, ErrorCode::BadCode);
        QCOMPARE(store->enrolDevice("nope", QByteArray(32, 'j'), "token-hash-4", now).error().code,
                 ErrorCode::BadCode);

        auto found = store->deviceByTokenHash("token-hash-1");
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->publicKey, key);
        QVERIFY(!(*found)->revoked);
        QVERIFY(store->deviceByTokenHash("token-hash-2").value() == std::nullopt);

        QVERIFY(store->revokeDevice(key));
        QVERIFY(store->deviceByTokenHash("token-hash-1").value()->revoked);
        QCOMPARE(store->revokeDevice(QByteArray(32, 'z')).error().code, ErrorCode::NotFound);
        QCOMPARE(store->devices().value().size(), 1);
    }

    void batchStoresOnceAndQuarantinesConflicts_data()
    {
        testutil::addDatabaseRows(m_dir.filePath(u"b.db"_s));
    }
    void batchStoresOnceAndQuarantinesConflicts()
    {
        auto store = openStore();
        QVERIFY(store);
        const QByteArray device(32, 'd');
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        const QByteArray binary("\x00\x01\xff\xfe bytes", 10); // zero bytes survive both drivers
        QList<StoreOutcome> seen;
        auto reply = store->storeBatch(u"k1"_s, device, "h1", { { a, binary }, { b, "bee" } },
                                       [&](const QList<StoreOutcome> &outcomes) {
                                           seen = outcomes;
                                           return QByteArray("reply-1");
                                       });
        QVERIFY2(reply, qPrintable(reply.ok() ? QString() : reply.error().message));
        QCOMPARE(seen, (QList<StoreOutcome> { StoreOutcome::Stored, StoreOutcome::Stored }));

        reply = store->storeBatch(u"k2"_s, device, "h2", { { a, binary }, { b, "different" } },
                                  [&](const QList<StoreOutcome> &outcomes) {
                                      seen = outcomes;
                                      return QByteArray("reply-2");
                                  });
        QVERIFY(reply);
        QCOMPARE(seen, (QList<StoreOutcome> { StoreOutcome::Duplicate, StoreOutcome::Conflict }));
        QCOMPARE(store->envelopeCount().value(), 2);
        QCOMPARE(store->quarantineCount().value(), 1);
        // The original bytes are never overwritten.
        QVERIFY(store->envelopes().value().contains("bee"));
        QVERIFY(store->envelopes().value().contains(binary));

        auto saved = store->savedBatch(u"k1"_s);
        QVERIFY(saved && saved->has_value());
        QCOMPARE((*saved)->reply, QByteArray("reply-1"));
        QCOMPARE((*saved)->requestHash, QByteArray("h1"));
        QCOMPARE((*saved)->devicePublicKey, device);

        // The same key again: the whole transaction rolls back, nothing new is stored.
        auto again = store->storeBatch(u"k1"_s, device, "h1", { { QUuid::createUuid(), "c" } },
                                       [](const QList<StoreOutcome> &) { return QByteArray("x"); });
        QCOMPARE(again.error().code, ErrorCode::BatchExists);
        QCOMPARE(store->envelopeCount().value(), 2);
    }

    // One batch holding every outcome, in an order unlike the id order the PostgreSQL path
    // inserts in, so an outcome mapped to the wrong record shows.
    void mixedBatchMapsEachOutcomeToItsRecord_data()
    {
        testutil::addDatabaseRows(m_dir.filePath(u"mixed.db"_s));
    }
    void mixedBatchMapsEachOutcomeToItsRecord()
    {
        auto store = openStore();
        QVERIFY(store);
        const QByteArray device(32, 'd');
        QList<QUuid> ids;
        for (int i = 0; i < 8; ++i) {
            ids.append(QUuid::createUuid());
        }
        std::sort(ids.begin(), ids.end(), [](const QUuid &a, const QUuid &b) {
            return a.toString() > b.toString(); // descending: the reverse of the insert order
        });
        const auto none = [](const QList<StoreOutcome> &) { return QByteArray("r"); };
        QVERIFY(store->storeBatch(u"m1"_s, device, "h", { { ids[1], "one" }, { ids[4], "four" } },
                                  none));

        QList<StoreOutcome> seen;
        auto reply = store->storeBatch(u"m2"_s, device, "h",
                                       {
                                           { ids[0], "zero" }, // new
                                           { ids[1], "one" }, // known, same bytes
                                           { ids[2], "two" }, // new
                                           { ids[4], "FOUR" }, // known, other bytes
                                           { ids[3], "three" }, // new
                                           { ids[3], "three" }, // repeated in the batch, same
                                           { ids[5], "five" }, // new
                                           { ids[5], "FIVE" }, // repeated, other bytes
                                           { ids[4], "four" }, // known, same again
                                           { ids[6], QByteArray("\x00six", 4) }, // new
                                       },
                                       [&](const QList<StoreOutcome> &outcomes) {
                                           seen = outcomes;
                                           return QByteArray("reply-m2");
                                       });
        QVERIFY2(reply, qPrintable(reply.ok() ? QString() : reply.error().message));
        using O = StoreOutcome;
        QCOMPARE(seen,
                 (QList<StoreOutcome> { O::Stored, O::Duplicate, O::Stored, O::Conflict, O::Stored,
                                        O::Duplicate, O::Stored, O::Conflict, O::Duplicate,
                                        O::Stored }));
        QCOMPARE(store->envelopeCount().value(), 7);
        QCOMPARE(store->quarantineCount().value(), 2);
        const QList<QByteArray> held = store->envelopes().value();
        for (const QByteArray &bytes :
             { QByteArray("zero"), QByteArray("one"), QByteArray("two"), QByteArray("three"),
               QByteArray("four"), QByteArray("five"), QByteArray("\x00six", 4) }) {
            QVERIFY2(held.contains(bytes), bytes.constData());
        }
        QVERIFY(!held.contains("FOUR"));
        QVERIFY(!held.contains("FIVE"));
        QCOMPARE(store->savedBatch(u"m2"_s).value()->reply, QByteArray("reply-m2"));

        // An empty batch (every envelope rejected earlier) still saves its reply.
        auto empty = store->storeBatch(u"m3"_s, device, "h", {}, [&](const auto &outcomes) {
            seen = outcomes;
            return QByteArray("reply-m3");
        });
        QVERIFY(empty);
        QVERIFY(seen.isEmpty());
        QCOMPARE(store->savedBatch(u"m3"_s).value()->reply, QByteArray("reply-m3"));
    }

    // Two writers (two connections, as two inbox processes would have) store overlapping batches
    // half a batch out of step, each shuffled its own way. Every id ends stored exactly once, the
    // other writer sees it as a duplicate or, where its bytes differ, quarantines its copy; no
    // batch fails for good.
    void racingWritersEndCorrect_data() { testutil::addDatabaseRows(m_dir.filePath(u"race.db"_s)); }
    void racingWritersEndCorrect()
    {
        QString spec;
        QVERIFY(openStore(&spec)); // a clean database
        constexpr int kIds = 2000;
        constexpr int kBatch = 40;
        QList<QUuid> ids;
        for (int i = 0; i < kIds; ++i) {
            ids.append(QUuid::createUuid());
        }
        struct Writer
        {
            QList<StoreOutcome> outcomes = QList<StoreOutcome>(kIds, StoreOutcome::Duplicate);
            QList<bool> decided = QList<bool>(kIds, false);
            QString error;
            QString sharedKeyResult;
            int retries = 0;
        };
        Writer writers[2];
        QList<IncomingRecord> sharedRecords;
        for (int i = 0; i < kBatch; ++i) {
            sharedRecords.append({ QUuid::createUuid(), "shared-" + QByteArray::number(i) });
        }
        // Both writers start each batch together, so they overlap rather than take turns.
        std::barrier step(2);
        const auto run = [&](int w) {
            Writer &me = writers[w];
            auto opened = InboxStore::open(spec);
            if (!opened) {
                me.error = opened.error().message;
                step.arrive_and_drop();
                return;
            }
            InboxStore &store = *opened.value();
            std::mt19937 shuffle(quint32(w + 1));
            QList<int> order(kIds);
            std::iota(order.begin(), order.end(), 0);
            if (w == 1) {
                // Half a batch out of step: each batch overlaps two of the other writer's.
                std::rotate(order.begin(), order.begin() + kBatch / 2, order.end());
            }
            for (int start = 0; start < kIds; start += kBatch) {
                step.arrive_and_wait();
                QList<int> slice = order.mid(start, kBatch);
                std::shuffle(slice.begin(), slice.end(), shuffle);
                QList<IncomingRecord> records;
                for (int i : slice) {
                    // Writer 1 has other bytes for every third id.
                    const bool differ = w == 1 && i % 3 == 0;
                    records.append({ ids.at(i), QByteArray::number(i) + (differ ? "-b" : "") });
                }
                const QString key = u"race-%1-%2"_s.arg(w).arg(start);
                for (int attempt = 0;; ++attempt) {
                    auto stored = store.storeBatch(
                        key, "d", "h", records, [&](const QList<StoreOutcome> &outcomes) {
                            for (qsizetype n = 0; n < outcomes.size(); ++n) {
                                me.outcomes[slice.at(n)] = outcomes.at(n);
                                me.decided[slice.at(n)] = true;
                            }
                            return QByteArray("r");
                        });
                    if (stored) {
                        break;
                    }
                    if (stored.error().code != ErrorCode::RecordRace || attempt == 20) {
                        me.error = stored.error().message;
                        step.arrive_and_drop();
                        return;
                    }
                    ++me.retries;
                }
            }
            // Last, both send one batch under the same idempotency key (a device's retry landing
            // on a second inbox process): one saves it, the other is told batch_exists.
            step.arrive_and_wait();
            auto shared = store.storeBatch(u"race-shared"_s, "d", "h", sharedRecords,
                                           [](const QList<StoreOutcome> &) { return "r"_ba; });
            me.sharedKeyResult = shared ? u"ok"_s : shared.error().code;
            step.arrive_and_drop();
        };
        std::thread first(run, 0);
        std::thread second(run, 1);
        first.join();
        second.join();
        QVERIFY2(writers[0].error.isEmpty(), qPrintable(writers[0].error));
        QVERIFY2(writers[1].error.isEmpty(), qPrintable(writers[1].error));

        auto store = InboxStore::open(spec);
        QVERIFY(store);
        int conflicts = 0;
        int storedByFirst = 0;
        for (int i = 0; i < kIds; ++i) {
            QVERIFY(writers[0].decided.at(i) && writers[1].decided.at(i));
            const StoreOutcome a = writers[0].outcomes.at(i);
            const StoreOutcome b = writers[1].outcomes.at(i);
            QVERIFY2((a == StoreOutcome::Stored) != (b == StoreOutcome::Stored),
                     qPrintable(u"id %1 stored by both or neither"_s.arg(i)));
            const StoreOutcome loser = a == StoreOutcome::Stored ? b : a;
            QCOMPARE(loser, i % 3 == 0 ? StoreOutcome::Conflict : StoreOutcome::Duplicate);
            conflicts += loser == StoreOutcome::Conflict ? 1 : 0;
            storedByFirst += a == StoreOutcome::Stored ? 1 : 0;
        }
        QCOMPARE(QSet<QString>({ writers[0].sharedKeyResult, writers[1].sharedKeyResult }),
                 QSet<QString>({ u"ok"_s, ErrorCode::BatchExists }));
        QCOMPARE(store.value()->envelopeCount().value(), kIds + kBatch);
        QCOMPARE(store.value()->quarantineCount().value(), conflicts);
        qInfo("racing writers: %d of %d ids stored by the first, %d retries", storedByFirst, kIds,
              writers[0].retries + writers[1].retries);
    }

    void messagesRoundTrip_data() { testutil::addDatabaseRows(m_dir.filePath(u"c.db"_s)); }
    void messagesRoundTrip()
    {
        auto store = openStore();
        QVERIFY(store);
        InboxMessage message;
        message.id = QUuid::createUuid();
        message.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        message.text
            = { { u"en"_s, u"You said the garden was boring; we planted a sunflower patch 🌻"_s },
                { u"cy"_s, u"Dywedoch chi; gwnaethon ni."_s } };
        message.picture = QByteArray("\x89PNG\x00\x01", 6);
        message.pictureType = u"image/png"_s;
        QVERIFY(store->addMessage(message));
        auto list = store->messages();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().text, message.text);
        QCOMPARE(list->first().picture, message.picture);
        QCOMPARE(list->first().published, message.published);
        QVERIFY(list->first().audio.isEmpty());
    }

    void sqliteSurvivesReopen()
    {
        const QString spec = u"sqlite:"_s + m_dir.filePath(u"reopen.db"_s);
        {
            auto store = InboxStore::open(spec);
            QVERIFY(store);
            QVERIFY(store.value()->storeBatch(
                u"k"_s, "d", "h", { { QUuid::createUuid(), "e" } },
                [](const QList<StoreOutcome> &) { return QByteArray("r"); }));
        }
        auto store = InboxStore::open(spec);
        QVERIFY(store);
        QCOMPARE(store.value()->envelopeCount().value(), 1);
        QCOMPARE(InboxStore::open(u"mysql:x"_s).error().code, ErrorCode::BadSpec);
    }
};

QTEST_GUILESS_MAIN(TestInboxStore)
#include "tst_inboxstore.moc"
