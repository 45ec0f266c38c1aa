// Every control on every screen of every survey (and of adult mode) has an accessible name and
// description, so screen readers and switch tools can tell what each one is.
#include "child/childflow.h"
#include "kioskfixture.h"
#include "session/memorysink.h"
#include "session/sessionengine.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSvgWidget>

using namespace heard;
using namespace heard::test;

namespace {

bool isInternal(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p))
            return true;
    return false;
}

bool isControl(QWidget *w)
{
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
        || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QSvgWidget *>(w);
}

/// Names every problem on the visible screen under @p root; returns how many controls it checked.
int check(QWidget *root, const QString &screen, QStringList &problems)
{
    int checked = 0;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : all) {
        if (!w->isVisible() || isInternal(w))
            continue;
        if (isControl(w)) {
            ++checked;
            if (w->accessibleName().trimmed().isEmpty())
                problems << QStringLiteral("%1: %2 (%3) has no accessible name")
                                .arg(screen, w->objectName(),
                                     QString::fromLatin1(w->metaObject()->className()));
            if (w->accessibleDescription().trimmed().isEmpty())
                problems << QStringLiteral("%1: %2 (%3) '%4' has no accessible description")
                                .arg(screen, w->objectName(),
                                     QString::fromLatin1(w->metaObject()->className()),
                                     w->accessibleName());
        } else if (auto *l = qobject_cast<QLabel *>(w); l && !l->text().isEmpty()) {
            // Words on screen must reach assistive technology too.
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(l);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                problems << QStringLiteral("%1: label '%2' is not readable").arg(screen, l->text());
        }
    }
    return checked;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyScreenOfEverySurvey_data();
    void everyScreenOfEverySurvey();
    void overlays();
    void adultScreens();

private:
    QMap<QString, Survey> m_surveys;
};

void TestAccessibility::initTestCase()
{
    m_surveys = loadSurveys();
    QCOMPARE(m_surveys.size(), 4);
}

void TestAccessibility::everyScreenOfEverySurvey_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("last");
    QTest::addColumn<int>("audio");
    for (const QString &file : m_surveys.keys()) {
        QTest::newRow(qPrintable(file + QStringLiteral(" first, audio on"))) << file << false << 1;
        QTest::newRow(qPrintable(file + QStringLiteral(" last, audio off"))) << file << true << 0;
    }
}

void TestAccessibility::everyScreenOfEverySurvey()
{
    QFETCH(QString, file);
    QFETCH(bool, last);
    QFETCH(int, audio);
    const Survey &survey = m_surveys[file];
    MemorySink sink;
    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    info.surveyId = survey.id;
    info.language = survey.defaultLanguage();
    PresentationProfile profile;
    profile.audio = PresentationProfile::Audio(audio);
    ChildFlowOptions options;
    options.assetsDir = assetsDir();
    options.advocacyContact = QStringLiteral("Advocacy 0800 000 0000");
    ChildFlow flow(survey, info, profile, sink, options);
    flow.resize(1280, 800);
    flow.show();
    QVERIFY(flow.start().ok());
    QStringList problems;
    int screens = 0;
    int controls = 0;
    QSet<QString> kinds;
    for (; screens < 200 && flow.engine().current(); ++screens) {
        settle();
        const Question *q = flow.engine().current();
        kinds.insert(questionKindCode(q->kind));
        controls += check(&flow, q->id, problems);
        if (q->kind == QuestionKind::Info || q->kind == QuestionKind::FreeText) {
            click(visible(&flow, QStringLiteral("next")));
        } else {
            const QList<QAbstractButton *> choices
                = visibleButtons(&flow, QStringLiteral("choice_"));
            QVERIFY(!choices.isEmpty());
            click(last ? choices.last() : choices.first());
            if (q->kind == QuestionKind::MultipleChoice)
                click(visible(&flow, QStringLiteral("next")));
        }
    }
    settle();
    controls += check(&flow, QStringLiteral("end screen"), problems);
    qInfo("%d screens, %d controls checked, kinds: %s", screens, controls,
          qPrintable(QStringList(kinds.begin(), kinds.end()).join(u',')));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(screens > 10);
    QVERIFY(controls > screens * 4);
}

void TestAccessibility::overlays()
{
    const Survey &survey = m_surveys[QStringLiteral("children-4-7.json")];
    MemorySink sink;
    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    info.surveyId = survey.id;
    ChildFlowOptions options;
    options.assetsDir = assetsDir();
    options.idleWarnMs = 50;
    options.idleStopMs = 60'000;
    PresentationProfile profile;
    ChildFlow flow(survey, info, profile, sink, options);
    flow.resize(1280, 800);
    flow.show();
    QVERIFY(flow.start().ok());
    QStringList problems;
    QTRY_VERIFY(visible(&flow, QStringLiteral("stillHere")));
    check(&flow, QStringLiteral("still there"), problems);
    click(visible(&flow, QStringLiteral("stillHere")));
    click(visible(&flow, QStringLiteral("pause")));
    check(&flow, QStringLiteral("paused"), problems);
    click(visible(&flow, QStringLiteral("carryOn")));
    click(visible(&flow, QStringLiteral("stop")));
    check(&flow, QStringLiteral("stop?"), problems);
    click(visible(&flow, QStringLiteral("dontKeep")));
    check(&flow, QStringLiteral("withdraw?"), problems);
    click(visible(&flow, QStringLiteral("notWithdraw")));
    click(visible(&flow, QStringLiteral("carryOn")));
    click(visible(&flow, QStringLiteral("talk")));
    check(&flow, QStringLiteral("talk"), problems);
    click(visible(&flow, QStringLiteral("carryOn")));
    for (int i = 0; i < 6; ++i)
        click(visible(&flow, QStringLiteral("next")));
    settle();
    sink.failRecords = 1;
    click(visibleButtons(&flow, QStringLiteral("choice_")).first());
    settle();
    QVERIFY(visible<QLabel>(&flow, QStringLiteral("calmMessage")));
    check(&flow, QStringLiteral("storage problem"), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::adultScreens()
{
    KioskFixture kiosk;
    QVERIFY(kiosk.open());
    QStringList problems;
    check(kiosk.window.get(), QStringLiteral("set PIN"), problems);
    kiosk.enterPin();
    check(kiosk.window.get(), QStringLiteral("adult setup"), problems);
    kiosk.handOver(QStringLiteral("16-25"));
    click(visible(kiosk.window->childFlow(), QStringLiteral("stop")));
    click(visible(kiosk.window->childFlow(), QStringLiteral("confirmStop")));
    click(visible(kiosk.window->childFlow(), QStringLiteral("handBack")));
    settle();
    QCOMPARE(kiosk.window->page(), KioskWindow::Page::HandBack);
    check(kiosk.window.get(), QStringLiteral("hand-back"), problems);
    click(kiosk.window->findChild<QAbstractButton *>(QStringLiteral("adultUnlock")));
    check(kiosk.window.get(), QStringLiteral("unlock"), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
