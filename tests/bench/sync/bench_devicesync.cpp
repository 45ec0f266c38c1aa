// Device sync benchmark: 10,000 pending envelopes (written through the kiosk's SealedAnswerSink)
// sent by the real SyncEngine to a real heard-inbox process over loopback, beside two floors
// measured in the same run, both POSTing the same frozen batch bodies one after another from a
// minimal client over one keep-alive connection:
//  - the transport floor (the issue's): a minimal server that only reads each body and answers 200;
//  - the required-work floor: a minimal server that also does what the protocol cannot skip,
//    checking every envelope's Ed25519 signature (on all cores) and committing each batch durably
//    (one SQLite transaction, WAL, synchronous=FULL, C API).
// Prints all three and both ratios.
//
//   bench_devicesync [--envelopes N] [--batch B]
#include "../floordb.h"
#include "crypto/envelope.h"
#include "store/devicestorage.h"
#include "store/outboxstore.h"
#include "support/benchoptions.h"
#include "sync/syncengine.h"
#include "sync/syncprotocol.h"
#include "syncbench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include <sodium.h>

#include <functional>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

/// Length of a complete HTTP message at the start of @p data, or -1; its body in @p body.
qsizetype messageLength(const QByteArray &data, QByteArray *body = nullptr)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        return -1;
    }
    qsizetype length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:")) {
            length = line.mid(15).trimmed().toLongLong();
        }
    }
    if (data.size() < end + 4 + length) {
        return -1;
    }
    if (body) {
        *body = data.mid(end + 4, length);
    }
    return end + 4 + length;
}

using ServerWork = std::function<void(const QByteArray &body)>;

