// Shared devices: after a child hands back, nothing of their session is left anywhere a later
// child or the adult could reach: no widget, no engine, no text, no accessible name.
#include "child/childflow.h"
#include "kioskfixture.h"
#include "session/sessionengine.h"
#include "store/outboxstore.h"

#include <QAccessible>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>

using namespace heard;
using namespace heard::test;

namespace {

const QString secret = QStringLiteral("Zebrasandwich Thursday 4417");

// Every string a widget shows or exposes.
QStringList widgetTexts(QWidget *w)
{
    QStringList out { w->accessibleName(), w->accessibleDescription(), w->toolTip(),
                      w->windowTitle() };
    if (auto *l = qobject_cast<QLabel *>(w))
        out << plainText(l->text());
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        out << b->text();
    if (auto *e = qobject_cast<QPlainTextEdit *>(w))
        out << e->toPlainText();
    if (auto *e = qobject_cast<QLineEdit *>(w))
        out << e->text();
    return out;
}

void accessibleTexts(QAccessibleInterface *iface, QStringList &out, int depth = 0)
{
    if (!iface || depth > 60)
        return;
    out << iface->text(QAccessible::Name) << iface->text(QAccessible::Description)
        << iface->text(QAccessible::Value);
    for (int i = 0; i < iface->childCount(); ++i)
        accessibleTexts(iface->child(i), out, depth + 1);
}

} // namespace

class TestTeardown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingOfChildARemains();
};

void TestTeardown::nothingOfChildARemains()
{
    KioskFixture kiosk;
    QVERIFY(kiosk.open());
    kiosk.enterPin(); // first run: sets the PIN
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Setup);
    kiosk.handOver(QStringLiteral("11-18"));
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Child);
    QPointer<ChildFlow> flowA = kiosk.window->childFlow();
    QVERIFY(flowA);
    QPointer<SessionEngine> engineA = &flowA->engine();
    QSignalSpy ended(kiosk.window.get(), &KioskWindow::sessionEnded);

    // Child A walks the survey, writing something personal in the free text.
    QStringList promptsSeen;
    for (int i = 0; i < 120 && flowA->engine().current(); ++i) {
        const Question *q = flowA->engine().current();
        if (q->kind != QuestionKind::Info)
            promptsSeen << localized(q->prompt, QStringLiteral("en"));
        QVERIFY(answerOne(flowA, secret));
    }
    QVERIFY(promptsSeen.size() > 20);
    QVERIFY(flowA->engine().answerFor(QStringLiteral("anything_else")).has_value());
    const qint64 answered = flowA->engine().answers().size();
    click(visible(flowA, QStringLiteral("handBack")));
    settle();
    QCOMPARE(ended.count(), 1);
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::HandBack);

    // The whole session is gone: the flow, its engine and every widget.
    QVERIFY(flowA.isNull());
    QVERIFY(engineA.isNull());
    QVERIFY(kiosk.window->childFlow() == nullptr);
    auto noTrace = [&](const char *when) {
        for (QWidget *w : QApplication::allWidgets()) {
            QVERIFY2(!qobject_cast<ChildFlow *>(w), when);
            for (const QString &t : widgetTexts(w)) {
                QVERIFY2(!t.contains(secret),
                         qPrintable(QString::fromLatin1(when) + u' ' + w->objectName()));
                for (const QString &p : promptsSeen)
                    QVERIFY2(t.isEmpty() || !t.contains(p),
                             qPrintable(QString::fromLatin1(when) + QStringLiteral(": ") + p));
            }
        }
        QStringList tree;
        accessibleTexts(QAccessible::queryAccessibleInterface(kiosk.window.get()), tree);
        for (const QString &t : tree)
            QVERIFY2(!t.contains(secret), when);
    };
    noTrace("at hand-back");
    if (QTest::currentTestFailed())
        return;

    // The adult sees status, never an answer.
    click(kiosk.window->findChild<QAbstractButton *>(QStringLiteral("adultUnlock")));
    kiosk.enterPin();
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Setup);
    noTrace("in adult mode");
    if (QTest::currentTestFailed())
        return;
    // A's answers wait in the outbox, sealed: one envelope per answer plus the session's end.
    QCOMPARE(kiosk.storage->outbox().pendingCount().value(), answered + 1);
    const auto pending = kiosk.storage->outbox().pending(1000);
    QVERIFY(pending.ok());
    for (const OutboxRecord &r : pending.value()) {
        QVERIFY(!r.envelope.contains(secret.toUtf8()));
        QVERIFY(r.sessionId.isNull()); // the link between A's records is gone once finished
    }

    // Child B starts afresh: first screen, nothing to go back to, nothing of A.
    kiosk.handOver(QStringLiteral("11-18"));
    ChildFlow *flowB = kiosk.window->childFlow();
    QVERIFY(flowB && flowB != nullptr);
    QCOMPARE(flowB->engine().position(), 1);
    QVERIFY(!flowB->engine().canGoBack());
    QVERIFY(!visible(flowB, QStringLiteral("back")));
    QVERIFY(flowB->engine().answers().isEmpty());
    for (QWidget *w : QApplication::allWidgets())
        for (const QString &t : widgetTexts(w))
            QVERIFY(!t.contains(secret));
}

QTEST_MAIN(TestTeardown)
#include "tst_teardown.moc"
