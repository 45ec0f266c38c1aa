// The device data folder: its names (unchanged, so devices in use keep their data), its modes from
// the moment things are created, which key answers are sealed to, and which key bundle is kept.
#include "crypto/deviceidentity.h"
#include "crypto/envelopeheader.h"
#include "crypto/keybundle.h"
#include "crypto/securebytes.h"
#include "crypto/sodium.h"
#include "device/adultpin.h"
#include "device/devicefolder.h"
#include "device/lamessages.h"
#include "store/devicestorage.h"
#include "store/outboxstore.h"
#include "sync/deviceconfig.h"
#include "sync/devicesync.h"
#include "sync/syncsettings.h"
#include "util/errorcode.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <functional>
#include <sys/stat.h>

using namespace heard;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::function<bool(const QString &)>)

namespace {

// The permission bits as the file system holds them.
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// With a umask that lets everything through, a mode can only come from how the file was made.
class OpenUmask
{
public:
    OpenUmask()
        : m_old(::umask(0))
    {
    }
    ~OpenUmask() { ::umask(m_old); }
    Q_DISABLE_COPY_MOVE(OpenUmask)

private:
    mode_t m_old;
};

struct Root
{
    QByteArray publicKey;
    SecureBytes secretKey;
};

Root makeRoot()
{
    ensureSodium();
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(sk.data()));
    return { pk, SecureBytes::takeFrom(sk) };
}

QByteArray encryptionKey(char fill)
{
    return QByteArray(32, fill);
}

