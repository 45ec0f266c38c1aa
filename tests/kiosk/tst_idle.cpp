// Idle: "Are you still there?" after a quiet spell, then the session ends (answers kept) and the
// kiosk returns to the hand-back screen. Never while the child is active. Times are injected.
#include "child/childflow.h"
#include "kioskfixture.h"
#include "session/sessionengine.h"
#include "store/outboxstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace heard;
using namespace heard::test;

class TestIdle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warnsThenTimesOut();
    void touchAnswersTheWarning();
    void noLimitWhileActive();

private:
    KioskOptions options() const
    {
        KioskOptions o;
        o.idleWarnMs = 300;
        o.idleStopMs = 300;
        return o;
    }
};

void TestIdle::warnsThenTimesOut()
{
    KioskFixture kiosk;
    QVERIFY(kiosk.open(options()));
    kiosk.enterPin();
    kiosk.handOver(QStringLiteral("8-11"));
    ChildFlow *flow = kiosk.window->childFlow();
    for (int i = 0; i < 8; ++i) // past the info screens, two real answers
        QVERIFY(answerOne(flow));
    const int answered = flow->engine().answers().size();
    QVERIFY(answered >= 2);
    QSignalSpy ended(kiosk.window.get(), &KioskWindow::sessionEnded);
    QTRY_VERIFY_WITH_TIMEOUT(visible<QWidget>(flow, QStringLiteral("stillThere")), 2000);
    QVERIFY(visible(flow, QStringLiteral("stillHere")));
    QCOMPARE(ended.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 2000);
    QCOMPARE(ended.at(0).at(0).value<SessionOutcome>(), SessionOutcome::TimedOut);
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::HandBack);
    settle();
    QVERIFY(kiosk.window->childFlow() == nullptr);
    // What was answered was sealed and is waiting to upload, with the session's end record.
    QCOMPARE(kiosk.storage->outbox().pendingCount().value(), qint64(answered + 1));
}

void TestIdle::touchAnswersTheWarning()
{
    KioskFixture kiosk;
    QVERIFY(kiosk.open(options()));
    kiosk.enterPin();
    kiosk.handOver(QStringLiteral("4-7"));
    ChildFlow *flow = kiosk.window->childFlow();
    QSignalSpy ended(kiosk.window.get(), &KioskWindow::sessionEnded);
    QTRY_VERIFY_WITH_TIMEOUT(visible(flow, QStringLiteral("stillHere")), 2000);
    click(visible(flow, QStringLiteral("stillHere")));
    settle();
    QVERIFY(!visible<QWidget>(flow, QStringLiteral("stillThere")));
    QVERIFY(visible(flow, QStringLiteral("next"))); // the question is back
    QTest::qWait(450); // longer than the stop delay: the warning's countdown was cancelled
    QCOMPARE(ended.count(), 0);
    QCOMPARE(flow->engine().state(), SessionEngine::State::InProgress);
}

void TestIdle::noLimitWhileActive()
{
    KioskFixture kiosk;
    QVERIFY(kiosk.open(options()));
    kiosk.enterPin();
    kiosk.handOver(QStringLiteral("11-18"));
    ChildFlow *flow = kiosk.window->childFlow();
    QSignalSpy ended(kiosk.window.get(), &KioskWindow::sessionEnded);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 1500) { // five times the warning delay, touching every 100 ms
        QTest::mouseMove(flow, QPoint(600, 400));
        QTest::mousePress(flow, Qt::LeftButton, {}, QPoint(600, 780));
        QTest::mouseRelease(flow, Qt::LeftButton, {}, QPoint(600, 780));
        QTest::qWait(100);
        QVERIFY(!visible<QWidget>(flow, QStringLiteral("stillThere")));
    }
    QCOMPARE(ended.count(), 0);
}

QTEST_MAIN(TestIdle)
#include "tst_idle.moc"
