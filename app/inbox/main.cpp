// heard-inbox: receives sealed envelopes from enrolled kiosks (docs/sync-protocol.md). It never
// holds a secret key: it checks signatures and stores ciphertext.
#include "inbox/inboxservice.h"
#include "inbox/inboxstore.h"
#include "crypto/keybundle.h"
#include "inboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"heard-inbox"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The LA's inbox for sealed Heard envelopes."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"listen"_s, u"Address and port, e.g. 127.0.0.1:8080 (port 0: any free port)."_s,
          u"ADDR:PORT"_s },
        { u"db"_s, u"sqlite:PATH or postgres:postgresql://USER:PASS@HOST:PORT/DB"_s, u"SPEC"_s },
        { u"cert"_s, u"TLS certificate (PEM) to serve HTTPS directly."_s, u"FILE"_s },
        { u"key"_s, u"TLS private key (PEM) for --cert."_s, u"FILE"_s },
        { u"key-bundle"_s, u"The signed LA key bundle handed to devices."_s, u"FILE"_s },
        { u"ca-cert"_s, u"The CA certificate (PEM) devices pin at enrolment."_s, u"FILE"_s },
        { u"max-body-bytes"_s, u"Largest accepted request body (default 8 MiB)."_s, u"N"_s },
        { u"max-envelopes"_s, u"Most envelopes per batch (default 500)."_s, u"N"_s },
    });
    parser.process(app);

    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const quint16 port = colon > 0 ? listen.mid(colon + 1).toUShort(&portOk) : 0;
    const QHostAddress address(listen.left(colon));
    if (!portOk || address.isNull() || !parser.isSet(u"db"_s)) {
        err << "usage: heard-inbox --listen ADDR:PORT --db sqlite:PATH|postgres:URL"
               " [--cert F --key F] [--key-bundle F] [--ca-cert F]\n";
        return 2;
    }

    auto store = heard::InboxStore::open(parser.value(u"db"_s));
    if (!store) {
        err << "heard-inbox: " << store.error().message << '\n';
        return 1;
    }
    bool ok = true;
    QByteArray bundle;
    QByteArray caPem;
    if (parser.isSet(u"key-bundle"_s)
        && (bundle = readFile(parser.value(u"key-bundle"_s), &ok), !ok)) {
        err << "heard-inbox: cannot read the key bundle\n";
        return 1;
    }
    if (parser.isSet(u"key-bundle"_s)) {
        // Refuse a wrong file now rather than hand it to every device, which would refuse it.
        if (auto parsed = heard::KeyBundle::readUnverified(bundle); !parsed) {
            err << "heard-inbox: " << parser.value(u"key-bundle"_s) << ": "
                << parsed.error().message << '\n';
            return 1;
        }
    }
    if (parser.isSet(u"ca-cert"_s) && (caPem = readFile(parser.value(u"ca-cert"_s), &ok), !ok)) {
        err << "heard-inbox: cannot read the CA certificate\n";
        return 1;
    }
    heard::InboxLimits limits;
    if (parser.isSet(u"max-body-bytes"_s)) {
        limits.maxBodyBytes = parser.value(u"max-body-bytes"_s).toLongLong();
    }
    if (parser.isSet(u"max-envelopes"_s)) {
        limits.maxEnvelopes = parser.value(u"max-envelopes"_s).toInt();
    }
    heard::InboxService service(*store.value(), bundle, caPem, limits);
    heard::InboxServer server(service);

    if (parser.isSet(u"cert"_s) != parser.isSet(u"key"_s)) {
        err << "heard-inbox: --cert and --key go together\n";
        return 2;
    }
    if (parser.isSet(u"cert"_s)) {
        const QByteArray certPem = readFile(parser.value(u"cert"_s), &ok);
        const QByteArray keyPem = ok ? readFile(parser.value(u"key"_s), &ok) : QByteArray();
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        const QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (!ok || chain.isEmpty() || (key.isNull() && ecKey.isNull())) {
            err << "heard-inbox: cannot read the TLS certificate or key\n";
            return 1;
        }
        server.useTls(chain.first(), key.isNull() ? ecKey : key);
    }
    const quint16 bound = server.listen(address, port);
    if (bound == 0) {
        err << "heard-inbox: cannot listen on " << listen << '\n';
        return 1;
    }
    // Tests and scripts read the real port from this line.
    out << "heard-inbox listening on " << address.toString() << ':' << bound
        << (parser.isSet(u"cert"_s) ? " (https)" : " (http)") << Qt::endl;
    return app.exec();
}
