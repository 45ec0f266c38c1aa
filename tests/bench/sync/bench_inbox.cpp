// Inbox load benchmark: N concurrent simulated devices (default 200) upload M envelopes (default
// 50,000) in batches to one real heard-inbox process over loopback, on SQLite and, when
// HEARD_TEST_PG_URL is set, on PostgreSQL. Prints throughput, p50/p99 batch latency, and the
// floor measured in the same run: the raw Ed25519 verification rate of the same envelopes on all
// cores (the inbox must verify every one, and spreads that over the cores), with the ratio. Checks
// none lost or duplicated, and counts the connections dropped on the way, with the kernel's
// listen-overflow and reset counters.
//
//   bench_inbox [--devices N] [--envelopes M] [--batch B]
#include "../../sync/inboxtestdb.h"
#include "crypto/deviceidentity.h"
#include "crypto/envelope.h"
#include "inbox/inboxservice.h"
#include "inbox/inboxstore.h"
#include "support/benchoptions.h"
#include "support/benchstats.h"
#include "sync/syncprotocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <sodium.h>

#include <algorithm>
#include <cstdio>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

struct Device
{
    QByteArray token;
    QList<QByteArray> bodies; ///< frozen batch bodies
    QList<QUuid> batchIds;
};

/// One keep-alive HTTP/1.1 connection sending a device's batches one after another.
class DeviceClient : public QObject
{
public:
    DeviceClient(const Device &device, quint16 port, QList<double> &latencies, int &done,
                 int &stored, int &failures)
        : m_device(device)
        , m_port(port)
        , m_latencies(latencies)
        , m_done(done)
        , m_stored(stored)
        , m_failures(failures)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_connected = true;
            sendNext();
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onData(); });
        // A dropped connection is what a real device meets too: reconnect and resend the same
        // batch under the same idempotency key (the inbox replays it if it was stored).
        // Qt reports a peer's reset and its orderly close alike (RemoteHostClosedError), so the
        // bench tells only "lost after connecting" from "never connected"; the kernel counters
        // printed with the figures say which it was.
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { retry(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { retry(); });
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    }

    static inline int reconnects = 0;
    // Why connections were lost before their device finished (each one cost a reconnect).
    static inline int lostConnected = 0;
    static inline int connectFailures = 0;

    bool finished() const { return m_next >= m_device.bodies.size(); }
    QString state() const
    {
        return u"next=%1/%2 socket=%3 buffered=%4"_s.arg(m_next)
            .arg(m_device.bodies.size())
            .arg(int(m_socket.state()))
            .arg(m_buffer.size());
    }

private:
    void retry()
    {
        if (finished() || m_retrying) {
            return;
        }
        m_retrying = true;
        ++reconnects;
        ++(m_connected ? lostConnected : connectFailures);
        m_connected = false;
        m_buffer.clear();
        QTimer::singleShot(50, this, [this] {
            m_retrying = false;
            m_socket.abort();
            m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        });
    }

    void sendNext()
    {
        const QByteArray &body = m_device.bodies.at(m_next);
        QByteArray request = "POST /v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/json\r\nAuthorization: Bearer "
            + m_device.token + "\r\nIdempotency-Key: "
            + SyncProtocol::idText(m_device.batchIds.at(m_next)).toLatin1()
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_timer.start();
        m_socket.write(request);
    }

    void onData()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray &line : m_buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (m_buffer.size() < end + 4 + length) {
            return;
        }
        m_latencies.append(double(m_timer.nsecsElapsed()) / 1e6);
        const bool ok = m_buffer.startsWith("HTTP/1.1 200");
        const QByteArray body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        if (!ok) {
            ++m_failures;
        } else {
            const QJsonArray results
                = QJsonDocument::fromJson(body).object().value(u"results"_s).toArray();
            for (const QJsonValue &r : results) {
                m_stored += r.toObject().value(u"status"_s).toString() == u"stored"_s ? 1 : 0;
            }
        }
        ++m_next;
        if (finished()) {
            ++m_done;
            m_socket.disconnectFromHost();
            return;
        }
        sendNext();
    }

    const Device &m_device;
    quint16 m_port;
    QList<double> &m_latencies;
    int &m_done;
    int &m_stored;
    int &m_failures;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    int m_next = 0;
    bool m_retrying = false;
    bool m_connected = false;
};

/// TCP counters of this network namespace from /proc/net/{netstat,snmp}: the kernel's own count
/// of dropped or reset connections. System-wide, so another program's traffic adds to them too.
QMap<QString, qint64> tcpCounters()
{
    QMap<QString, qint64> counters;
    for (const char *path : { "/proc/net/netstat", "/proc/net/snmp" }) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); i += 2) {
            const QList<QByteArray> names = lines.at(i).simplified().split(' ');
            const QList<QByteArray> values = lines.at(i + 1).simplified().split(' ');
            for (qsizetype n = 1; n < names.size() && n < values.size(); ++n) {
                counters.insert(QString::fromLatin1(names.at(0) + names.at(n)),
                                values.at(n).toLongLong());
            }
        }
    }
    return counters;
}

