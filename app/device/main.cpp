// heard-device: the device side of sync without a screen. Every command works on one data
// folder (the kiosk's, DeviceFolder), opened exactly as the kiosk opens it.
#include "crypto/deviceidentity.h"
#include "crypto/privatefile.h"
#include "crypto/publickeyfile.h"
#include "device/devicefolder.h"
#include "store/outboxstore.h"
#include "sync/deviceconfig.h"
#include "sync/enrolmentclient.h"
#include "sync/syncengine.h"
#include "sync/syncprotocol.h"
#include "util/errorcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage()
{
    err() << "usage: heard-device [--data-dir DIR] COMMAND\n"
             "  enrol URL CODE [--ca FILE] [--la-root FILE]\n"
             "                               register this device with an inbox\n"
             "  sync [--timeout S] [--la-root FILE]\n"
             "                               send every pending envelope, then exit\n"
             "  status                       what is waiting to be sent\n"
             "  export DIR                   write frozen batch files for USB transfer\n";
    return 2;
}

// The LA root key from --la-root: empty when not given; std::nullopt (after saying why) when the
// file holds no key.
std::optional<QByteArray> laRoot(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"la-root"_s)) {
        return QByteArray();
    }
    const QByteArray root = heard::readPublicKeyFile(parser.value(u"la-root"_s));
    if (root.isEmpty()) {
        err() << "heard-device: " << parser.value(u"la-root"_s)
              << ": not an LA root public key (32 bytes, raw or base64)\n";
        return std::nullopt;
    }
    return root;
}

// The outbox as the kiosk opens it: a damaged one is moved aside, said so, and replaced.
std::unique_ptr<heard::OutboxStore> openOutbox(const heard::DeviceFolder &folder)
{
    auto opened = folder.openOutbox();
    if (!opened) {
        err() << "heard-device: " << opened.error().message << '\n';
        return {};
    }
    for (const QString &notice : std::as_const(opened.value().notices)) {
        err() << "heard-device: " << notice << '\n';
    }
    return std::move(opened.value().store);
}

int enrol(const heard::DeviceFolder &folder, const QStringList &args,
          const QCommandLineParser &parser)
{
    if (args.size() != 2) {
        return usage();
    }
    const std::optional<QByteArray> root = laRoot(parser);
    if (!root) {
        return 2;
    }
    const QString dataDir = folder.path();
    const QString caFile = parser.value(u"ca"_s);
    auto identity = heard::DeviceIdentity::loadOrCreate(dataDir);
    if (!identity) {
        err() << "heard-device: " << identity.error().message << '\n';
        return 1;
    }
    QByteArray bootstrapCa;
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "heard-device: cannot read " << caFile << '\n';
            return 1;
        }
        bootstrapCa = file.readAll();
    }
    heard::EnrolmentClient client;
    int code = 1;
    QObject::connect(
        &client, &heard::EnrolmentClient::finished,
        [&](bool ok, const QString &errorCode, const QString &message) {
            if (!ok) {
                err() << "heard-device: enrolment failed (" << errorCode << "): " << message
                      << '\n';
            } else if (auto saved = client.settings().save(dataDir); !saved) {
                err() << "heard-device: " << saved.error().message << '\n';
            } else {
                // Kept only when the pinned LA root signed it, as sync keeps it.
                if (auto kept = folder.keepKeyBundle(client.signedKeyBundle(), *root); kept) {
                    out() << "key bundle kept" << Qt::endl;
                } else if (kept.error().code == heard::ErrorCode::NoRoot) {
                    out() << "key bundle not kept (no --la-root to verify it)" << Qt::endl;
                } else {
                    err() << "heard-device: key bundle not kept: " << kept.error().message << '\n';
                }
                out() << "enrolled with " << client.settings().inboxUrl.toString() << " as device "
                      << identity->deviceId() << Qt::endl;
                code = 0;
            }
            QCoreApplication::exit(code);
        });
    client.enrol(QUrl(args.at(0)), args.at(1), identity->publicKey(), bootstrapCa);
    QCoreApplication::exec();
    return code;
}