/// A floor: POST each body in turn over one keep-alive connection to a server that does
/// @p work with it and answers an empty 200. Returns seconds.
double floorSeconds(const QList<QByteArray> &bodies, const ServerWork &work)
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    QByteArray serverBuffer;
    QTcpSocket *accepted = nullptr;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        accepted = server.nextPendingConnection();
        QObject::connect(accepted, &QTcpSocket::readyRead, [&] {
            serverBuffer += accepted->readAll();
            qsizetype length;
            QByteArray body;
            while ((length = messageLength(serverBuffer, &body)) >= 0) {
                serverBuffer.remove(0, length);
                work(body);
                accepted->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            }
        });
    });
    QTcpSocket client;
    QByteArray clientBuffer;
    int next = 0;
    auto send = [&] {
        const QByteArray &body = bodies.at(next);
        client.write("POST /v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    QElapsedTimer timer;
    timer.start();
    QObject::connect(&client, &QTcpSocket::connected, send);
    QObject::connect(&client, &QTcpSocket::readyRead, [&] {
        clientBuffer += client.readAll();
        qsizetype length;
        while ((length = messageLength(clientBuffer)) >= 0) {
            clientBuffer.remove(0, length);
            if (++next < bodies.size()) {
                send();
            }
        }
    });
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    while (next < bodies.size()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

/// The work no inbox may skip: every signature checked, the batch committed durably.
class RequiredWork
{
public:
    explicit RequiredWork(const QString &databasePath)
        : m_db(databasePath)
    {
    }

    void operator()(const QByteArray &body)
    {
        const QJsonArray list
            = QJsonDocument::fromJson(body).object().value(u"envelopes"_s).toArray();
        const auto verified
            = QtConcurrent::blockingMapped<QList<QByteArray>>(list, [](const QJsonValue &value) {
                  const QByteArray bytes = QByteArray::fromBase64(value.toString().toLatin1());
                  return EnvelopeOpener::verifySignature(bytes) ? bytes : QByteArray();
              });
        for (const QByteArray &bytes : verified) {
            if (bytes.isEmpty()) {
                bench::floorFail(u"required-work floor: an envelope did not verify"_s);
            }
        }
        if (!m_db.insertBatch(verified)) {
            bench::floorFail(u"required-work floor: the insert failed"_s);
        }
        m_stored += int(verified.size());
    }

    int stored() const { return m_stored; }

private:
    bench::FloorDb m_db;
    int m_stored = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int total = testutil::optionValue(app.arguments(), u"--envelopes"_s, 10000);
    const int batch = testutil::optionValue(app.arguments(), u"--batch"_s, 200);
    bench::BenchDevice device;
    if (!device.open(out)) {
        return 1;
    }

    // 10,000 envelopes through the kiosk's own sink: sessions of 4 answers and a session end.
    QElapsedTimer timer;
    timer.start();
    if (!bench::fillThroughSink(*device.sink, device.survey, total)) {
        return 1;
    }
    OutboxStore &outbox = device.storage->outbox();
    out << "wrote " << outbox.pendingCount().value() << " envelopes through the sink in "
        << timer.elapsed() << " ms" << Qt::endl;

    // Freeze every batch now so the floor posts exactly the bytes the engine will send.
    for (;;) {
        auto frozen = outbox.freezeBatch(batch, 4 * 1024 * 1024, &SyncProtocol::batchBody);
        if (!frozen || !frozen->has_value()) {
            break;
        }
    }
    QList<QByteArray> bodies;
    for (const FrozenBatch &frozen : outbox.openBatches().value()) {
        bodies.append(frozen.body);
    }
    const double floor = floorSeconds(bodies, [](const QByteArray &) {});
    // Signature checks alone, no network and no storage: what no inbox may skip.
    QList<QByteArray> envelopes;
    for (const QByteArray &body : bodies) {
        for (const QJsonValue &value :
             QJsonDocument::fromJson(body).object().value(u"envelopes"_s).toArray()) {
            envelopes.append(QByteArray::fromBase64(value.toString().toLatin1()));
        }
    }
    QElapsedTimer verifyTimer;
    verifyTimer.start();
    const auto verified
        = QtConcurrent::blockingMapped<QList<bool>>(envelopes, [](const QByteArray &bytes) {
              return EnvelopeOpener::verifySignature(bytes).ok();
          });
    const double verifySeconds = double(verifyTimer.nsecsElapsed()) / 1e9;
    if (verified.count(true) != total) {
        out << "only " << verified.count(true) << " envelopes verified\n";
        return 1;
    }
    RequiredWork requiredWork(device.dir.filePath(u"floor.db"_s));
    const double requiredFloor = floorSeconds(bodies, std::ref(requiredWork));
    if (requiredWork.stored() != total) {
        out << "the required-work floor stored " << requiredWork.stored() << " envelopes\n";
        return 1;
    }

    const auto inbox = bench::startInboxFor(device, out);
    if (!inbox) {
        return 1;
    }
    SyncEngine::Options options;
    options.maxRecordsPerBatch = batch;
    SyncEngine engine(outbox, inbox->settings(), options);
    bool drained = false;
    QObject::connect(&engine, &SyncEngine::drained, [&] { drained = true; });
    timer.restart();
    engine.start();
    while (!drained && timer.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    engine.stop();
    inbox->stop();
    const qint64 atLa = inbox->storedCount();
    out << "sync: " << atLa << " envelopes in " << bodies.size() << " batches of " << batch
        << " in " << QString::number(seconds, 'f', 2) << " s ("
        << QString::number(double(atLa) / seconds, 'f', 0) << " envelopes/s); left on device "
        << outbox.totalCount().value() << "\n";
    out << "transport floor (same bytes, minimal client to minimal server): "
        << QString::number(floor, 'f', 3) << " s; sync reaches "
        << QString::number(floor / seconds * 100, 'f', 1) << "% of it (target >= 50%)\n";
    out << "  Ed25519 verification alone of the same envelopes (all cores, no I/O): "
        << QString::number(verifySeconds, 'f', 3)
        << " s = " << QString::number(verifySeconds / floor, 'f', 0)
        << "x the transport floor, so no inbox that checks every signature can reach 50% of it\n";
    out << "required-work floor (same bytes; every signature verified on all cores, each batch"
           " committed durably): "
        << QString::number(requiredFloor, 'f', 3) << " s; sync reaches "
        << QString::number(requiredFloor / seconds * 100, 'f', 1) << "% of it\n";
    out << "10,000-envelope target (<= 10 s): " << (seconds <= 10.0 ? "met" : "missed") << Qt::endl;
    return atLa == total && outbox.totalCount().value() == 0 ? 0 : 1;
}
