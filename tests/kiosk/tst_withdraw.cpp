// Withdrawing: a child can choose, from Stop, not to keep their answers. Everything of their
// session leaves the outbox (and its WAL); an earlier child's kept answers stay. Stopping always
// asks first, so one tap never loses or ends anything.
#include "child/childflow.h"
#include "kioskfixture.h"
#include "session/sessionengine.h"
#include "store/outboxstore.h"

#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>

using namespace heard;
using namespace heard::test;

namespace {

QString outboxPath(const KioskFixture &kiosk)
{
    return QDir(kiosk.dir.path()).filePath(DeviceStorage::outboxFileName());
}

// Records on disk beyond child A's (pending() lists finished sessions only; an open session's
// records are counted by totalCount and read by readEnvelopes).
qint64 recordsBeyond(KioskFixture &kiosk, qint64 keptA)
{
    return kiosk.storage->outbox().totalCount().value() - keptA;
}

QString shownMessage(QWidget *flow)
{
    auto *label = visible<QLabel>(flow, QStringLiteral("message"));
    return label ? plainText(label->text()) : QString();
}

} // namespace

class TestWithdraw : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withdrawDeletesOnlyThisChild();
    void talkRequestSurvivesWithdraw();
};

void TestWithdraw::withdrawDeletesOnlyThisChild()
{
    KioskFixture kiosk;
    QVERIFY(kiosk.open());
    kiosk.enterPin();
    QSignalSpy ended(kiosk.window.get(), &KioskWindow::sessionEnded);

    // Child A answers everything and keeps it.
    kiosk.handOver(QStringLiteral("8-11"));
    ChildFlow *flowA = kiosk.window->childFlow();
    QVERIFY(flowA);
    for (int i = 0; i < 120 && flowA->engine().current(); ++i)
        QVERIFY(answerOne(flowA, QStringLiteral("child A words")));
    click(visible(flowA, QStringLiteral("handBack")));
    settle();
    QCOMPARE(ended.count(), 1);
    const qint64 keptA = kiosk.storage->outbox().pendingCount().value();
    QVERIFY(keptA > 10);
    const auto envelopesA = OutboxStore::readEnvelopes(outboxPath(kiosk));
    QVERIFY(envelopesA.ok());
    QCOMPARE(envelopesA.value().size(), keptA);

    // Child B answers a few questions.
    click(kiosk.window->findChild<QAbstractButton *>(QStringLiteral("adultUnlock")));
    kiosk.enterPin();
    kiosk.handOver(QStringLiteral("11-18"), /*audioOff=*/false); // speakers shown
    ChildFlow *flowB = kiosk.window->childFlow();
    QVERIFY(flowB);
    int answered = 0;
    while (answered < 6 && flowB->engine().current()) {
        const bool answerable = flowB->engine().current()->isAnswerable();
        QVERIFY(answerOne(flowB, QStringLiteral("child B words")));
        answered += answerable;
    }
    QCOMPARE(recordsBeyond(kiosk, keptA), qint64(answered));
    QCOMPARE(OutboxStore::readEnvelopes(outboxPath(kiosk)).value().size(), keptA + answered);

    // Stop asks first: nothing ends, nothing is deleted, "Carry on" returns to the same question.
    const Question *before = flowB->engine().current();
    click(visible(flowB, QStringLiteral("stop")));
    settle();
    QVERIFY(visible<QWidget>(flowB, QStringLiteral("stopQuestion")));
    QVERIFY(visible(flowB, QStringLiteral("confirmStop")));
    QVERIFY(visible(flowB, QStringLiteral("dontKeep")));
    QCOMPARE(flowB->engine().state(), SessionEngine::State::InProgress);
    click(visible(flowB, QStringLiteral("carryOn")));
    settle();
    QCOMPARE(flowB->engine().current(), before);
    QVERIFY(visible<QLabel>(flowB, QStringLiteral("prompt")));

    // "Don't keep my answers" explains and asks again; "No, go back" returns to the choice.
    click(visible(flowB, QStringLiteral("stop")));
    click(visible(flowB, QStringLiteral("dontKeep")));
    settle();
    QVERIFY(visible<QWidget>(flowB, QStringLiteral("withdrawQuestion")));
    QVERIFY(shownMessage(flowB).contains(QStringLiteral("delete")));
    QVERIFY(visible(flowB, QStringLiteral("speaker_message"))); // it can be heard like any screen
    QCOMPARE(recordsBeyond(kiosk, keptA), qint64(answered));
    click(visible(flowB, QStringLiteral("notWithdraw")));
    settle();
    QVERIFY(visible<QWidget>(flowB, QStringLiteral("stopQuestion")));
    QCOMPARE(flowB->engine().state(), SessionEngine::State::InProgress);

    // Withdraw.
    click(visible(flowB, QStringLiteral("dontKeep")));
    click(visible(flowB, QStringLiteral("confirmWithdraw")));
    settle();
    QCOMPARE(flowB->engine().state(), SessionEngine::State::Withdrawn);
    QVERIFY(flowB->withdrawn());
    QVERIFY(flowB->engine().answers().isEmpty());
    QVERIFY(visible<QWidget>(flowB, QStringLiteral("endScreen")));
    QVERIFY(shownMessage(flowB).contains(QStringLiteral("deleted")));
    QVERIFY(shownMessage(flowB).contains(QStringLiteral("0800 1111")));

    // Nothing of B is left in the outbox, A's envelopes are all still there, byte for byte, and
    // the WAL was checkpointed (B's envelopes do not linger in it).
    QCOMPARE(recordsBeyond(kiosk, keptA), 0);
    QCOMPARE(kiosk.storage->outbox().pendingCount().value(), keptA);
    const auto after = OutboxStore::readEnvelopes(outboxPath(kiosk));
    QVERIFY(after.ok());
    QCOMPARE(after.value(), envelopesA.value());
    const QFileInfo wal(outboxPath(kiosk) + QStringLiteral("-wal"));
    QVERIFY(!wal.exists() || wal.size() == 0);

    // Hand-back tells the adult what happened (never an answer).
    click(visible(flowB, QStringLiteral("handBack")));
    settle();
    QCOMPARE(ended.count(), 2);
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::HandBack);
    click(kiosk.window->findChild<QAbstractButton *>(QStringLiteral("adultUnlock")));
    kiosk.enterPin();
    bool told = false;
    for (QLabel *l : kiosk.window->adultSetup()->findChildren<QLabel *>())
        told = told || plainText(l->text()).contains(QStringLiteral("chose not to keep"));
    QVERIFY(told);
    QCOMPARE(kiosk.storage->outbox().pendingCount().value(), keptA);
}