int sync(const heard::DeviceFolder &folder, int timeoutSeconds, const QCommandLineParser &parser)
{
    const QString dataDir = folder.path();
    auto settings = heard::SyncSettings::load(dataDir);
    if (!settings) {
        err() << "heard-device: " << settings.error().message << '\n';
        return 1;
    }
    auto outbox = openOutbox(folder);
    if (!outbox) {
        return 1;
    }
    heard::SyncEngine::Options options;
    if (parser.isSet(u"backoff-base-ms"_s)) {
        options.backoffBase = std::chrono::milliseconds(parser.value(u"backoff-base-ms"_s).toInt());
    }
    if (parser.isSet(u"backoff-cap-ms"_s)) {
        options.backoffCap = std::chrono::milliseconds(parser.value(u"backoff-cap-ms"_s).toInt());
    }
    if (parser.isSet(u"transfer-timeout-ms"_s)) {
        options.transferTimeout
            = std::chrono::milliseconds(parser.value(u"transfer-timeout-ms"_s).toInt());
    }
    if (parser.isSet(u"batch-size"_s)) {
        options.maxRecordsPerBatch = parser.value(u"batch-size"_s).toInt();
    }
    heard::SyncEngine engine(*outbox, settings.value(), options);
    int code = 1;
    QObject::connect(&engine, &heard::SyncEngine::batchDelivered,
                     [](const QUuid &batch, int deleted, int rejected) {
                         out() << "delivered batch " << heard::SyncProtocol::idText(batch) << ": "
                               << deleted << " deleted, " << rejected << " rejected" << Qt::endl;
                     });
    QObject::connect(&engine, &heard::SyncEngine::attemptFailed,
                     [](const QString &errorCode, const QString &message, qint64 retryIn) {
                         out() << "attempt failed (" << errorCode << "): " << message
                               << "; retrying in " << retryIn << " ms" << Qt::endl;
                     });
    // Once everything is sent, fetch the key bundle and the LA's messages for the kiosk.
    QObject::connect(&engine, &heard::SyncEngine::drained, [&] {
        code = 0;
        engine.stop();
        engine.pullConfig();
    });
    // The key bundle and survey updates are kept only when the LA root key they must be signed
    // by is known (--la-root); messages are kept either way.
    const std::optional<QByteArray> givenRoot = laRoot(parser);
    if (!givenRoot) {
        return 2;
    }
    const QByteArray root = *givenRoot;
    QObject::connect(
        &engine, &heard::SyncEngine::configReceived,
        [&](const QByteArray &bundle, const QJsonArray &messages, const QJsonArray &surveys) {
            const heard::DeviceConfig::Outcome kept
                = heard::DeviceConfig(dataDir, root)
                      .take(root.isEmpty() ? QByteArray() : bundle, messages,
                            root.isEmpty() ? QJsonArray() : surveys);
            out() << "config: " << messages.size() << " messages"
                  << (kept.messagesSaved ? "" : " (could not be saved)");
            if (root.isEmpty()) {
                out() << "; key bundle and survey updates not kept (no --la-root to verify them)";
            } else {
                out() << "; key bundle " << (kept.keyBundleSaved ? "kept" : "not kept") << "; "
                      << kept.surveysSaved << " survey updates kept";
            }
            out() << Qt::endl;
            for (const QString &line : kept.problems) {
                err() << "heard-device: " << line << '\n';
            }
            QCoreApplication::exit(code);
        });
    QObject::connect(&engine, &heard::SyncEngine::configFailed,
                     [&](const QString &errorCode, const QString &message) {
                         out() << "config not fetched (" << errorCode << "): " << message
                               << Qt::endl;
                         QCoreApplication::exit(code);
                     });
    QObject::connect(&engine, &heard::SyncEngine::unauthorized, [&] {
        err() << "heard-device: the inbox does not accept this device's token (revoked or "
                 "unknown); enrol again\n";
        code = 3;
        QCoreApplication::exit(3);
    });
    if (timeoutSeconds > 0) {
        QTimer::singleShot(timeoutSeconds * 1000, [] {
            err() << "heard-device: sync timed out; what was not acknowledged stays queued\n";
            QCoreApplication::exit(1);
        });
    }
    engine.useNetworkHints();
    engine.start();
    QCoreApplication::exec();
    engine.stop();
    return code;
}

