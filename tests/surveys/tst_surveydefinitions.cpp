// The four real surveys: valid, covering the framework for their age band, and shaped the way the
// age-band guidance asks (anchors-childrens-voice.md).
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace heard;

namespace {

const QString root = QStringLiteral(HEARD_SOURCE_DIR);

struct Expectation
{
    QString file;
    QString ageBand;
    QStringList languages;
    int minAnswerable;
    int maxAnswerable;
};

int answerable(const Survey &survey)
{
    int count = 0;
    for (const Question *q : survey.questions())
        count += q->isAnswerable() ? 1 : 0;
    return count;
}

} // namespace

class TestSurveyDefinitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFileIsListed();

    void isValid();
    void isValid_data() { survey_data(); }
    void coversTheFrameworkForItsBand_data() { survey_data(); }
    void opensWithAssentAndEndsWithThanksAndHelp_data() { survey_data(); }
    void shapedForItsAgeBand_data() { survey_data(); }
    void coversTheFrameworkForItsBand();
    void opensWithAssentAndEndsWithThanksAndHelp();
    void shapedForItsAgeBand();

private:
    static void survey_data();
    Survey load(const QString &file) const;
    std::optional<Framework> m_framework;
};

void TestSurveyDefinitions::initTestCase()
{
    auto framework = Framework::loadCsv(root + QStringLiteral("/survey_definitions/framework/wellbeing-framework.csv"));
    QVERIFY(framework.ok());
    m_framework = framework.value();
}

Survey TestSurveyDefinitions::load(const QString &file) const
{
    const QString path = root + QStringLiteral("/survey_definitions/") + file;
    const auto outcome = SurveyLoader(*m_framework, root + QStringLiteral("/assets")).loadFile(path);
    for (const LoadProblem &p : outcome.problems)
        qWarning("%s", qPrintable(p.toString()));
    return outcome.survey.value_or(Survey());
}

void TestSurveyDefinitions::everyFileIsListed()
{
    const QStringList files = QDir(root + QStringLiteral("/survey_definitions")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{QStringLiteral("care-leavers-16-25.json"), QStringLiteral("children-4-7.json"),
                                 QStringLiteral("children-8-11.json"), QStringLiteral("young-people-11-18.json")}));
}

void TestSurveyDefinitions::survey_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("ageBand");
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<int>("minAnswerable");
    QTest::addColumn<int>("maxAnswerable");
    // 4-7: 12-15 questions; older bands: about 10-15 minutes of questions.
    QTest::newRow("4-7") << "children-4-7.json" << "4-7" << QStringList{"en", "cy"} << 12 << 15;
    QTest::newRow("8-11") << "children-8-11.json" << "8-11" << QStringList{"en"} << 20 << 35;
    QTest::newRow("11-18") << "young-people-11-18.json" << "11-18" << QStringList{"en"} << 30 << 45;
    QTest::newRow("16-25") << "care-leavers-16-25.json" << "16-25" << QStringList{"en"} << 25 << 40;
}

void TestSurveyDefinitions::isValid()
{
    QFETCH(QString, file);
    QFETCH(QString, ageBand);
    QFETCH(QStringList, languages);
    const Survey survey = load(file);
    QVERIFY2(!survey.id.isEmpty(), "the survey must load without problems");
    QCOMPARE(survey.ageBand, ageBand);
    QCOMPARE(survey.languages, languages);
    QCOMPARE(survey.id + QStringLiteral(".json"), file);
    QVERIFY(survey.estimatedMinutes >= 5 && survey.estimatedMinutes <= 15);
}

void TestSurveyDefinitions::coversTheFrameworkForItsBand()
{
    QFETCH(QString, file);
    QFETCH(QString, ageBand);
    const Survey survey = load(file);
    QSet<QString> measured;
    for (const Question *q : survey.questions()) {
        for (const Measure &m : q->measures) {
            QVERIFY2(!m.positiveCodes.isEmpty(), qPrintable(q->id));
            measured.insert(m.indicator);
        }
    }
    const QStringList requiredList = m_framework->indicatorsFor(ageBand);
    const QSet<QString> required(requiredList.cbegin(), requiredList.cend());
    QVERIFY(!required.isEmpty());
    QStringList missing = QStringList(required.cbegin(), required.cend());
    missing.removeIf([&](const QString &id) { return measured.contains(id); });
    QStringList extra = QStringList(measured.cbegin(), measured.cend());
    extra.removeIf([&](const QString &id) { return required.contains(id); });
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not measured: ") + missing.join(u' ')));
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("not in this band: ") + extra.join(u' ')));
}

void TestSurveyDefinitions::opensWithAssentAndEndsWithThanksAndHelp()
{
    QFETCH(QString, file);
    const Survey survey = load(file);
    const QList<const Question *> all = survey.questions();
    QVERIFY(all.size() > 4);
    int assent = 0;
    while (assent < all.size() && all.at(assent)->role == InfoRole::Assent)
        ++assent;
    QVERIFY2(assent >= 3, "the survey opens with assent screens");
    QCOMPARE(all.at(all.size() - 2)->role, InfoRole::Thanks);
    QCOMPARE(all.last()->role, InfoRole::Help);
    QVERIFY(localized(all.last()->prompt, QStringLiteral("en")).contains(QStringLiteral("0800 1111")));
    // Together the assent screens say the things a child must know before agreeing.
    QString assentText;
    for (int i = 0; i < assent; ++i)
        assentText += localized(all.at(i)->prompt, QStringLiteral("en")).toLower() + u' ';
    for (const char *idea : {"skip", "stop", "wrong", "name"})
        QVERIFY2(assentText.contains(QLatin1String(idea)), idea);
}

void TestSurveyDefinitions::shapedForItsAgeBand()
{
    QFETCH(QString, file);
    QFETCH(QString, ageBand);
    QFETCH(int, minAnswerable);
    QFETCH(int, maxAnswerable);
    const Survey survey = load(file);
    const int count = answerable(survey);
    QVERIFY2(count >= minAnswerable && count <= maxAnswerable, qPrintable(QString::number(count)));
    for (const Question *q : survey.questions()) {
        if (ageBand == QLatin1String("4-7")) {
            // No reading needed: every choice is a picture, every screen can be heard.
            QVERIFY2(q->kind != QuestionKind::FreeText && q->kind != QuestionKind::Ladder
                         && q->kind != QuestionKind::Frequency,
                     qPrintable(q->id));
            if (q->kind == QuestionKind::Faces)
                QVERIFY2(q->points <= 3, qPrintable(q->id));
            for (const Choice &c : q->choices)
                QVERIFY2(!c.image.isEmpty() || q->kind == QuestionKind::YesNo, qPrintable(q->id));
        }
        QVERIFY(!q->audio.isEmpty());
    }
    if (ageBand == QLatin1String("16-25") || ageBand == QLatin1String("11-18")) {
        int ladders = 0;
        for (const Question *q : survey.questions())
            ladders += q->kind == QuestionKind::Ladder ? 1 : 0;
        QVERIFY(ladders >= 3);
    }
}

QTEST_GUILESS_MAIN(TestSurveyDefinitions)
#include "tst_surveydefinitions.moc"
