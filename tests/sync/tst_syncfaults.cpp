// Sync under a hostile network: a fault-injecting proxy between a real device and a real
// heard-inbox process, randomised for hundreds of rounds, plus SIGKILL of the device process and
// of the inbox mid-sync. Invariant: every envelope at the LA exactly once, nothing lost, the
// device deletes only what was acknowledged. HEARD_SYNC_LONG=1 runs ten times as many rounds;
// HEARD_SYNC_SEED=N replays a run.
#include "devicefixture.h"
#include "faultproxy.h"
#include "inboxprocess.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Fault = FaultProxy::Fault;

namespace {

bool longMode()
{
    return qEnvironmentVariableIntValue("HEARD_SYNC_LONG") > 0;
}

quint32 seed()
{
    static const quint32 value = qEnvironmentVariableIsSet("HEARD_SYNC_SEED")
        ? quint32(qEnvironmentVariableIntValue("HEARD_SYNC_SEED"))
        : QRandomGenerator::system()->generate();
    return value;
}

QSet<QByteArray> toSet(const QList<QByteArray> &list)
{
    return QSet<QByteArray>(list.begin(), list.end());
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    QRandomGenerator m_random { seed() };

    Fault randomFault(FaultProxy &proxy)
    {
        const int roll = int(m_random.bounded(100));
        proxy.delayMs = int(m_random.bounded(120));
        if (roll < 45) {
            return Fault::None;
        }
        if (roll < 52) {
            return Fault::ResetBeforeBody;
        }
        if (roll < 59) {
            return Fault::ResetAfterBody;
        }
        if (roll < 68) {
            return Fault::ResetAfterStored;
        }
        if (roll < 75) {
            return Fault::Duplicate;
        }
        if (roll < 82) {
            return Fault::TruncateReply;
        }
        if (roll < 93) {
            // Now and then longer than the transfer timeout: the device gives up, the inbox stored.
            if (roll >= 91) {
                proxy.delayMs = 700;
            }
            return Fault::Delay;
        }
        if (roll < 94) {
            return Fault::Status503; // Retry-After: 1 s, so rare
        }
        if (roll < 95) {
            return Fault::Status429;
        }
        return Fault::Status500;
    }

private Q_SLOTS:
    void initTestCase() { qInfo("seed %u (set HEARD_SYNC_SEED to replay)", seed()); }

    void randomisedRounds()
    {
        QTemporaryDir dir;
        const QString spec = u"sqlite:"_s + dir.filePath(u"inbox.db"_s);
        InboxProcess inbox;
        QVERIFY(inbox.start(spec));
        const QString dataDir = dir.filePath(u"device"_s);
        auto storage = openThrowawayDevice(dataDir);
        QVERIFY(storage);
        FaultProxy proxy(inbox.port());
        proxy.retryAfter = 1;
        proxy.chooser = [&] { return randomFault(proxy); };
        auto settings
            = enrolDevice(dataDir, storage.value()->devicePublicKey(),
                          QUrl(u"http://127.0.0.1:%1"_s.arg(inbox.port())), enrolmentCode(spec));
        QVERIFY(settings);
        settings->inboxUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));

        const int scale = longMode() ? 10 : 1;
        const int targetRounds = 500 * scale;
        OutboxStore &outbox = storage.value()->outbox();
        QSet<QByteArray> written;
        auto fill = [&](int sessions) {
            QVERIFY(fillOutbox(*storage.value(), sessions, 3));
            written.unite(toSet(OutboxStore::readEnvelopes(outbox.path()).value()));
        };
        fill(100 * scale); // 400 envelopes

        SyncEngine::Options options;
        options.maxRecordsPerBatch = 2;
        options.backoffBase = 5ms;
        options.backoffCap = 40ms;
        options.transferTimeout = 500ms;
        SyncEngine engine(outbox, *settings, options);
        QElapsedTimer timer;
        QSignalSpy refused(&engine, &SyncEngine::unauthorized);
        if (qEnvironmentVariableIsSet("HEARD_SYNC_TRACE")) {
            connect(&engine, &SyncEngine::attemptFailed, this,
                    [&](const QString &code, const QString &message, qint64 wait) {
                        qInfo("%lld failed %s (%s) wait %lld", timer.elapsed(), qPrintable(code),
                              qPrintable(message), wait);
                    });
            connect(&engine, &SyncEngine::batchDelivered, this,
                    [&] { qInfo("%lld delivered", timer.elapsed()); });
        }
        int drainedCount = 0;
        connect(&engine, &SyncEngine::drained, this, [&] { ++drainedCount; });
        timer.start();
        engine.start();
        // Keep writing new sessions while syncing, as a kiosk in use would, until enough rounds.
        while (proxy.requests < targetRounds && timer.elapsed() < 170000 * scale) {
            QTest::qWait(20);
            if (m_random.bounded(10) == 0) {
                fill(1);
            }
            if (drainedCount > 0 && proxy.requests < targetRounds) {
                fill(10);
                drainedCount = 0;
                engine.stop();
                engine.start();
            }
        }
        // Then let it finish with the network still hostile.
        drainedCount = 0;
        QTRY_VERIFY_WITH_TIMEOUT(drainedCount > 0 && outbox.totalCount().value() == 0, 120000);
        engine.stop();
        QVERIFY(refused.isEmpty());
        qInfo("%d rounds in %lld ms: %s", proxy.requests, timer.elapsed(), qPrintable([&] {
                  QStringList parts;
                  for (auto it = proxy.counts.cbegin(); it != proxy.counts.cend(); ++it) {
                      parts.append(u"%1=%2"_s
                                       .arg(QString::fromLatin1(
                                           QMetaEnum::fromType<Fault>().valueToKey(int(it.key()))))
                                       .arg(it.value()));
                  }
                  return parts.join(u' ');
              }()));
        QVERIFY(proxy.requests >= targetRounds);

