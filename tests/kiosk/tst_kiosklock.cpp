// Kiosk lock: in --kiosk mode closing, Escape, Ctrl+Q and Alt+F4 leave the child where they are;
// the chord or a long press in the corner asks for the adult PIN.
#include "child/childflow.h"
#include "kioskfixture.h"
#include "session/sessionengine.h"

#include <QSignalSpy>

using namespace heard;
using namespace heard::test;

class TestKioskLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAndCloseIgnored_data();
    void keysAndCloseIgnored();
    void chordAsksForPin();
    void cornerLongPressAsksForPin();
    void windowedModeCloses();
    void windowedModeQuitKeys_data();
    void windowedModeQuitKeys();
};

void TestKioskLock::keysAndCloseIgnored_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("close") << 0 << 0;
    QTest::newRow("Escape") << int(Qt::Key_Escape) << 0;
    QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
    QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
    QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
}

void TestKioskLock::keysAndCloseIgnored()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    KioskOptions o;
    o.kioskMode = true;
    KioskFixture kiosk;
    QVERIFY(kiosk.open(o));
    kiosk.enterPin();
    kiosk.handOver(QStringLiteral("8-11"));
    ChildFlow *flow = kiosk.window->childFlow();
    QVERIFY(answerOne(flow));
    const QString before = flow->engine().current()->id;
    if (key == 0) {
        QVERIFY(!kiosk.window->close()); // what a window-manager close or Alt+F4 does
    } else {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : flow;
        QTest::keyClick(target, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    }
    settle();
    QVERIFY(kiosk.window->isVisible());
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Child);
    QCOMPARE(kiosk.window->childFlow(), flow);
    QCOMPARE(flow->engine().state(), SessionEngine::State::InProgress);
    QCOMPARE(flow->engine().current()->id, before);
}

void TestKioskLock::chordAsksForPin()
{
    KioskOptions o;
    o.kioskMode = true;
    KioskFixture kiosk;
    QVERIFY(kiosk.open(o));
    kiosk.enterPin();
    kiosk.handOver(QStringLiteral("8-11"));
    ChildFlow *flow = kiosk.window->childFlow();
    QVERIFY(answerOne(flow));
    QSignalSpy ended(kiosk.window.get(), &KioskWindow::sessionEnded);
    const auto chord = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier;
    QTest::keyClick(flow, Qt::Key_A, chord);
    settle();
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Pin);
    QVERIFY(kiosk.window->pinPrompt()->cancellable());
    // Cancelling returns the child to exactly where they were.
    click(kiosk.window->pinPrompt()->findChild<QAbstractButton *>(QStringLiteral("pinCancel")));
    settle();
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Child);
    QCOMPARE(ended.count(), 0);
    // A wrong PIN does not unlock.
    QTest::keyClick(flow, Qt::Key_A, chord);
    kiosk.enterPin(QStringLiteral("000000"));
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Pin);
    QCOMPARE(kiosk.pin->failures(), 1);
    kiosk.enterPin();
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Setup);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<SessionOutcome>(), SessionOutcome::Stopped);
    settle();
    QVERIFY(kiosk.window->childFlow() == nullptr);
}

void TestKioskLock::cornerLongPressAsksForPin()
{
    KioskOptions o;
    o.kioskMode = true;
    o.cornerHoldMs = 200;
    KioskFixture kiosk;
    QVERIFY(kiosk.open(o));
    kiosk.enterPin();
    kiosk.handOver(QStringLiteral("4-7"));
    QWidget *corner = kiosk.window->findChild<QWidget *>(QStringLiteral("cornerHotspot"));
    QVERIFY(corner && corner->isVisible());
    QCOMPARE(kiosk.window->childAt(5, 5), corner); // on top of the child's screen
    // A tap does nothing.
    click(corner);
    QTest::qWait(300);
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Child);
    // Holding does.
    QTest::mousePress(corner, Qt::LeftButton, {}, QPoint(10, 10));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.window->page(), KioskWindow::Page::Pin, 2000);
    QTest::mouseRelease(corner, Qt::LeftButton, {}, QPoint(10, 10));
}

void TestKioskLock::windowedModeCloses()
{
    KioskFixture kiosk;
    QVERIFY(kiosk.open());
    kiosk.enterPin();
    kiosk.handOver(QStringLiteral("8-11"));
    QSignalSpy ended(kiosk.window.get(), &KioskWindow::sessionEnded);
    QVERIFY(kiosk.window->close());
    QCOMPARE(ended.count(), 1); // the session was ended properly, answers kept
}

void TestKioskLock::windowedModeQuitKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
    QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
    QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
}

// The same keys do leave a windowed (development) kiosk, so the kiosk-mode test can fail.
void TestKioskLock::windowedModeQuitKeys()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    KioskFixture kiosk;
    QVERIFY(kiosk.open());
    kiosk.enterPin();
    kiosk.handOver(QStringLiteral("8-11"));
    QTest::keyClick(kiosk.window->childFlow(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    settle();
    QVERIFY(!kiosk.window->isVisible());
}

QTEST_MAIN(TestKioskLock)
#include "tst_kiosklock.moc"