/// Runs the load against one database; returns false when anything was lost or duplicated.
bool runLoad(const QString &label, const QString &givenSpec,
             const QList<DeviceIdentity> &identities, const QList<QList<QByteArray>> &envelopes,
             int batchSize, double verifyRate)
{
    QTextStream out(stdout);
    // An empty database: a new file, or a PostgreSQL schema of this run's own.
    const QString spec = testutil::freshInboxSpec(givenSpec);
    auto store = InboxStore::open(spec);
    if (!store) {
        out << label << ": cannot open " << spec << '\n';
        return false;
    }
    // Enrol every device straight into the database, as heard-admin enrol-code + enrol would.
    InboxService service(*store.value(), {}, {});
    QList<Device> devices(identities.size());
    int total = 0;
    for (qsizetype d = 0; d < identities.size(); ++d) {
        const QString code = service.createEnrolmentCode().value();
        const ServiceReply reply = service.enrol(
            QJsonDocument(
                QJsonObject { { u"code"_s, code },
                              { u"devicePublicKey"_s,
                                QString::fromLatin1(identities.at(d).publicKey().toBase64()) } })
                .toJson());
        devices[d].token
            = QJsonDocument::fromJson(reply.body).object().value(u"token"_s).toString().toLatin1();
        for (qsizetype i = 0; i < envelopes.at(d).size(); i += batchSize) {
            const QUuid id = QUuid::createUuid();
            devices[d].batchIds.append(id);
            devices[d].bodies.append(
                SyncProtocol::batchBody(id, envelopes.at(d).mid(i, batchSize)));
        }
        total += int(envelopes.at(d).size());
    }
    store.value().reset();

    QProcess inbox;
    inbox.start(QStringLiteral(HEARD_BIN_DIR "/heard-inbox"),
                { u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, spec });
    quint16 port = 0;
    QByteArray banner;
    while (port == 0 && inbox.waitForReadyRead(10000)) {
        banner += inbox.readAllStandardOutput();
        const auto match = QRegularExpression(u":(\\d+) \\("_s).match(QString::fromLatin1(banner));
        if (match.hasMatch()) {
            port = quint16(match.captured(1).toUInt());
        }
    }
    if (port == 0) {
        out << label << ": heard-inbox did not start\n";
        return false;
    }
    // Keep the inbox's log lines from filling its pipe; keep any that is not a batch's summary.
    QByteArrayList unusual;
    int unusualCount = 0;
    QByteArray partial;
    QObject::connect(&inbox, &QProcess::readyReadStandardError, &inbox, [&] {
        partial += inbox.readAllStandardError();
        const qsizetype end = partial.lastIndexOf('\n');
        if (end < 0) {
            return;
        }
        for (const QByteArray &line : partial.left(end).split('\n')) {
            // The inbox logs under its category (heard.inbox), one summary line per batch.
            const QByteArray message = line.startsWith("heard.inbox: ") ? line.mid(13) : line;
            if (!message.startsWith("batch: ") || message.contains("error")
                || message.contains("racing")) {
                ++unusualCount;
                if (unusual.size() < 3) {
                    unusual.append(line);
                }
            }
        }
        partial.remove(0, end + 1);
    });

    DeviceClient::reconnects = 0;
    DeviceClient::lostConnected = 0;
    DeviceClient::connectFailures = 0;
    const QMap<QString, qint64> kernelBefore = tcpCounters();
    QList<double> latencies;
    int done = 0;
    int stored = 0;
    int failures = 0;
    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<DeviceClient>> clients;
    for (const Device &device : devices) {
        clients.push_back(
            std::make_unique<DeviceClient>(device, port, latencies, done, stored, failures));
    }
    QTimer tick; // wakes the loop so a stall is noticed
    tick.start(1000);
    qsizetype lastProgress = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    while (done < devices.size() && wall.elapsed() < 600000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (latencies.size() != lastProgress) {
            lastProgress = latencies.size();
            sinceProgress.restart();
        } else if (sinceProgress.elapsed() > 10000) {
            out << label << ": STALLED after " << lastProgress << " batches; stuck clients:\n";
            int shown = 0;
            for (const auto &client : clients) {
                if (!client->finished() && shown++ < 5) {
                    out << "  " << client->state() << '\n';
                }
            }
            break;
        }
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const QMap<QString, qint64> kernelAfter = tcpCounters();
    const auto kernel
        = [&](const QString &name) { return kernelAfter.value(name) - kernelBefore.value(name); };
    clients.clear();
    inbox.kill();
    inbox.waitForFinished();

    auto check = InboxStore::open(spec);
    const qint64 atLa = check ? check.value()->envelopeCount().value() : -1;
    const double rate = double(total) / seconds;
    out << label << ": " << devices.size() << " devices, " << total << " envelopes in "
        << latencies.size() << " batches of " << batchSize << ": "
        << QString::number(seconds, 'f', 2) << " s, " << QString::number(rate, 'f', 0)
        << " envelopes/s; batch latency p50 "
        << QString::number(testutil::percentile(latencies, 0.50), 'f', 1) << " ms, p99 "
        << QString::number(testutil::percentile(latencies, 0.99), 'f', 1)
        << " ms; floor (signature checks) " << QString::number(verifyRate, 'f', 0) << "/s, ratio "
        << QString::number(rate / verifyRate * 100, 'f', 0) << "% of the floor\n";
    out << label << ": stored " << stored << ", at the LA " << atLa << ", failed batches "
        << failures << ", reconnects " << DeviceClient::reconnects
        << (atLa == total && stored == total && failures == 0 ? " (none lost or duplicated)"
                                                              : " MISMATCH")
        << '\n';
    out << label << ": connections dropped " << DeviceClient::reconnects << " (after connecting "
        << DeviceClient::lostConnected << ", connect failed " << DeviceClient::connectFailures
        << "); kernel, system-wide: listen overflows " << kernel(u"TcpExt:ListenOverflows"_s)
        << ", SYN cookies sent " << kernel(u"TcpExt:SyncookiesSent"_s) << " failed "
        << kernel(u"TcpExt:SyncookiesFailed"_s) << ", established resets "
        << kernel(u"Tcp:EstabResets"_s) << "; inbox log lines other than batch summaries "
        << unusualCount << '\n';
    for (const QByteArray &line : std::as_const(unusual)) {
        out << label << ":   inbox: " << QString::fromUtf8(line) << '\n';
    }
    out.flush();
    return atLa == total && stored == total && failures == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int deviceCount = testutil::optionValue(args, u"--devices"_s, 200);
    const int envelopeCount = testutil::optionValue(args, u"--envelopes"_s, 50000);
    const int batchSize = testutil::optionValue(args, u"--batch"_s, 50);
    if (sodium_init() < 0) {
        return 1;
    }

    // Real envelopes: each device seals and signs its share.
    QElapsedTimer timer;
    timer.start();
    unsigned char laPublic[crypto_box_PUBLICKEYBYTES];
    unsigned char laSecret[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(laPublic, laSecret);
    const QByteArray laKey(reinterpret_cast<const char *>(laPublic), sizeof laPublic);
    QList<DeviceIdentity> identities;
    QList<QList<QByteArray>> envelopes(deviceCount);
    QList<QByteArray> all;
    for (int d = 0; d < deviceCount; ++d) {
        QByteArray seed(32, char(0));
        seed[0] = char(d & 0xff);
        seed[1] = char(d >> 8);
        identities.append(DeviceIdentity::fromSeed(seed).value());
        EnvelopeSealer sealer(identities.last(), laKey);
        const int share = envelopeCount / deviceCount + (d < envelopeCount % deviceCount ? 1 : 0);
        for (int i = 0; i < share; ++i) {
            EnvelopeHeader header;
            header.recordId = QUuid::createUuid();
            header.surveyId = u"bright-spots-8-11"_s;
            header.surveyVersion = 1;
            header.day = QDate(2026, 11, 27);
            envelopes[d].append(sealer.seal(header, QByteArray(300, 'a')).value());
            all.append(envelopes[d].last());
        }
    }
    out << "prepared " << all.size() << " envelopes (" << all.first().size() << " bytes each) in "
        << timer.elapsed() << " ms" << Qt::endl;

    // The floor: how fast this machine can verify these signatures, the inbox's unavoidable work.
    // The inbox spreads verification over all cores, so the floor does too (one core for context).
    timer.restart();
    int oneCore = 0;
    for (const QByteArray &envelope : std::as_const(all)) {
        oneCore += EnvelopeOpener::verifySignature(envelope).ok() ? 1 : 0;
    }
    const double oneCoreRate = double(oneCore) / (double(timer.nsecsElapsed()) / 1e9);
    timer.restart();
    const auto checks
        = QtConcurrent::blockingMapped<QList<bool>>(all, [](const QByteArray &envelope) {
              return EnvelopeOpener::verifySignature(envelope).ok();
          });
    const double verifyRate = double(checks.count(true)) / (double(timer.nsecsElapsed()) / 1e9);
    out << "floor: " << checks.count(true) << " signatures verified at "
        << QString::number(verifyRate, 'f', 0) << "/s on all " << QThread::idealThreadCount()
        << " cores (" << QString::number(oneCoreRate, 'f', 0) << "/s on one)" << Qt::endl;

    QTemporaryDir dir;
    bool ok = runLoad(u"sqlite"_s, u"sqlite:"_s + dir.filePath(u"inbox.db"_s), identities,
                      envelopes, batchSize, verifyRate);
    const QString pg = qEnvironmentVariable("HEARD_TEST_PG_URL");
    if (!pg.isEmpty()) {
        ok = runLoad(u"postgres"_s, u"postgres:"_s + pg, identities, envelopes, batchSize,
                     verifyRate)
            && ok;
    } else {
        out << "postgres: skipped (set HEARD_TEST_PG_URL)" << Qt::endl;
    }
    return ok ? 0 : 1;
}
