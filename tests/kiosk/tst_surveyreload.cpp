// A kiosk runs for weeks: survey updates the LA publishes must take effect without a restart, but
// never under a child (their session keeps the definition it started with) and never while the
// adult is choosing (the list they see must match what handing over starts).
#include "kioskfixture.h"

#include <QComboBox>
#include <QTest>

using namespace heard;
using namespace heard::test;

class TestSurveyReload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updateWaitsForTheChildThenAppliesAtTheNextSetup();
};

void TestSurveyReload::updateWaitsForTheChildThenAppliesAtTheNextSetup()
{
    KioskFixture kiosk;
    QVERIFY(kiosk.open());
    kiosk.enterPin();
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Setup);
    kiosk.handOver(QStringLiteral("11-18"));
    ChildFlow *flow = kiosk.window->childFlow();
    QVERIFY(flow);
    const int before = flow->engine().survey().version;

    // The LA's update arrives while the child is answering.
    QList<Survey> updated = kiosk.surveys;
    for (Survey &survey : updated) {
        if (survey.ageBand == QStringLiteral("11-18")) {
            survey.version = before + 1;
        }
    }
    kiosk.window->setSurveys(updated);
    QCOMPARE(kiosk.window->childFlow(), flow);
    QCOMPARE(flow->engine().survey().version, before); // the child's session is untouched
    for (int i = 0; i < 200 && flow->engine().current(); ++i) {
        QVERIFY(answerOne(flow));
    }
    click(visible(flow, QStringLiteral("handBack")));
    settle();

    // The next child, set up after the update, gets the new version.
    click(kiosk.window->findChild<QAbstractButton *>(QStringLiteral("adultUnlock")));
    kiosk.enterPin();
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::Setup);
    kiosk.handOver(QStringLiteral("11-18"));
    QVERIFY(kiosk.window->childFlow());
    QCOMPARE(kiosk.window->childFlow()->engine().survey().version, before + 1);
}

QTEST_MAIN(TestSurveyReload)
#include "tst_surveyreload.moc"
