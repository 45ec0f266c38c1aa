// Does sync slow the child's screens? The kiosk runs DeviceSync's SyncEngine in its GUI thread,
// so every moment the engine holds that thread (freezing a batch, saving a receipt) is a moment a
// tap cannot be answered. This benchmark keeps the thread's event loop busy the way the kiosk
// does, a 10 ms timer standing in for frames and an answer every 50 ms (a fast child, for enough samples) written through the
// real SealedAnswerSink, and measures both twice over the same stretch of time: once with the
// engine idle, once while it uploads a backlog to a real heard-inbox on loopback.
//
// Prints event-loop lateness and answer -> durable latency (p50, p99, max) for both phases and the
// ratios. The target follows the kiosk's: the longest stall while syncing stays under 50 ms (the
// tap -> next screen budget), and answers are not slowed by more than half.
//
//   bench_syncresponsiveness [--backlog N]
#include "store/outboxstore.h"
#include "sync/syncengine.h"
#include "syncbench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sodium.h>

#include <algorithm>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

struct Phase
{
    QList<double> lateMs; ///< how late each 10 ms tick ran
    QList<double> answerMs; ///< recordAnswer, call to return (durable)
    double seconds = 0;
};

/// Runs the event loop for @p milliseconds (or, when @p engine is given, until it drains the
/// backlog) with a 10 ms tick and an answer every 50 ms.
Phase run(AnswerSink &sink, const Survey &survey, SyncEngine *engine, qint64 milliseconds)
{
    Phase phase;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick > 0) {
            phase.lateMs.append(std::max(0.0, double(now - lastTick) / 1e6 - 10.0));
        }
        lastTick = now;
    });
    SessionInfo session = bench::newSession(survey);
    int question = 0;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QElapsedTimer t;
        t.start();
        if (!sink.recordAnswer(session, bench::answerTo(++question))) {
            qFatal("an answer was not stored");
        }
        phase.answerMs.append(double(t.nsecsElapsed()) / 1e6);
        if (question == 4) {
            (void)sink.finishSession(session, SessionSummary {});
            session = bench::newSession(survey);
            question = 0;
        }
    });
    bool drained = false;
    QMetaObject::Connection connection;
    if (engine) {
        connection = QObject::connect(engine, &SyncEngine::drained, [&] { drained = true; });
        engine->start();
    }
    tick.start(10);
    answer.start(50);
    while (engine ? !drained && clock.elapsed() < 120000 : clock.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    phase.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (engine) {
        engine->stop();
        QObject::disconnect(connection);
    }
    return phase;
}

QString figures(const QList<double> &values)
{
    return u"p50 %1 ms  p99 %2 ms  max %3 ms"_s.arg(percentile(values, 0.5), 0, 'f', 2)
        .arg(percentile(values, 0.99), 0, 'f', 2)
        .arg(percentile(values, 1.0), 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qsizetype at = app.arguments().indexOf(u"--backlog"_s);
    const int backlog
        = at > 0 && at + 1 < app.arguments().size() ? app.arguments().at(at + 1).toInt() : 20000;
    if (sodium_init() < 0) {
        return 1;
    }
    QTemporaryDir dir;
    unsigned char laPublic[crypto_box_PUBLICKEYBYTES];
    unsigned char laSecret[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(laPublic, laSecret);
    auto storage = DeviceStorage::open(dir.filePath(u"device"_s),
                                       QByteArray(reinterpret_cast<const char *>(laPublic), 32));
    if (!storage) {
        out << "cannot open the device storage\n";
        return 1;
    }
    const Survey survey = bench::syncBenchSurvey();
    auto sink = storage.value()->sinkFor(survey);
    if (!bench::fillThroughSink(*sink, survey, backlog)) {
        out << "cannot fill the outbox\n";
        return 1;
    }
    bench::LocalInbox inbox(u"sqlite:"_s + dir.filePath(u"inbox.db"_s),
                            storage.value()->devicePublicKey());
    if (!inbox.ok()) {
        out << "cannot start heard-inbox\n";
        return 1;
    }
    OutboxStore &outbox = storage.value()->outbox();
    out << "backlog: " << outbox.pendingCount().value() << " envelopes" << Qt::endl;

    SyncEngine engine(outbox, inbox.settings(), SyncEngine::Options());
    const Phase syncing = run(*sink, survey, &engine, 0);
    const Phase idle = run(*sink, survey, nullptr, qint64(syncing.seconds * 1000));
    inbox.stop();

    out << "while syncing (" << QString::number(syncing.seconds, 'f', 2) << " s, "
        << inbox.storedCount() << " envelopes uploaded):\n"
        << "  event loop late by  " << figures(syncing.lateMs) << "\n"
        << "  answer -> durable   " << figures(syncing.answerMs) << "\n";
    out << "same time, engine idle:\n"
        << "  event loop late by  " << figures(idle.lateMs) << "\n"
        << "  answer -> durable   " << figures(idle.answerMs) << "\n";
    const double longestStall = percentile(syncing.lateMs, 1.0);
    const double answerRatio
        = percentile(syncing.answerMs, 0.99) / std::max(0.001, percentile(idle.answerMs, 0.99));
    out << "longest stall while syncing " << QString::number(longestStall, 'f', 1)
        << " ms (target < 50 ms: " << (longestStall < 50 ? "met" : "missed") << "); answer p99 "
        << QString::number(answerRatio, 'f', 2)
        << "x idle (target <= 1.5x: " << (answerRatio <= 1.5 ? "met" : "missed") << ")" << Qt::endl;
    return outbox.pendingCount().value() <= 5 ? 0 : 1;
}
