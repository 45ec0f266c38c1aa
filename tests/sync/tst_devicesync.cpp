// Background sync as the kiosk runs it, against a real heard-inbox on 127.0.0.1: answers leave,
// the adult's status survives a restart, and only a key bundle the pinned LA root signed is kept.
#include "crypto/keybundle.h"
#include "devicefixture.h"
#include "inbox/inboxstore.h"
#include "inboxprocess.h"
#include "store/outboxstore.h"
#include "support/filebytes.h"
#include "sync/devicesync.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

const QString demoKeys = QStringLiteral(HEARD_SOURCE_DIR "/assets/demo-keys");

QByteArray demoRoot()
{
    return QByteArray::fromBase64(readFileBytes(demoKeys + u"/la-root.pub"_s).trimmed());
}

} // namespace

class TestDeviceSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InboxProcess> m_inbox;
    std::unique_ptr<DeviceStorage> m_storage;
    QString m_spec;

    QString deviceDir() const { return m_dir->filePath(u"device"_s); }

    // Starts an inbox handing out @p bundleFile and enrols a fresh device with it.
    bool setUp(const QString &bundleFile)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString spec = u"sqlite:"_s + m_dir->filePath(u"inbox.db"_s);
        m_spec = spec;
        m_inbox = std::make_unique<InboxProcess>();
        if (!m_inbox->start(spec, { u"--key-bundle"_s, bundleFile }))
            return false;
        // Seal to the bundle's newest key, as an enrolled device does (the inbox refuses others).
        const auto bundle = KeyBundle::readUnverified(readFileBytes(bundleFile));
        if (!bundle)
            return false;
        auto storage = DeviceStorage::open(deviceDir(), bundle->keys().last().publicKey);
        if (!storage)
            return false;
        m_storage = std::move(storage.value());
        return enrolDevice(deviceDir(), m_storage->devicePublicKey(),
                           QUrl(u"http://127.0.0.1:%1"_s.arg(m_inbox->port())), enrolmentCode(spec))
            .has_value();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_storage.reset();
        m_inbox.reset();
        m_dir.reset();
    }

    void notEnrolledDoesNothing()
    {
        QTemporaryDir dir;
        auto storage = openThrowawayDevice(dir.path());
        QVERIFY(storage);
        DeviceSync sync(dir.path(), storage.value()->outbox(), demoRoot());
        sync.start();
        QVERIFY(!sync.status().enrolled);
        QVERIFY(!sync.status().lastSuccess.isValid());
    }

    void answersLeaveAndStatusSurvivesARestart()
    {
        QVERIFY(setUp(demoKeys + u"/key-bundle.json"_s));
        QVERIFY(fillOutbox(*m_storage, 3, 4));
        QVERIFY(m_storage->outbox().pendingCount().value() > 0);
        {
            DeviceSync sync(deviceDir(), m_storage->outbox(), demoRoot());
            QSignalSpy bundle(&sync, &DeviceSync::keyBundleUpdated);
            QSignalSpy messages(&sync, &DeviceSync::messagesUpdated);
            sync.start();
            QVERIFY(sync.status().enrolled);
            QTRY_COMPARE_WITH_TIMEOUT(m_storage->outbox().pendingCount().value(), qint64(0), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(sync.status().lastSuccess.isValid(), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(bundle.size(), 1, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10000);
            QCOMPARE(sync.status().lastProblem, QString());
            // The saved bundle is the one the pinned root signed, byte for byte.
            QCOMPARE(readFileBytes(QDir(deviceDir()).filePath(DeviceSync::keyBundleFileName())),
                     readFileBytes(demoKeys + u"/key-bundle.json"_s));
            QVERIFY(QJsonDocument::fromJson(
                        readFileBytes(QDir(deviceDir()).filePath(DeviceSync::messagesFileName())))
                        .isArray());
            sync.stop();
        }
        DeviceSync restarted(deviceDir(), m_storage->outbox(), demoRoot());
        QVERIFY(restarted.status().lastSuccess.isValid());
        QVERIFY(restarted.status().lastSuccess <= QDateTime::currentDateTimeUtc());
    }

    void syncSoonSendsANewSessionWithoutWaitingForTheIdleCycle()
    {
        QVERIFY(setUp(demoKeys + u"/key-bundle.json"_s));
        DeviceSync sync(deviceDir(), m_storage->outbox(), demoRoot());
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.status().lastSuccess.isValid(),
                                 10000); // drained the empty outbox
        QVERIFY(fillOutbox(*m_storage, 1, 3));
        sync.syncSoon();
        // The idle cycle is five minutes; without syncSoon nothing would move within the wait.
        QTRY_COMPARE_WITH_TIMEOUT(m_storage->outbox().pendingCount().value(), qint64(0), 10000);
    }

    void messagesReachTheDeviceInEveryLanguage()
    {
        QVERIFY(setUp(demoKeys + u"/key-bundle.json"_s));
        {
            auto store = InboxStore::open(m_spec);
            QVERIFY(store);
            InboxService service(*store.value(), {}, {});
            InboxMessage message;
            message.text
                = { { u"en"_s, u"You told us the garden was boring, so we planted sunflowers."_s },
                    { u"cy"_s,
                      u"Dywedoch chi fod yr ardd yn ddiflas, felly plannon ni flodau haul."_s } };
            message.picture = readFileBytes(
                QStringLiteral(HEARD_SOURCE_DIR "/assets/pictures/topics/home.svg"));
            message.pictureType = u"image/svg+xml"_s;
            QVERIFY(service.publishMessage(message));
        }
        DeviceSync sync(deviceDir(), m_storage->outbox(), demoRoot());
        QSignalSpy messages(&sync, &DeviceSync::messagesUpdated);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10000);
        const QList<LaMessage> shown = LaMessages::load(deviceDir());
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().textFor(u"cy"_s, u"en"_s),
                 u"Dywedoch chi fod yr ardd yn ddiflas, felly plannon ni flodau haul."_s);
        QCOMPARE(shown.first().textFor(u"ar"_s, u"en"_s),
                 u"You told us the garden was boring, so we planted sunflowers."_s);
        QCOMPARE(
            shown.first().picture,
            readFileBytes(QStringLiteral(HEARD_SOURCE_DIR "/assets/pictures/topics/home.svg")));
        QCOMPARE(shown.first().pictureType, u"image/svg+xml"_s);
    }

    void messageParsing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("ids"); // newest first
        QTest::newRow("missing file content") << QByteArray() << QStringList();
        QTest::newRow("not an array") << QByteArray("{\"id\": \"a\"}") << QStringList();
        QTest::newRow("no text is not shown") << QByteArray(
            "[{\"id\": \"a\", \"text\": {}}, {\"id\": \"b\", \"text\": {\"en\": \"  \"}}]")
                                              << QStringList();
        QTest::newRow("newest first")
            << QByteArray("[{\"id\": \"old\", \"published\": \"2026-01-01T00:00:00Z\", \"text\": "
                          "{\"en\": \"x\"}},"
                          " {\"id\": \"new\", \"published\": \"2026-06-01T00:00:00Z\", \"text\": "
                          "{\"en\": \"y\"}}]")
            << QStringList { u"new"_s, u"old"_s };
    }

    void messageParsing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, ids);
        QStringList parsed;
        for (const LaMessage &message : LaMessages::parse(json))
            parsed.append(message.id);
        QCOMPARE(parsed, ids);
    }

    void textInNeitherLanguageIsNotShown()
    {
        LaMessage message;
        message.text = { { u"pl"_s, u"Powiedzieliście nam..."_s } };
        QCOMPARE(message.textFor(u"en"_s, u"en"_s), QString());
        QCOMPARE(message.textFor(u"pl"_s, u"en"_s), u"Powiedzieliście nam..."_s);
    }

    void bundleFromAnotherRootIsRefused()
    {
        // An LA key set the device does not pin, as a hostile network would offer.
        QTemporaryDir other;
        const QString pass = other.filePath(u"pass.txt"_s);
        QFile passFile(pass);
        QVERIFY(passFile.open(QIODevice::WriteOnly));
        passFile.write("not the demo passphrase");
        passFile.close();
        QProcess keygen;
        keygen.start(
            QStringLiteral(HEARD_BIN_DIR "/heard-admin"),
            { u"keygen"_s, u"--out"_s, other.filePath(u"keys"_s), u"--passphrase-file"_s, pass });
        QVERIFY(keygen.waitForFinished(60000));
        QCOMPARE(keygen.exitCode(), 0);

        QVERIFY(setUp(other.filePath(u"keys/key-bundle.json"_s)));
        DeviceSync sync(deviceDir(), m_storage->outbox(), demoRoot());
        QSignalSpy bundle(&sync, &DeviceSync::keyBundleUpdated);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.status().lastProblem.contains(u"did not sign"_s), 10000);
        QCOMPARE(bundle.size(), 0);
        QVERIFY(!QFile::exists(QDir(deviceDir()).filePath(DeviceSync::keyBundleFileName())));
    }
};

QTEST_GUILESS_MAIN(TestDeviceSync)
#include "tst_devicesync.moc"
