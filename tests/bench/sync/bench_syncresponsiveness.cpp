// Does sync slow the child's screens? The kiosk's screens and its answers share one thread; every
// moment sync holds that thread (freezing a batch, saving a receipt: writes with fsync) is a
// moment a tap cannot be answered. This benchmark keeps such a thread busy the way the kiosk does,
// a 10 ms timer standing in for frames and an answer every 50 ms (a fast child, for enough
// samples) written through the real SealedAnswerSink, and measures it twice over the same stretch
// of time: while the kiosk's SyncEngine, on that same thread and outbox connection as in
// DeviceSync, uploads a backlog to a real heard-inbox on loopback; and with nothing uploading.
//
// Prints event-loop lateness and answer -> durable latency (p50, p99, max) and the ratios. The
// target: while syncing, the thread is never held longer than the idle run's longest stall plus
// one 60 Hz frame (16.7 ms). (An engine on a thread of its own, with a second outbox connection,
// was tried and measured worse: answers then wait on the engine's write lock through SQLite's
// sleeping busy handler, p99 48 ms against 6 ms.)
//
//   bench_syncresponsiveness [--backlog N]
#include "store/outboxstore.h"
#include "support/benchoptions.h"
#include "support/benchstats.h"
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

struct Phase
{
    QList<double> lateMs; ///< how late each 10 ms tick ran
    QList<double> answerMs; ///< recordAnswer, call to return (durable)
    double seconds = 0;
};

/// Runs the event loop for @p milliseconds (or, when @p engine is given, until it drains the
/// backlog) with a 10 ms tick and an answer every 50 ms. @p Engine: SyncEngine or SyncThread.
template<typename Engine>
Phase run(AnswerSink &sink, const Survey &survey, Engine *engine, qint64 milliseconds)
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
        connection = QObject::connect(engine, &Engine::drained, &tick, [&] { drained = true; });
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
    return u"p50 %1 ms  p99 %2 ms  max %3 ms"_s.arg(testutil::percentile(values, 0.5), 0, 'f', 2)
        .arg(testutil::percentile(values, 0.99), 0, 'f', 2)
        .arg(testutil::percentile(values, 1.0), 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int backlog = testutil::optionValue(app.arguments(), u"--backlog"_s, 20000);
    bench::BenchDevice device;
    if (!device.open(out)) {
        return 1;
    }
    AnswerSink &sink = *device.sink;
    const Survey &survey = device.survey;
    if (!bench::fillThroughSink(sink, survey, backlog)) {
        out << "cannot fill the outbox\n";
        return 1;
    }
    const auto inbox = bench::startInboxFor(device, out);
    if (!inbox) {
        return 1;
    }
    OutboxStore &outbox = device.storage->outbox();
    out << "backlog: " << outbox.pendingCount().value() << " envelopes" << Qt::endl;

    SyncEngine engine(outbox, inbox->settings(), SyncEngine::Options());
    const Phase syncing = run(sink, survey, &engine, 0);
    const Phase idle = run<SyncEngine>(sink, survey, nullptr, qint64(syncing.seconds * 1000));
    inbox->stop();
    const qint64 uploaded = inbox->storedCount();

    const auto report = [&out](const char *title, const Phase &phase) {
        out << title << " (" << QString::number(phase.seconds, 'f', 2) << " s, "
            << phase.answerMs.size() << " answers):\n"
            << "  event loop late by  " << figures(phase.lateMs) << "\n"
            << "  answer -> durable   " << figures(phase.answerMs) << "\n";
    };
    out << "uploaded " << uploaded << " envelopes\n";
    report("kiosk sync (SyncEngine on the screens' thread) uploading the backlog", syncing);
    report("nothing uploading", idle);
    const auto stall = [](const Phase &phase) { return testutil::percentile(phase.lateMs, 1.0); };
    const double allowance = stall(idle) + 16.7;
    const double answerRatio = testutil::percentile(syncing.answerMs, 0.99)
        / std::max(0.001, testutil::percentile(idle.answerMs, 0.99));
    out << "longest stall while syncing " << QString::number(stall(syncing), 'f', 1) << " ms, idle "
        << QString::number(stall(idle), 'f', 1)
        << " ms (target: <= idle + one frame = " << QString::number(allowance, 'f', 1)
        << " ms: " << (stall(syncing) <= allowance ? "met" : "missed") << "); answer p99 "
        << QString::number(answerRatio, 'f', 2) << "x idle" << Qt::endl;
    // Fails only when something broke: the backlog did not reach the inbox.
    return uploaded >= backlog ? 0 : 1;
}
