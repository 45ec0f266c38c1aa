// What the adult's status says about answers the inbox refused: they are kept on the device and
// never resent, so unless the status names them nobody would know they are there.
#include "kioskfixture.h"
#include "store/outboxstore.h"
#include "sync/syncprotocol.h"
#include "util/errorcode.h"

#include <QLabel>
#include <QTest>

using namespace heard;
using namespace heard::test;

class TestAdultStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedAnswersAreNamed();
};

namespace {

QString statusText(KioskFixture &kiosk)
{
    QString text;
    for (QLabel *label : kiosk.window->adultSetup()->findChildren<QLabel *>())
        text += label->text() + u'\n';
    return text;
}

} // namespace

void TestAdultStatus::refusedAnswersAreNamed()
{
    KioskFixture kiosk;
    QVERIFY(kiosk.open());
    kiosk.enterPin();
    QVERIFY(!statusText(kiosk).contains(QStringLiteral("refused")));

    // A child answers a little and the adult ends the session; the answers are sealed and queued.
    kiosk.handOver(QStringLiteral("8-11"));
    ChildFlow *flow = kiosk.window->childFlow();
    QVERIFY(flow);
    for (int i = 0; i < 40 && flow->engine().answers().size() < 4; ++i)
        QVERIFY(answerOne(flow));
    QCOMPARE(flow->engine().answers().size(), 4);
    click(kiosk.window->findChild<QAbstractButton *>(QStringLiteral("adultUnlock")));
    kiosk.enterPin();
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Setup);

    // The inbox refuses two of them (as sync would record its receipt).
    OutboxStore &outbox = kiosk.storage->outbox();
    const auto frozen = outbox.freezeBatch(10, 1 << 20, &SyncProtocol::batchBody);
    QVERIFY(frozen && frozen->has_value());
    const QList<QUuid> ids = (*frozen)->recordIds;
    QVERIFY(ids.size() >= 3);
    QVERIFY(outbox.completeBatch(
        (*frozen)->batchId, "receipt", { ids.at(0) },
        { { ids.at(1), ErrorCode::UnknownKey }, { ids.at(2), ErrorCode::BadSignature } }));

    // The next time the adult looks, the status names them.
    click(kiosk.window->findChild<QAbstractButton *>(QStringLiteral("adultUnlock")));
    kiosk.enterPin();
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Setup);
    QVERIFY2(statusText(kiosk).contains(
                 QStringLiteral("Answers the inbox refused, kept on this device: 2.")),
             qPrintable(statusText(kiosk)));
}

QTEST_MAIN(TestAdultStatus)
#include "tst_adultstatus.moc"
