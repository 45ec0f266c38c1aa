// TLS between device and inbox: only the CA pinned at enrolment is trusted. Certificates are
// made with the openssl tool into a temporary directory; heard-inbox serves HTTPS itself.
#include "devicefixture.h"
#include "inboxprocess.h"
#include "sync/syncengine.h"
#include "util/errorcode.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestSyncTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    bool openssl(const QStringList &args)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(u"openssl"_s, args);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')),
                     process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    bool makeCa(const QString &name)
    {
        return openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                         u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                         name + u".key"_s, u"-out"_s, name + u".crt"_s, u"-days"_s, u"30"_s,
                         u"-subj"_s, u"/CN=Heard test "_s + name, u"-addext"_s,
                         u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                         u"keyUsage=critical,keyCertSign,cRLSign"_s });
    }

    /// A server certificate for @p san signed by @p ca (or self-signed when @p ca is empty),
    /// valid from @p start to @p end (openssl ca date format YYMMDDHHMMSSZ).
    bool makeServer(const QString &name, const QString &ca, const QString &san,
                    const QString &start = QString(), const QString &end = QString())
    {
        if (!openssl({ u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                       u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                       name + u".key"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s,
                       u"/CN=heard-inbox"_s })) {
            return false;
        }
        QFile ext(m_dir.filePath(name + u".ext"_s));
        if (!ext.open(QIODevice::WriteOnly)) {
            return false;
        }
        ext.write("[ext]\nsubjectAltName=" + san.toLatin1()
                  + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        if (ca.isEmpty()) {
            return openssl({ u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-signkey"_s,
                             name + u".key"_s, u"-out"_s, name + u".crt"_s, u"-days"_s, u"30"_s,
                             u"-extfile"_s, name + u".ext"_s, u"-extensions"_s, u"ext"_s });
        }
        if (start.isEmpty()) {
            return openssl({ u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s,
                             ca + u".crt"_s, u"-CAkey"_s, ca + u".key"_s, u"-CAcreateserial"_s,
                             u"-out"_s, name + u".crt"_s, u"-days"_s, u"30"_s, u"-extfile"_s,
                             name + u".ext"_s, u"-extensions"_s, u"ext"_s });
        }
        // Explicit dates (an expired certificate) need `openssl ca` and a tiny CA database.
        QDir(m_dir.path()).mkpath(name + u"-db"_s);
        QFile(m_dir.filePath(name + u"-db/index.txt"_s)).open(QIODevice::WriteOnly);
        QFile serial(m_dir.filePath(name + u"-db/serial"_s));
        serial.open(QIODevice::WriteOnly);
        serial.write("1000\n");
        serial.close();
        QFile config(m_dir.filePath(name + u".cnf"_s));
        config.open(QIODevice::WriteOnly);
        config.write(
            "[ca]\ndefault_ca=d\n[d]\ndir=" + name.toLatin1()
            + "-db\ndatabase=$dir/index.txt\nserial=$dir/serial\nnew_certs_dir=$dir\n"
              "default_md=sha256\npolicy=p\ncopy_extensions=copy\n[p]\ncommonName=supplied\n"
              "[ext]\nsubjectAltName="
            + san.toLatin1() + "\nbasicConstraints=CA:FALSE\n");
        config.close();
        return openssl({ u"ca"_s, u"-batch"_s, u"-config"_s, name + u".cnf"_s, u"-cert"_s,
                         ca + u".crt"_s, u"-keyfile"_s, ca + u".key"_s, u"-in"_s, name + u".csr"_s,
                         u"-out"_s, name + u".crt"_s, u"-startdate"_s, start, u"-enddate"_s, end,
                         u"-extensions"_s, u"ext"_s, u"-notext"_s });
    }

    QByteArray read(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(makeCa(u"ca"_s));
        QVERIFY(makeCa(u"otherca"_s));
        QVERIFY(makeServer(u"good"_s, u"ca"_s, u"IP:127.0.0.1,DNS:localhost"_s));
        QVERIFY(makeServer(u"wrongca"_s, u"otherca"_s, u"IP:127.0.0.1"_s));
        QVERIFY(makeServer(u"selfsigned"_s, QString(), u"IP:127.0.0.1"_s));
        QVERIFY(makeServer(u"expired"_s, u"ca"_s, u"IP:127.0.0.1"_s, u"200101000000Z"_s,
                           u"200201000000Z"_s));
        QVERIFY(makeServer(u"wronghost"_s, u"ca"_s, u"DNS:inbox.example.org"_s));
    }

    void onlyThePinnedCaIsTrusted_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("why"); ///< in the TLS error, so the refusal is for this reason
        QTest::newRow("signed by the pinned CA") << u"good"_s << true << QString();
        QTest::newRow("wrong CA") << u"wrongca"_s << false << u"issuer certificate"_s;
        QTest::newRow("self-signed") << u"selfsigned"_s << false << u"self-signed"_s;
        QTest::newRow("expired") << u"expired"_s << false << u"expired"_s;
        QTest::newRow("wrong host") << u"wronghost"_s << false << u"host name did not match"_s;
    }
    void onlyThePinnedCaIsTrusted()
    {
        QFETCH(QString, server);
        QFETCH(bool, accepted);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString spec = u"sqlite:"_s + dir.filePath(u"inbox.db"_s);
        InboxProcess inbox;
        QVERIFY(inbox.start(spec,
                            { u"--cert"_s, m_dir.filePath(server + u".crt"_s), u"--key"_s,
                              m_dir.filePath(server + u".key"_s), u"--ca-cert"_s,
                              m_dir.filePath(u"ca.crt"_s) }));
        const QUrl url(u"https://127.0.0.1:%1"_s.arg(inbox.port()));
        const QByteArray pinned = read(u"ca.crt"_s);
        QVERIFY(!pinned.isEmpty());

        // Enrolment trusts only the CA the adult was given.
        const QString dataDir = dir.filePath(u"device"_s);
        auto storage = openThrowawayDevice(dataDir);
        QVERIFY(storage);
        EnrolmentClient client;
        QSignalSpy finished(&client, &EnrolmentClient::finished);
        client.enrol(url, enrolmentCode(spec), storage.value()->devicePublicKey(), pinned, 5000);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), accepted);
        if (!accepted) {
            QCOMPARE(finished.first().at(1).toString(), ErrorCode::Network);
            QVERIFY2(finished.first().at(2).toString().contains(why),
                     qPrintable(finished.first().at(2).toString()));
            auto store = InboxStore::open(spec);
            QCOMPARE(store.value()->devices().value().size(), 0);
        } else {
            QCOMPARE(client.settings().caCertificatePem, pinned);
        }

        // Sync with a pinned CA and a valid token: only the good server gets envelopes.
        SyncSettings settings;
        settings.inboxUrl = url;
        settings.caCertificatePem = pinned;
        settings.token = accepted ? client.settings().token : QByteArray("irrelevant");
        QVERIFY(fillOutbox(*storage.value(), 1, 2));
        SyncEngine::Options options;
        options.backoffBase = 20ms;
        options.backoffCap = 50ms;
        options.transferTimeout = 3000ms;
        SyncEngine engine(storage.value()->outbox(), settings, options);
        QSignalSpy drained(&engine, &SyncEngine::drained);
        QSignalSpy failed(&engine, &SyncEngine::attemptFailed);
        engine.start();
        if (accepted) {
            QVERIFY(drained.wait(10000));
            QCOMPARE(storage.value()->outbox().totalCount().value(), 0);
            QCOMPARE(InboxStore::open(spec).value()->envelopeCount().value(), 3);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 2, 10000);
            QCOMPARE(failed.first().at(0).toString(), ErrorCode::Network);
            QVERIFY(failed.first().at(1).toString().contains(why));
            QCOMPARE(storage.value()->outbox().totalCount().value(), 3);
            QCOMPARE(InboxStore::open(spec).value()->envelopeCount().value(), 0);
        }
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_synctls.moc"
