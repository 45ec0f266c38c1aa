// The LA's secret key file: passphrase-protected, wrong passphrase reported as such, rotation keeps
// old keys usable.
#include "crypto/envelope.h"
#include "crypto/lakeystore.h"
#include "support/envelopeheaders.h"
#include "support/filebytes.h"
#include "util/errorcode.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 11, 27);

EnvelopeHeader header()
{
    return envelopeHeader(EnvelopeKind::Answer, u"children-8-11"_s, 1, Today);
}

DeviceIdentity device()
{
    return DeviceIdentity::fromSeed(QByteArray(32, '\x07')).value();
}

} // namespace

class TestLaKeyStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    /// Where the test at hand keeps its key file: a fresh folder for every test.
    QString storeFile() const { return m_dir->filePath(u"la-secret.json"_s); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void saveAndLoad()
    {
        const QString path = storeFile();
        auto store = LaKeyStore::generate(Today, Today.addYears(2));
        QVERIFY(store.ok());
        QVERIFY(store->save(path, "correct horse", KdfStrength::InteractiveForTestsOnly).ok());
        struct stat st
        {
        };
        QCOMPARE(stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        auto loaded = LaKeyStore::load(path, "correct horse");
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded->rootPublicKey(), store->rootPublicKey());
        QCOMPARE(loaded->encryptionKeys().size(), 1);
        QCOMPARE(loaded->encryptionKeys().at(0).info, store->encryptionKeys().at(0).info);

        // The file holds no secret in the clear.
        const QByteArray text = readFileBytes(path);
        QVERIFY(!text.isEmpty());
        const SecureBytes &secret = store->encryptionKeys().at(0).secretKey;
        const QByteArray raw(reinterpret_cast<const char *>(secret.data()), secret.size());
        QVERIFY(!text.contains(raw.toBase64()));
        QVERIFY(!text.contains(raw.toHex()));
    }

    void wrongPassphrase()
    {
        const QString path = storeFile();
        QVERIFY(LaKeyStore::generate(Today, Today.addYears(1))
                    ->save(path, "right", KdfStrength::InteractiveForTestsOnly)
                    .ok());
        const auto loaded = LaKeyStore::load(path, "wrong");
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(loaded.error().message, u"wrong passphrase"_s);
    }

    void refusesOverwriteWhenAsked()
    {
        const QString path = storeFile();
        auto store = LaKeyStore::generate(Today, Today.addYears(1));
        QVERIFY(store->save(path, "p", KdfStrength::InteractiveForTestsOnly, false).ok());
        QCOMPARE(store->save(path, "p", KdfStrength::InteractiveForTestsOnly, false).error().code,
                 ErrorCode::Exists);
    }

    void refusesReadableFile()
    {
        const QString path = storeFile();
        QVERIFY(LaKeyStore::generate(Today, Today.addYears(1))
                    ->save(path, "p", KdfStrength::InteractiveForTestsOnly)
                    .ok());
        QCOMPARE(chmod(QFile::encodeName(path).constData(), 0644), 0);
        QCOMPARE(LaKeyStore::load(path, "p").error().code, ErrorCode::InsecurePermissions);
    }

    void tamperedEntryIsCorrupt()
    {
        const QString path = storeFile();
        auto store = LaKeyStore::generate(Today, Today.addYears(1));
        QVERIFY(store->save(path, "p", KdfStrength::InteractiveForTestsOnly).ok());
        QByteArray text = readFileBytes(path);
        QVERIFY(!text.isEmpty());
        // Swap the root and encryption public keys' positions: entries no longer match.
        const QByteArray encPublic = store->encryptionKeys().at(0).info.publicKey.toBase64();
        const QByteArray other(32, 'x');
        QVERIFY(text.contains(encPublic));
        text.replace(encPublic, other.toBase64());
        QFile::remove(path);
        QVERIFY(writeFileBytes(path, text));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(LaKeyStore::load(path, "p").error().code, ErrorCode::Corrupt);
    }

    void rotateKeepsOldKeysUsable()
    {
        const QString path = storeFile();
        auto store = LaKeyStore::generate(Today, Today.addYears(2));
        QVERIFY(store->save(path, "p", KdfStrength::InteractiveForTestsOnly).ok());

        // A device seals with the first key...
        const auto firstBundle
            = KeyBundle::verify(store->signedBundle(Today).value(), store->rootPublicKey());
        QVERIFY(firstBundle.ok());
        const LaPublicKey first = firstBundle->sealingKeyFor(Today).value();
        const QByteArray old
            = EnvelopeSealer(device(), first.publicKey).seal(header(), "old").value();

        // ...the LA rotates...
        auto loaded = LaKeyStore::load(path, "p");
        QVERIFY(loaded.ok());
        auto added = loaded.value().addEncryptionKey(Today.addDays(30), Today.addYears(3));
        QVERIFY(added.ok());
        QVERIFY(loaded->save(path, "p", KdfStrength::InteractiveForTestsOnly).ok());

        // ...the new bundle picks the new key once it is valid...
        const auto bundle
            = KeyBundle::verify(loaded->signedBundle(Today).value(), loaded->rootPublicKey());
        QVERIFY(bundle.ok());
        QCOMPARE(bundle->keys().size(), 2);
        QCOMPARE(bundle->sealingKeyFor(Today).value().keyId, first.keyId);
        QCOMPARE(bundle->sealingKeyFor(Today.addDays(30)).value().keyId, added->keyId);
        const QByteArray fresh
            = EnvelopeSealer(device(), added->publicKey).seal(header(), "new").value();

        // ...and both open after reloading.
        auto reloaded = LaKeyStore::load(path, "p");
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->rootPublicKey(), store->rootPublicKey());
        const auto opener = reloaded->opener();
        QVERIFY(opener.ok());
        QCOMPARE(opener->open(old).value().payload, QByteArray("old"));
        QCOMPARE(opener->open(fresh).value().payload, QByteArray("new"));
    }
};

QTEST_GUILESS_MAIN(TestLaKeyStore)
#include "tst_lakeystore.moc"