void TestWithdraw::talkRequestSurvivesWithdraw()
{
    KioskFixture kiosk;
    QVERIFY(kiosk.open());
    kiosk.enterPin();
    QSignalSpy ended(kiosk.window.get(), &KioskWindow::sessionEnded);
    kiosk.handOver(QStringLiteral("4-7"));
    ChildFlow *flow = kiosk.window->childFlow();
    for (int i = 0; i < 12 && flow->engine().current(); ++i)
        QVERIFY(answerOne(flow));
    QVERIFY(kiosk.storage->outbox().totalCount().value() > 0);
    // "I want to talk" then "Stop now" leads to the same keep-or-not choice, never straight out.
    click(visible(flow, QStringLiteral("talk")));
    click(visible(flow, QStringLiteral("stopNow")));
    settle();
    QVERIFY(visible<QWidget>(flow, QStringLiteral("stopQuestion")));
    QCOMPARE(flow->engine().state(), SessionEngine::State::InProgress);
    click(visible(flow, QStringLiteral("dontKeep")));
    click(visible(flow, QStringLiteral("confirmWithdraw")));
    settle();
    QCOMPARE(kiosk.storage->outbox().totalCount().value(), 0);
    click(visible(flow, QStringLiteral("handBack")));
    settle();
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().at(1).toBool(), true); // the grown-up still knows to talk with them
}

QTEST_MAIN(TestWithdraw)
#include "tst_withdraw.moc"
