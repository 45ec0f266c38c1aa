// Survey definition updates from the LA to the kiosk, against a real heard-inbox on 127.0.0.1:
// GET /v1/config carries the newest signed definition per survey id, and the device keeps only
// what its pinned LA root key signed.
#include "crypto/lakeystore.h"
#include "crypto/privatefile.h"
#include "crypto/signeddefinition.h"
#include "devicefixture.h"
#include "inboxprocess.h"
#include "support/filebytes.h"
#include "sync/deviceconfig.h"
#include "sync/devicesync.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

QByteArray definition(const QString &id, int version)
{
    return u"{\"id\": \"%1\", \"version\": %2, \"note\": \"only the signature matters here\"}\n"_s
        .arg(id)
        .arg(version)
        .toUtf8();
}

} // namespace

class TestSurveyUpdates : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InboxProcess> m_inbox;
    std::unique_ptr<DeviceStorage> m_storage;
    std::optional<LaKeyStore> m_la;
    std::optional<SyncSettings> m_settings;
    QString m_spec;

    QString deviceDir() const { return m_dir->filePath(u"device"_s); }
    QString savedFile(const QString &id) const
    {
        return QDir(deviceDir())
            .filePath(DeviceSync::surveyUpdatesDirName() + u'/'
                      + DeviceSync::surveyUpdateFileName(id));
    }

    // A fresh LA (root and bundle), an inbox handing out its bundle, and an enrolled device.
    bool setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto la = LaKeyStore::generate(QDate::currentDate(), QDate::currentDate().addYears(1));
        if (!la)
            return false;
        m_la = std::move(la.value());
        const QString bundleFile = m_dir->filePath(u"key-bundle.json"_s);
        auto bundle = m_la->signedBundle(QDate::currentDate());
        if (!bundle || !writeFileAtomically(bundleFile, bundle.value()))
            return false;
        m_spec = u"sqlite:"_s + m_dir->filePath(u"inbox.db"_s);
        m_inbox = std::make_unique<InboxProcess>();
        if (!m_inbox->start(m_spec, { u"--key-bundle"_s, bundleFile }))
            return false;
        auto storage = openThrowawayDevice(deviceDir());
        if (!storage)
            return false;
        m_storage = std::move(storage.value());
        m_settings = enrolDevice(deviceDir(), m_storage->devicePublicKey(),
                                 QUrl(u"http://127.0.0.1:%1"_s.arg(m_inbox->port())),
                                 enrolmentCode(m_spec));
        return m_settings.has_value();
    }

    bool publish(const QString &id, int version)
    {
        auto store = InboxStore::open(m_spec);
        if (!store)
            return false;
        auto made = m_la->signedDefinition(definition(id, version));
        return made && InboxService(*store.value(), {}, {}).publishSurvey(made.value()).ok();
    }

    // Stores @p signedBytes as the newest version of @p id, bypassing every check, as a hostile
    // inbox (or whoever controls its database) could.
    bool plant(const QString &id, int version, const QByteArray &signedBytes)
    {
        auto store = InboxStore::open(m_spec);
        if (!store)
            return false;
        return store.value()
            ->addSurveyDefinition({ id, version, QDateTime::currentDateTimeUtc(), signedBytes })
            .ok();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_storage.reset();
        m_inbox.reset();
        m_la.reset();
        m_dir.reset();
    }

    void configCarriesTheNewestVersionOfEachSurvey()
    {
        QVERIFY(setUp());
        QVERIFY(publish(u"children-8-11"_s, 3));
        QVERIFY(publish(u"children-8-11"_s, 4));
        QVERIFY(publish(u"care-leavers"_s, 1));
        SyncEngine engine(m_storage->outbox(), m_settings.value(), SyncEngine::Options());
        QSignalSpy received(&engine, &SyncEngine::configReceived);
        engine.pullConfig();
        QVERIFY(received.wait(10000));
        const QJsonArray surveys = received.first().at(2).toJsonArray();
        QCOMPARE(surveys.size(), 2);
        QStringList seen;
        for (const QJsonValue &value : surveys) {
            const auto verified = SignedDefinition::verify(value.toObject(), m_la->rootPublicKey());
            QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
            seen.append(u"%1@%2"_s.arg(verified->surveyId()).arg(verified->version()));
            QCOMPARE(verified->definition(), definition(verified->surveyId(), verified->version()));
        }
        QCOMPARE(seen, (QStringList { u"care-leavers@1"_s, u"children-8-11@4"_s }));
    }

    void heardDeviceKeepsOnlyWhatItCanVerify_data()
    {
        QTest::addColumn<bool>("withRoot");
        QTest::newRow("--la-root given") << true;
        QTest::newRow("no --la-root") << false;
    }

    void heardDeviceKeepsOnlyWhatItCanVerify()
    {
        QFETCH(bool, withRoot);
        QVERIFY(setUp());
        QVERIFY(publish(u"children-8-11"_s, 2));
        m_storage.reset(); // heard-device opens the outbox itself
        const QString rootFile = m_dir->filePath(u"la-root.pub"_s);
        QVERIFY(writeFileAtomically(rootFile, m_la->rootPublicKey().toBase64()));
        QStringList args { u"--data-dir"_s, deviceDir(), u"sync"_s, u"--timeout"_s, u"20"_s };
        if (withRoot)
            args << u"--la-root"_s << rootFile;
        QProcess device;
        device.start(QStringLiteral(HEARD_BIN_DIR "/heard-device"), args);
        QVERIFY(device.waitForFinished(30000));
        const QString output = QString::fromUtf8(device.readAllStandardOutput());
        QCOMPARE(device.exitCode(), 0);
        const QString bundleFile = QDir(deviceDir()).filePath(DeviceConfig::keyBundleFileName());
        if (withRoot) {
            QVERIFY2(output.contains(u"key bundle kept; 1 survey updates kept"_s),
                     qPrintable(output));
            QCOMPARE(readFileBytes(bundleFile),
                     readFileBytes(m_dir->filePath(u"key-bundle.json"_s)));
            QVERIFY(SignedDefinition::verify(readFileBytes(savedFile(u"children-8-11"_s)),
                                             m_la->rootPublicKey()));
        } else {
            // Nothing to verify with: nothing unverified is written.
            QVERIFY2(output.contains(u"not kept (no --la-root"_s), qPrintable(output));
            QVERIFY(!QFile::exists(bundleFile));
            QVERIFY(!QFile::exists(savedFile(u"children-8-11"_s)));
        }
        QVERIFY(QFile::exists(QDir(deviceDir()).filePath(DeviceConfig::messagesFileName())));
    }

    void aSignedUpdateIsSavedOnTheDevice()
    {
        QVERIFY(setUp());
        QVERIFY(publish(u"children-8-11"_s, 4));
        DeviceSync sync(deviceDir(), m_storage->outbox(), m_la->rootPublicKey());
        QSignalSpy surveys(&sync, &DeviceSync::surveysUpdated);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(surveys.size(), 1, 10000);
        const auto saved = SignedDefinition::verify(readFileBytes(savedFile(u"children-8-11"_s)),
                                                    m_la->rootPublicKey());
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(saved->version(), 4);
        QCOMPARE(saved->definition(), definition(u"children-8-11"_s, 4));
        // No temporary file is left beside it (written atomically).
        QCOMPARE(QDir(QFileInfo(savedFile(u"children-8-11"_s)).path())
                     .entryList(QDir::Files | QDir::Hidden),
                 QStringList { DeviceSync::surveyUpdateFileName(u"children-8-11"_s) });
    }

    void aTamperedUpdateIsRefusedAndNeverWritten_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("a byte of the definition changed") << u"definition"_s;
        QTest::newRow("a bit of the signature flipped") << u"signature"_s;
        QTest::newRow("signed by another root key") << u"other root"_s;
        QTest::newRow("unsigned") << u"unsigned"_s;
    }

    void aTamperedUpdateIsRefusedAndNeverWritten()
    {
        QFETCH(QString, how);
        QVERIFY(setUp());
        auto made = m_la->signedDefinition(definition(u"children-8-11"_s, 4));
        QVERIFY(made);
        QJsonObject object = made->toJsonObject();
        if (how == u"definition"_s) {
            QByteArray bytes = made->definition();
            bytes.replace("only", "ONLY");
            object[u"definition"_s] = QString::fromLatin1(bytes.toBase64());
        } else if (how == u"signature"_s) {
            QByteArray signature = made->signature();
            signature[10] = char(signature.at(10) ^ 0x04);
            object[u"signature"_s] = QString::fromLatin1(signature.toBase64());
        } else if (how == u"other root"_s) {
            auto other = LaKeyStore::generate(QDate::currentDate(), QDate::currentDate());
            QVERIFY(other);
            object = other->signedDefinition(made->definition())->toJsonObject();
        } else {
            object.remove(u"signature"_s);
        }
        QVERIFY(plant(u"children-8-11"_s, 4, QJsonDocument(object).toJson()));

        DeviceSync sync(deviceDir(), m_storage->outbox(), m_la->rootPublicKey());
        QStringList problems; // a later successful upload clears the status line; keep them all
        connect(&sync, &DeviceSync::statusChanged, this, [&] {
            if (!sync.status().lastProblem.isEmpty())
                problems.append(sync.status().lastProblem);
        });
        QSignalSpy messages(&sync, &DeviceSync::messagesUpdated); // the config was taken
        QSignalSpy surveys(&sync, &DeviceSync::surveysUpdated);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10000);
        QCOMPARE(surveys.size(), 0);
        QVERIFY(!QFile::exists(savedFile(u"children-8-11"_s)));
        QVERIFY2(!problems.filter(u"survey definition the LA root key did not sign"_s).isEmpty(),
                 qPrintable(problems.join(u" | "_s)));
    }

    void anOlderVersionNeverReplacesANewerOne()
    {
        QVERIFY(setUp());
        // The device already holds version 5 (an earlier pull); the inbox now offers version 4.
        auto newer = m_la->signedDefinition(definition(u"children-8-11"_s, 5));
        QVERIFY(newer);
        QVERIFY(QDir().mkpath(QFileInfo(savedFile(u"children-8-11"_s)).path()));
        QVERIFY(writeFileAtomically(savedFile(u"children-8-11"_s), newer->toBytes()));
        QVERIFY(publish(u"children-8-11"_s, 4));
        DeviceSync sync(deviceDir(), m_storage->outbox(), m_la->rootPublicKey());
        QSignalSpy messages(&sync, &DeviceSync::messagesUpdated);
        QSignalSpy surveys(&sync, &DeviceSync::surveysUpdated);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10000);
        QCOMPARE(surveys.size(), 0);
        QCOMPARE(readFileBytes(savedFile(u"children-8-11"_s)), newer->toBytes());
    }
};

QTEST_GUILESS_MAIN(TestSurveyUpdates)
#include "tst_surveyupdates.moc"
