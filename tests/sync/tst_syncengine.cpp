// The device's sync engine against a real heard-inbox process on 127.0.0.1.
#include "devicefixture.h"
#include "faultproxy.h"
#include "inboxprocess.h"
#include "sync/backoff.h"
#include "sync/syncengine.h"
#include "util/errorcode.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Fault = FaultProxy::Fault;

class TestSyncEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_spec;
    std::unique_ptr<InboxProcess> m_inbox;
    std::unique_ptr<DeviceStorage> m_storage;
    SyncSettings m_settings;

    SyncEngine::Options fastOptions()
    {
        SyncEngine::Options options;
        options.maxRecordsPerBatch = 4;
        options.backoffBase = 20ms;
        options.backoffCap = 200ms;
        options.transferTimeout = 3000ms;
        return options;
    }

    /// Runs an engine until drained (true) or until @p timeoutMs passes / unauthorized (false).
    bool runUntilDrained(SyncEngine &engine, int timeoutMs = 20000)
    {
        QSignalSpy drained(&engine, &SyncEngine::drained);
        QSignalSpy refused(&engine, &SyncEngine::unauthorized);
        engine.start();
        QElapsedTimer timer;
        timer.start();
        while (drained.isEmpty() && refused.isEmpty() && timer.elapsed() < timeoutMs) {
            QTest::qWait(10);
        }
        engine.stop();
        return !drained.isEmpty();
    }

    QList<QByteArray> inboxEnvelopes()
    {
        auto store = InboxStore::open(m_spec);
        return store ? store.value()->envelopes().value() : QList<QByteArray>();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_spec = u"sqlite:"_s + m_dir->filePath(u"inbox.db"_s);
        m_inbox = std::make_unique<InboxProcess>();
        QVERIFY(m_inbox->start(m_spec));
        auto storage = openThrowawayDevice(m_dir->filePath(u"device"_s));
        QVERIFY(storage);
        m_storage = std::move(storage.value());
        auto settings = enrolDevice(m_dir->filePath(u"device"_s), m_storage->devicePublicKey(),
                                    QUrl(u"http://127.0.0.1:%1"_s.arg(m_inbox->port())),
                                    enrolmentCode(m_spec));
        QVERIFY(settings);
        m_settings = *settings;
        QVERIFY(SyncSettings::load(m_dir->filePath(u"device"_s)));
    }

    void cleanup()
    {
        // (a test may already have closed the storage to hand the outbox to a program)
        m_storage.reset();
        m_inbox.reset();
    }

    void deliversEveryEnvelopeExactlyOnce()
    {
        QVERIFY(fillOutbox(*m_storage, 3, 4)); // 3 x (4 answers + session end) = 15
        const QList<QByteArray> sent
            = OutboxStore::readEnvelopes(m_storage->outbox().path()).value();
        QCOMPARE(sent.size(), 15);
        SyncEngine engine(m_storage->outbox(), m_settings, fastOptions());
        QSignalSpy delivered(&engine, &SyncEngine::batchDelivered);
        QVERIFY(runUntilDrained(engine));
        QCOMPARE(delivered.size(), 4); // 4 + 4 + 4 + 3
        QCOMPARE(sorted(inboxEnvelopes()), sorted(sent));
        QCOMPARE(m_storage->outbox().totalCount().value(), 0);

        // A second run has nothing to send and changes nothing.
        SyncEngine again(m_storage->outbox(), m_settings, fastOptions());
        QSignalSpy none(&again, &SyncEngine::batchDelivered);
        QVERIFY(runUntilDrained(again));
        QCOMPARE(none.size(), 0);
        QCOMPARE(inboxEnvelopes().size(), 15);
    }

    void deletesOnlyWhatWasAcknowledged()
    {
        QVERIFY(fillOutbox(*m_storage, 1, 3)); // 4 envelopes, one batch
        FaultProxy proxy(m_inbox->port());
        bool block = true;
        // The inbox stores the batch (then sees it again), but the device never hears back.
        proxy.chooser = [&] { return block ? Fault::ResetAfterStored : Fault::None; };
        SyncSettings viaProxy = m_settings;
        viaProxy.inboxUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
        SyncEngine engine(m_storage->outbox(), viaProxy, fastOptions());
        QSignalSpy failed(&engine, &SyncEngine::attemptFailed);
        QSignalSpy delivered(&engine, &SyncEngine::batchDelivered);
        engine.start();
        // (QNAM may resend once by itself on a dropped keep-alive connection: same bytes.)
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 2, 10000);
        // Stored at the LA, but unacknowledged: still on the device, frozen for a retry.
        QCOMPARE(inboxEnvelopes().size(), 4);
        QCOMPARE(m_storage->outbox().totalCount().value(), 4);
        QCOMPARE(m_storage->outbox().openBatches().value().size(), 1);
        QCOMPARE(delivered.size(), 0);
        block = false;
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        engine.stop();
        QCOMPARE(m_storage->outbox().totalCount().value(), 0);
        QCOMPARE(inboxEnvelopes().size(), 4);
        QVERIFY(proxy.requests >= 3);
    }

    void retriesSameBytesAfter503WithRetryAfter()
    {
        QVERIFY(fillOutbox(*m_storage, 1, 1));
        FaultProxy proxy(m_inbox->port());
        int attempts = 0;
        proxy.retryAfter = 1;
        proxy.chooser = [&] { return ++attempts == 1 ? Fault::Status503 : Fault::None; };
        SyncSettings viaProxy = m_settings;
        viaProxy.inboxUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
        SyncEngine engine(m_storage->outbox(), viaProxy, fastOptions());
        QSignalSpy failed(&engine, &SyncEngine::attemptFailed);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runUntilDrained(engine));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), ErrorCode::Busy);
        QVERIFY2(failed.first().at(2).toLongLong() >= 1000, "Retry-After is a floor");
        QVERIFY(timer.elapsed() >= 1000);
        QCOMPARE(inboxEnvelopes().size(), 2);
    }

    void waitsUntilHttpDateRetryAfter()
    {
        QVERIFY(fillOutbox(*m_storage, 1, 1));
        FaultProxy proxy(m_inbox->port());
        QDateTime until;
        QDateTime retried;
        int attempts = 0;
        proxy.retryAfterValue = [&] {
            // Whole seconds (an HTTP-date has no finer unit): 2-3 s from now.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            until = now.addSecs(3).addMSecs(-now.time().msec());
            return QLocale::c().toString(until, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        };
        proxy.chooser = [&] {
            if (++attempts == 1) {
                return Fault::Status503;
            }
            if (!retried.isValid()) {
                retried = QDateTime::currentDateTimeUtc();
            }
            return Fault::None;
        };
        SyncSettings viaProxy = m_settings;
        viaProxy.inboxUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
        // Backoff alone would retry within 200 ms: only the date can make the engine wait.
        SyncEngine engine(m_storage->outbox(), viaProxy, fastOptions());
        QSignalSpy failed(&engine, &SyncEngine::attemptFailed);
        QVERIFY(runUntilDrained(engine));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), ErrorCode::Busy);
        QVERIFY2(failed.first().at(2).toLongLong() >= 1500, "the HTTP-date is a floor");
        QVERIFY(until.isValid() && retried.isValid());
        const qint64 lateMs = until.msecsTo(retried);
        qInfo("retried %lld ms after the Retry-After date", lateMs);
        QVERIFY2(lateMs >= 0, qPrintable(u"retried %1 ms before the date"_s.arg(-lateMs)));
        QVERIFY2(lateMs < 5000, qPrintable(u"retried %1 ms after the date"_s.arg(lateMs)));
        QCOMPARE(inboxEnvelopes().size(), 2);
    }

    void rejectedRecordsAreKeptAndNotResent()
    {
        QVERIFY(fillOutbox(*m_storage, 1, 1));
        OutboxRecord junk;
        junk.recordId = QUuid::createUuid();
        junk.surveyId = u"sync-survey"_s;
        junk.day = QDate(2026, 11, 27);
        junk.kind = u"answer"_s;
        junk.envelope = "not an envelope";
        QVERIFY(m_storage->outbox().append(junk));
        SyncEngine engine(m_storage->outbox(), m_settings, fastOptions());
        QSignalSpy delivered(&engine, &SyncEngine::batchDelivered);
        QVERIFY(runUntilDrained(engine));
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.first().at(1).toInt(), 2);
        QCOMPARE(delivered.first().at(2).toInt(), 1);
        QCOMPARE(m_storage->outbox().rejectedCount().value(), 1);
        QCOMPARE(m_storage->outbox().totalCount().value(), 1);
        SyncEngine again(m_storage->outbox(), m_settings, fastOptions());
        QSignalSpy none(&again, &SyncEngine::batchDelivered);
        QVERIFY(runUntilDrained(again));
        QCOMPARE(none.size(), 0);
    }

    void revokedDeviceStopsAndKeepsEverything()
    {
        QVERIFY(fillOutbox(*m_storage, 1, 2));
        {
            auto store = InboxStore::open(m_spec);
            QVERIFY(store && store.value()->revokeDevice(m_storage->devicePublicKey()));
        }
        SyncEngine engine(m_storage->outbox(), m_settings, fastOptions());
        QSignalSpy refused(&engine, &SyncEngine::unauthorized);
        QVERIFY(!runUntilDrained(engine, 5000));
        QCOMPARE(refused.size(), 1);
        QVERIFY(!engine.isRunning());
        QCOMPARE(m_storage->outbox().totalCount().value(), 3);
        QCOMPARE(inboxEnvelopes().size(), 0);
    }

    void usbExportImportThenSyncDedupes()
    {
        QVERIFY(fillOutbox(*m_storage, 2, 3)); // 8 envelopes
        const QList<QByteArray> sent
            = OutboxStore::readEnvelopes(m_storage->outbox().path()).value();
        const QString dataDir = m_dir->filePath(u"device"_s);
        const QString usb = m_dir->filePath(u"usb"_s);
        m_storage.reset(); // the device program opens the outbox itself
        const auto run = [](const QString &program, const QStringList &args) {
            QProcess process;
            process.start(program, args);
            process.waitForFinished(30000);
            if (process.exitCode() != 0) {
                qWarning("%s", process.readAllStandardError().constData());
            }
            return process.exitCode() == 0 ? QString::fromUtf8(process.readAllStandardOutput())
                                           : QString();
        };
        const QString device = QStringLiteral(HEARD_BIN_DIR "/heard-device");
        const QString admin = QStringLiteral(HEARD_BIN_DIR "/heard-admin");
        QVERIFY(
            run(device, { u"--data-dir"_s, dataDir, u"--batch-size"_s, u"5"_s, u"export"_s, usb })
                .contains(u"exported"_s));
        QCOMPARE(QDir(usb).entryList({ u"*.heardbatch"_s }, QDir::Files).size(), 2);
        QVERIFY(run(admin, { u"import"_s, u"--db"_s, m_spec, usb })
                    .contains(u"8 stored, 0 duplicate"_s));
        QVERIFY(run(admin, { u"import"_s, u"--db"_s, m_spec, usb })
                    .contains(u"2 files already imported"_s));
        QCOMPARE(sorted(inboxEnvelopes()), sorted(sent));
        // Export never deletes; the next sync sends the same frozen batches and clears them.
        QVERIFY(run(device, { u"--data-dir"_s, dataDir, u"status"_s }).contains(u"pending: 8"_s));
        QVERIFY(run(device, { u"--data-dir"_s, dataDir, u"sync"_s, u"--timeout"_s, u"20"_s })
                    .contains(u"delivered batch"_s));
        QVERIFY(run(device, { u"--data-dir"_s, dataDir, u"status"_s }).contains(u"pending: 0"_s));
        QCOMPARE(inboxEnvelopes().size(), 8);
        // The admin commands see the device.
        QVERIFY(run(admin, { u"devices"_s, u"--db"_s, m_spec }).contains(u"active"_s));
    }

    void pullsConfigWithMessages()
    {
        {
            auto store = InboxStore::open(m_spec);
            InboxMessage message;
            message.id = QUuid::createUuid();
            message.published = QDateTime::currentDateTimeUtc();
            message.text = { { u"en"_s, u"You said the bus was late; we changed the time."_s },
                             { u"cy"_s, u"Dywedoch chi; gwnaethon ni."_s } };
            QVERIFY(store.value()->addMessage(message));
        }
        SyncEngine engine(m_storage->outbox(), m_settings, fastOptions());
        QSignalSpy received(&engine, &SyncEngine::configReceived);
        engine.pullConfig();
        QVERIFY(received.wait(5000));
        const QJsonArray messages = received.first().at(1).toJsonArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(u"text"_s).toObject().value(u"en"_s).toString(),
                 u"You said the bus was late; we changed the time."_s);
        QCOMPARE(messages.at(0).toObject().value(u"text"_s).toObject().value(u"cy"_s).toString(),
                 u"Dywedoch chi; gwnaethon ni."_s);

        SyncSettings wrong = m_settings;
        wrong.token = "nope";
        SyncEngine refused(m_storage->outbox(), wrong, fastOptions());
        QSignalSpy failed(&refused, &SyncEngine::configFailed);
        QSignalSpy unauthorized(&refused, &SyncEngine::unauthorized);
        refused.pullConfig();
        QVERIFY(failed.wait(5000));
        QCOMPARE(unauthorized.size(), 1);
    }

    void plainHttpOnlyToLoopback()
    {
        QVERIFY(SyncSettings::tlsFor(QUrl(u"http://127.0.0.1:1"_s), {}));
        QCOMPARE(SyncSettings::tlsFor(QUrl(u"http://inbox.example.org"_s), {}).error().code,
                 ErrorCode::InsecureUrl);
        QCOMPARE(SyncSettings::tlsFor(QUrl(u"https://inbox.example.org"_s), {}).error().code,
                 ErrorCode::NoPinnedCa);
    }

    void backoffIsCappedFullJitter()
    {
        double r = 1.0;
        Backoff backoff(100ms, 1000ms, [&] { return r; });
        QCOMPARE(backoff.failed(), 100ms);
        QCOMPARE(backoff.failed(), 200ms);
        QCOMPARE(backoff.failed(), 400ms);
        QCOMPARE(backoff.failed(), 800ms);
        QCOMPARE(backoff.failed(), 1000ms); // capped
        QCOMPARE(backoff.failed(), 1000ms);
        r = 0.0;
        QCOMPARE(backoff.failed(), 0ms); // full jitter reaches zero
        QCOMPARE(backoff.failed(2500ms), 2500ms); // Retry-After is a floor, even above the cap
        r = 0.5;
        backoff.succeeded();
        QCOMPARE(backoff.failed(), 50ms);
        for (int i = 0; i < 100; ++i) {
            Backoff real(100ms, 1000ms);
            for (int n = 0; n < 8; ++n) {
                const auto wait = real.failed();
                QVERIFY(wait >= 0ms && wait <= real.ceiling());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
