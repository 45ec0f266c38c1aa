// The device key: created once with mode 0600, reloaded unchanged, refused when others can read it.
#include "crypto/deviceidentity.h"
#include "util/errorcode.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <sys/stat.h>

using namespace heard;
using namespace Qt::StringLiterals;

class TestDeviceIdentity : public QObject
{
    Q_OBJECT

private slots:
    void createsWithMode0600()
    {
        QTemporaryDir dir;
        auto identity = DeviceIdentity::loadOrCreate(dir.path());
        QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
        QCOMPARE(identity->publicKey().size(), 32);
        struct stat st
        {
        };
        QCOMPARE(stat(QFile::encodeName(dir.filePath(u"device.key"_s)).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void createsMissingFolder()
    {
        QTemporaryDir dir;
        QVERIFY(DeviceIdentity::loadOrCreate(dir.filePath(u"a/b"_s)).ok());
        QVERIFY(QFile::exists(dir.filePath(u"a/b/device.key"_s)));
    }

    void reloadGivesTheSameKey()
    {
        QTemporaryDir dir;
        const auto first = DeviceIdentity::loadOrCreate(dir.path());
        const auto second = DeviceIdentity::loadOrCreate(dir.path());
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second->publicKey(), first->publicKey());
        QCOMPARE(second->deviceId(), first->deviceId());
        QCOMPARE(first->deviceId().size(), 32);
        // The reloaded secret key signs for the same public key.
        const QByteArray message("hello");
        const QByteArray signature = second->sign(message);
        QCOMPARE(crypto_sign_verify_detached(
                     reinterpret_cast<const uchar *>(signature.constData()),
                     reinterpret_cast<const uchar *>(message.constData()), message.size(),
                     reinterpret_cast<const uchar *>(first->publicKey().constData())),
                 0);
    }

    void differentFoldersDifferentKeys()
    {
        QTemporaryDir a, b;
        QVERIFY(DeviceIdentity::loadOrCreate(a.path())->publicKey()
                != DeviceIdentity::loadOrCreate(b.path())->publicKey());
    }

    void refusesReadableByOthers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("world-readable") << 0604;
        QTest::newRow("group-readable") << 0640;
        QTest::newRow("group-writable") << 0620;
        QTest::newRow("0644") << 0644;
    }

    void refusesReadableByOthers()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        QVERIFY(DeviceIdentity::loadOrCreate(dir.path()).ok());
        const QByteArray path = QFile::encodeName(dir.filePath(u"device.key"_s));
        QCOMPARE(chmod(path.constData(), mode_t(mode)), 0);
        const auto loaded = DeviceIdentity::loadOrCreate(dir.path());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::InsecurePermissions);
        QVERIFY(loaded.error().message.contains(u"chmod 600"_s));
    }

    void refusesDamagedFile()
    {
        QTemporaryDir dir;
        QVERIFY(DeviceIdentity::loadOrCreate(dir.path()).ok());
        QFile file(dir.filePath(u"device.key"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("heard-device-key-v1 AAAA\n");
        file.close();
        const auto loaded = DeviceIdentity::loadOrCreate(dir.path());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "tst_deviceidentity.moc"