QByteArray signedBundle(const Root &root, const QByteArray &key, QDate from, QDate until)
{
    const LaPublicKey info { EnvelopeHeader::keyIdFor(key), key, from, until };
    return KeyBundle({ info }, from).sign(root.secretKey).value();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QDate today(2026, 6, 1);

// The message of a failed result, for QVERIFY2 (which evaluates it even on success).
template<typename T> QString problem(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestDeviceFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_root = makeRoot();
        m_otherRoot = makeRoot();
    }

    // Devices already in use keep their data only if every name stays what it was.
    void layoutNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("onDisk");
        QTest::newRow("identity") << DeviceFolder::identityFileName() << u"device.key"_s;
        QTest::newRow("outbox") << DeviceFolder::outboxFileName() << u"outbox.db"_s;
        QTest::newRow("sync settings") << DeviceFolder::syncSettingsFileName() << u"sync.json"_s;
        QTest::newRow("sync status") << DeviceFolder::syncStatusFileName() << u"sync-status.json"_s;
        QTest::newRow("adult PIN") << DeviceFolder::adultPinFileName() << u"adult-pin.json"_s;
        QTest::newRow("key bundle") << DeviceFolder::keyBundleFileName() << u"key-bundle.json"_s;
        QTest::newRow("messages") << DeviceFolder::messagesFileName() << u"messages.json"_s;
        QTest::newRow("kiosk settings") << DeviceFolder::kioskSettingsFileName() << u"kiosk.ini"_s;
        QTest::newRow("survey updates") << DeviceFolder::surveyUpdatesDirName() << u"surveys"_s;
        QTest::newRow("one survey update") << DeviceFolder::surveyUpdateFileName(u"children-8-11"_s)
                                           << u"children-8-11.signed.json"_s;
        QTest::newRow("message picture")
            << DeviceFolder::messagePictureFileName(u"abc-1"_s) << u"message-abc-1.svg"_s;
        // The names the classes using the folder still answer with come from it.
        QTest::newRow("DeviceIdentity") << DeviceIdentity::fileName() << u"device.key"_s;
        QTest::newRow("DeviceStorage") << DeviceStorage::outboxFileName() << u"outbox.db"_s;
        QTest::newRow("SyncSettings") << SyncSettings::fileName() << u"sync.json"_s;
        QTest::newRow("DeviceSync") << DeviceSync::statusFileName() << u"sync-status.json"_s;
        QTest::newRow("AdultPin") << AdultPin::fileName() << u"adult-pin.json"_s;
        QTest::newRow("DeviceConfig") << DeviceConfig::keyBundleFileName() << u"key-bundle.json"_s;
        QTest::newRow("LaMessages") << LaMessages::fileName() << u"messages.json"_s;
    }

    void layoutNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, onDisk);
        QCOMPARE(name, onDisk);
    }

    void layoutSaysWhatIsSecret()
    {
        QStringList secret;
        QStringList names;
        for (const DeviceFolder::Entry &entry : DeviceFolder::layout()) {
            names << entry.name;
            if (entry.secret)
                secret << entry.name;
        }
        QCOMPARE(secret, (QStringList { u"device.key"_s, u"sync.json"_s, u"adult-pin.json"_s }));
        QCOMPARE(names.size(), 9);
        const DeviceFolder folder(u"/data"_s);
        QCOMPARE(folder.outboxFile(), u"/data/outbox.db"_s);
        QCOMPARE(folder.surveyUpdateFile(u"s"_s), u"/data/surveys/s.signed.json"_s);
    }

    // Whatever creates the folder first, it is 0700 even with a umask that would allow more.
    void folderPrivateFromCreation_data()
    {
        QTest::addColumn<std::function<bool(const QString &)>>("create");
        QTest::newRow("DeviceFolder::create") << std::function<bool(const QString &)>(
            [](const QString &dir) { return DeviceFolder(dir).create().ok(); });
        QTest::newRow("opening the outbox") << std::function<bool(const QString &)>(
            [](const QString &dir) { return DeviceFolder(dir).openOutbox().ok(); });
        QTest::newRow("the device identity") << std::function<bool(const QString &)>(
            [](const QString &dir) { return DeviceIdentity::loadOrCreate(dir).ok(); });
        QTest::newRow("the adult PIN") << std::function<bool(const QString &)>(
            [](const QString &dir) { return AdultPin(dir).set(u"482913"_s).ok(); });
        QTest::newRow("device storage") << std::function<bool(const QString &)>(
            [](const QString &dir) { return DeviceStorage::open(dir, encryptionKey('k')).ok(); });
    }

    void folderPrivateFromCreation()
    {
        QFETCH(std::function<bool(const QString &)>, create);
        QTemporaryDir parent;
        const QString dir = parent.filePath(u"missing/parent/device"_s);
        {
            const OpenUmask open;
            QVERIFY(create(dir));
        }
        QCOMPARE(modeOf(dir), 0700);
    }

    void existingFolderTightened()
    {
        QTemporaryDir parent;
        const QString dir = parent.filePath(u"device"_s);
        QVERIFY(QDir().mkdir(dir));
        QVERIFY(QFile::setPermissions(dir, QFile::Permissions(0x7755)));
        QVERIFY(DeviceFolder(dir).create());
        QCOMPARE(modeOf(dir), 0700);
        QVERIFY(DeviceFolder(dir).createSurveyUpdatesDir());
        QCOMPARE(modeOf(DeviceFolder(dir).surveyUpdatesDir()), 0700);
    }

    // Secret files are 0600 whatever the umask; each is named by the layout as secret.
    void secretFilesPrivate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::function<bool(const QString &)>>("write");
        QTest::newRow("device key") << DeviceFolder::identityFileName()
                                    << std::function<bool(const QString &)>([](const QString &d) {
                                           return DeviceIdentity::loadOrCreate(d).ok();
                                       });
        QTest::newRow("sync settings")
            << DeviceFolder::syncSettingsFileName()
            << std::function<bool(const QString &)>([](const QString &d) {
                   SyncSettings settings;
                   settings.inboxUrl = QUrl(u"https://inbox.example"_s);
                   settings.token = "secret-token";
                   return DeviceFolder(d).create().ok() && settings.save(d).ok();
               });
        QTest::newRow("adult PIN") << DeviceFolder::adultPinFileName()
                                   << std::function<bool(const QString &)>([](const QString &d) {
                                          return AdultPin(d).set(u"482913"_s).ok();
                                      });
    }

    void secretFilesPrivate()
    {
        QFETCH(QString, name);
        QFETCH(std::function<bool(const QString &)>, write);
        QTemporaryDir parent;
        const QString dir = parent.filePath(u"device"_s);
        {
            const OpenUmask open;
            QVERIFY(write(dir));
        }
        QCOMPARE(modeOf(QDir(dir).filePath(name)), 0600);
        bool listedSecret = false;
        for (const DeviceFolder::Entry &entry : DeviceFolder::layout())
            listedSecret |= entry.name == name && entry.secret;
        QVERIFY(listedSecret);
    }

    void sealingKey_data()
    {
        QTest::addColumn<QString>("served"); // key-bundle.json in the folder
        QTest::addColumn<QString>("given"); // the bundle the program ships with
        QTest::addColumn<bool>("withRoot");
        QTest::addColumn<QByteArray>("explicitKey");
        QTest::addColumn<QByteArray>("expectedKey");
        QTest::addColumn<QString>("expectedSource");
        QTest::addColumn<QString>("expectedCode");
        const QByteArray served = encryptionKey('s');
        const QByteArray given = encryptionKey('g');
        QTest::newRow("what the LA served wins")
            << u"good"_s << u"good"_s << true << QByteArray() << served << u"served"_s << QString();
        QTest::newRow("nothing served: the given bundle")
            << u"none"_s << u"good"_s << true << QByteArray() << given << u"given"_s << QString();
        QTest::newRow("served bundle signed by another root")
            << u"otherRoot"_s << u"good"_s << true << QByteArray() << given << u"given"_s
            << QString();
        QTest::newRow("served bundle damaged") << u"garbage"_s << u"good"_s << true << QByteArray()
                                               << given << u"given"_s << QString();
        QTest::newRow("served bundle has no key valid today")
            << u"expired"_s << u"good"_s << true << QByteArray() << given << u"given"_s
            << QString();
        QTest::newRow("a key given outright wins")
            << u"good"_s << u"good"_s << true << encryptionKey('e') << encryptionKey('e')
            << QString() << QString();
        QTest::newRow("a key given outright must be 32 bytes")
            << u"good"_s << u"good"_s << true << QByteArray(31, 'e') << QByteArray() << QString()
            << ErrorCode::BadKey;
        QTest::newRow("no root to check with") << u"good"_s << u"good"_s << false << QByteArray()
                                               << QByteArray() << QString() << ErrorCode::NoKey;
        QTest::newRow("nothing the root signed")
            << u"otherRoot"_s << u"otherRoot"_s << true << QByteArray() << QByteArray()
            << u"given"_s << ErrorCode::BadSignature;
        QTest::newRow("no bundle at all") << u"none"_s << u"none"_s << true << QByteArray()
                                          << QByteArray() << QString() << ErrorCode::NoKey;
    }

    void sealingKey()
    {
        QFETCH(QString, served);
        QFETCH(QString, given);
        QFETCH(bool, withRoot);
        QFETCH(QByteArray, explicitKey);
        QFETCH(QByteArray, expectedKey);
        QFETCH(QString, expectedSource);
        QFETCH(QString, expectedCode);
        QTemporaryDir dir;
        const DeviceFolder folder(dir.filePath(u"device"_s));
        QVERIFY(folder.create());
        const QString givenFile = dir.filePath(u"shipped-key-bundle.json"_s);
        QVERIFY(writeBundle(served, encryptionKey('s'), folder.keyBundleFile()));
        QVERIFY(writeBundle(given, encryptionKey('g'), givenFile));

        DeviceFolder::SealingInputs inputs;
        if (!explicitKey.isEmpty())
            inputs.laPublicKey = explicitKey;
        if (withRoot)
            inputs.pinnedRoot = m_root.publicKey;
        inputs.givenKeyBundle = givenFile;
        const auto key = folder.sealingKey(inputs, today);
        if (!expectedCode.isEmpty()) {
            QVERIFY(!key.ok());
            QCOMPARE(key.error().code, expectedCode);
            // The problem names the last bundle tried.
            if (expectedSource == u"given"_s)
                QVERIFY2(key.error().message.contains(givenFile), qPrintable(key.error().message));
            return;
        }
        QVERIFY2(key.ok(), qPrintable(problem(key)));
        QCOMPARE(key->publicKey, expectedKey);
        const QString source = expectedSource == u"served"_s ? folder.keyBundleFile()
            : expectedSource == u"given"_s                   ? givenFile
                                                             : QString();
        QCOMPARE(key->source, source);
    }

    // Only a bundle the pinned root signed is kept; anything else leaves the folder untouched.
    void keepKeyBundle_data()
    {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<bool>("withRoot");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("signed by the pinned root") << u"good"_s << true << QString();
        QTest::newRow("unsigned") << u"garbage"_s << true << ErrorCode::NotSigned;
        QTest::newRow("signed by another root") << u"otherRoot"_s << true << ErrorCode::NotSigned;
        QTest::newRow("no root to check with") << u"good"_s << false << ErrorCode::NoRoot;
    }

    void keepKeyBundle()
    {
        QFETCH(QString, bundle);
        QFETCH(bool, withRoot);
        QFETCH(QString, expectedCode);
        QTemporaryDir dir;
        const DeviceFolder folder(dir.filePath(u"device"_s));
        const QString source = dir.filePath(u"bundle.json"_s);
        QVERIFY(writeBundle(bundle, encryptionKey('s'), source));
        const QByteArray bytes = readFile(source);
        const auto kept = folder.keepKeyBundle(bytes, withRoot ? m_root.publicKey : QByteArray());
        if (expectedCode.isEmpty()) {
            QVERIFY2(kept.ok(), qPrintable(problem(kept)));
            QCOMPARE(readFile(folder.keyBundleFile()), bytes);
            QCOMPARE(modeOf(folder.path()), 0700);
        } else {
            QVERIFY(!kept.ok());
            QCOMPARE(kept.error().code, expectedCode);
            QVERIFY(!QFile::exists(folder.keyBundleFile()));
        }
    }

    // A damaged outbox is moved aside with a notice and a fresh one opened in its place.
    void damagedOutboxMovedAside()
    {
        QTemporaryDir dir;
        const DeviceFolder folder(dir.path());
        QVERIFY(writeFile(folder.outboxFile(), QByteArray(9000, '\x5a')));
        auto opened = folder.openOutbox();
        QVERIFY2(opened.ok(), qPrintable(problem(opened)));
        QCOMPARE(opened->notices.size(), 1);
        QVERIFY(opened->notices.first().contains(folder.outboxFile()));
        QVERIFY(opened->notices.first().contains(u".corrupt-"_s));
        QCOMPARE(opened->store->totalCount().value(), 0);
        QCOMPARE(QDir(dir.path()).entryList({ u"outbox.db.corrupt-*"_s }).size(), 1);
    }

private:
    bool writeBundle(const QString &kind, const QByteArray &key, const QString &path) const
    {
        if (kind == u"none"_s)
            return true;
        if (kind == u"garbage"_s)
            return writeFile(path, "{\"bundle\": \"not a bundle\"}");
        const Root &root = kind == u"otherRoot"_s ? m_otherRoot : m_root;
        const QDate from = kind == u"expired"_s ? QDate(2020, 1, 1) : QDate(2026, 1, 1);
        const QDate until = kind == u"expired"_s ? QDate(2020, 12, 31) : QDate(2030, 12, 31);
        return writeFile(path, signedBundle(root, key, from, until));
    }

    Root m_root;
    Root m_otherRoot;
};

QTEST_GUILESS_MAIN(TestDeviceFolder)
#include "tst_devicefolder.moc"