int status(const heard::DeviceFolder &folder)
{
    auto outbox = openOutbox(folder);
    if (!outbox) {
        return 1;
    }
    const auto pending = outbox->pendingCount();
    const auto batches = outbox->openBatches();
    const auto rejected = outbox->rejectedCount();
    if (!pending || !batches || !rejected) {
        const heard::Error &error = !pending ? pending.error()
            : !batches                       ? batches.error()
                                             : rejected.error();
        err() << "heard-device: cannot read the outbox: " << error.message << '\n';
        return 1;
    }
    auto settings = heard::SyncSettings::load(folder.path());
    out() << "inbox: " << (settings ? settings->inboxUrl.toString() : u"(not enrolled)"_s) << '\n';
    out() << "pending: " << pending.value() << '\n';
    out() << "frozen batches: " << batches->size() << '\n';
    out() << "rejected (kept): " << rejected.value() << Qt::endl;
    return 0;
}

int exportBatches(const heard::DeviceFolder &folder, const QStringList &args, int batchSize)
{
    if (args.size() != 1) {
        return usage();
    }
    auto outbox = openOutbox(folder);
    if (!outbox) {
        return 1;
    }
    // Freeze everything, exactly as sync would, then write every batch still open. Export never
    // deletes: a later sync (answered "duplicate") or nothing at all removes the records.
    for (;;) {
        auto frozen
            = outbox->freezeBatch(batchSize, 4 * 1024 * 1024, &heard::SyncProtocol::batchBody);
        if (!frozen) {
            err() << "heard-device: " << frozen.error().message << '\n';
            return 1;
        }
        if (!frozen->has_value()) {
            break;
        }
    }
    auto batches = outbox->openBatches();
    if (!batches) {
        err() << "heard-device: " << batches.error().message << '\n';
        return 1;
    }
    QDir().mkpath(args.at(0));
    for (const heard::FrozenBatch &batch : batches.value()) {
        const QString path
            = QDir(args.at(0))
                  .filePath(heard::SyncProtocol::idText(batch.batchId) + u".heardbatch"_s);
        if (auto written = heard::writeFileAtomically(path, batch.body); !written) {
            err() << "heard-device: " << written.error().message << '\n';
            return 1;
        }
    }
    out() << "exported " << batches->size() << " batch files to " << args.at(0) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"heard-device"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { u"data-dir"_s, u"The kiosk's data directory."_s, u"DIR"_s },
        { u"ca"_s, u"enrol: the CA certificate (PEM) to trust for first contact."_s, u"FILE"_s },
        { u"timeout"_s, u"sync: give up after S seconds (default 600)."_s, u"S"_s },
        { u"backoff-base-ms"_s, u"sync: first backoff ceiling."_s, u"MS"_s },
        { u"backoff-cap-ms"_s, u"sync: largest backoff."_s, u"MS"_s },
        { u"transfer-timeout-ms"_s, u"sync: per-request transfer timeout."_s, u"MS"_s },
        { u"batch-size"_s, u"sync, export: envelopes per batch (default 200)."_s, u"N"_s },
        { u"la-root"_s,
          u"enrol, sync: the LA root public key; with it the key bundle and survey updates the "
          u"inbox sends are verified and kept."_s,
          u"FILE"_s },
    });
    parser.addPositionalArgument(u"command"_s, u"enrol | sync | status | export"_s);
    parser.process(app);
    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        return usage();
    }
    const heard::DeviceFolder folder(parser.isSet(u"data-dir"_s)
                                         ? parser.value(u"data-dir"_s)
                                         : heard::DeviceFolder::defaultPath());
    const QString command = args.takeFirst();
    if (command == u"enrol"_s) {
        return enrol(folder, args, parser);
    }
    if (command == u"sync"_s) {
        return sync(folder, parser.isSet(u"timeout"_s) ? parser.value(u"timeout"_s).toInt() : 600,
                    parser);
    }
    if (command == u"status"_s) {
        return status(folder);
    }
    if (command == u"export"_s) {
        return exportBatches(folder, args,
                             parser.isSet(u"batch-size"_s) ? parser.value(u"batch-size"_s).toInt()
                                                           : 200);
    }
    return usage();
}