        auto store = InboxStore::open(spec);
        QVERIFY(store);
        const QList<QByteArray> atLa = store.value()->envelopes().value();
        QCOMPARE(atLa.size(), written.size()); // exactly once: no duplicates
        QCOMPARE(toSet(atLa), written); // nothing lost, nothing altered
        QCOMPARE(store.value()->quarantineCount().value(), 0);
        QCOMPARE(outbox.rejectedCount().value(), 0);
    }

    void sigkillDeviceAndInboxMidSync()
    {
        QTemporaryDir dir;
        const QString spec = u"sqlite:"_s + dir.filePath(u"inbox.db"_s);
        auto inbox = std::make_unique<InboxProcess>();
        QVERIFY(inbox->start(spec));
        const QString dataDir = dir.filePath(u"device"_s);
        FaultProxy proxy(inbox->port());
        proxy.chooser = [&] {
            proxy.delayMs = int(m_random.bounded(30));
            return m_random.bounded(4) == 0 ? Fault::ResetAfterStored : Fault::Delay;
        };
        QSet<QByteArray> written;
        {
            auto storage = openThrowawayDevice(dataDir);
            QVERIFY(storage);
            QVERIFY(fillOutbox(*storage.value(), longMode() ? 500 : 60, 3));
            written = toSet(OutboxStore::readEnvelopes(storage.value()->outbox().path()).value());
            auto settings = enrolDevice(dataDir, storage.value()->devicePublicKey(),
                                        QUrl(u"http://127.0.0.1:%1"_s.arg(inbox->port())),
                                        enrolmentCode(spec));
            QVERIFY(settings);
            settings->inboxUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
            QVERIFY(settings->save(dataDir));
        }
        const QStringList args { u"--data-dir"_s, dataDir,
                                 u"sync"_s,       u"--batch-size"_s,
                                 u"3"_s,          u"--backoff-base-ms"_s,
                                 u"5"_s,          u"--backoff-cap-ms"_s,
                                 u"50"_s,         u"--transfer-timeout-ms"_s,
                                 u"2000"_s,       u"--timeout"_s,
                                 u"20"_s };
        const int kills = longMode() ? 40 : 8;
        for (int i = 0; i < kills; ++i) {
            QProcess device;
            device.start(QStringLiteral(HEARD_BIN_DIR "/heard-device"), args);
            QVERIFY(device.waitForStarted());
            QTest::qWait(int(40 + m_random.bounded(200)));
            if (i % 3 == 2) {
                // The inbox dies too, mid-request; it comes back on another port.
                inbox->process().kill();
                inbox->process().waitForFinished();
                inbox = std::make_unique<InboxProcess>();
                QVERIFY(inbox->start(spec));
                proxy.setUpstreamPort(inbox->port());
            }
            if (device.state() == QProcess::Running) {
                ::kill(pid_t(device.processId()), SIGKILL);
            }
            QVERIFY(device.waitForFinished(10000));
            // After every kill the outbox is intact and consistent.
            auto outbox = OutboxStore::open(dataDir + u"/outbox.db"_s);
            QVERIFY(outbox);
            QVERIFY(outbox.value()->verifyIntegrity());
            const QSet<QByteArray> left
                = toSet(OutboxStore::readEnvelopes(outbox.value()->path()).value());
            auto store = InboxStore::open(spec);
            QVERIFY(store);
            const QSet<QByteArray> atLa = toSet(store.value()->envelopes().value());
            // Whatever the device no longer has, the LA has: nothing lost.
            QVERIFY((written - left).subtract(atLa).isEmpty());
        }
        QProcess last;
        last.start(QStringLiteral(HEARD_BIN_DIR "/heard-device"), args);
        // The proxy lives in this process: keep its event loop turning while the device syncs.
        QTRY_VERIFY_WITH_TIMEOUT(last.state() == QProcess::NotRunning, 90000);
        QVERIFY2(
            last.exitCode() == 0,
            (last.readAllStandardError() + last.readAllStandardOutput().right(3000)).constData());
        auto store = InboxStore::open(spec);
        QVERIFY(store);
        const QList<QByteArray> atLa = store.value()->envelopes().value();
        QCOMPARE(atLa.size(), written.size());
        QCOMPARE(toSet(atLa), written);
        auto outbox = OutboxStore::open(dataDir + u"/outbox.db"_s);
        QCOMPARE(outbox.value()->totalCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
