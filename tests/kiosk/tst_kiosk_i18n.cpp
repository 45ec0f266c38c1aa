// Every word the kiosk itself puts on a screen goes through tr() and is in translations/*.ts, and a
// child choosing Welsh or Arabic never meets an untranslated kiosk word.
//
// escapesTr: a translator that marks every text it is asked for is installed, then every screen
// of every survey (questions, the stop / withdraw / talk / pause / still-there / end messages) and
// the adult screens are walked. On every visible widget, whatever is left of its text, accessible
// name, description and tooltip after removing marked kiosk words and the survey's own words
// (survey content comes from the survey files, not .ts) must contain no word. Every marked text
// must also be a source in translations/heard_kiosk_en.ts, so nothing is translated from outside
// the list lupdate keeps.
#include "child/childflow.h"
#include "kioskfixture.h"
#include "session/memoryanswersink.h"
#include "session/sessionengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace heard;
using namespace heard::test;

namespace {

const QChar open(0x27e6); // ⟦
const QChar close(0x27e7); // ⟧

class MarkingTranslator final : public QTranslator
{
public:
    mutable QSet<QString> asked;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        // Qt's own contexts (e.g. QT_LAYOUT_DIRECTION) are not the kiosk's words.
        const QByteArray ctx(context);
        if (!ctx.startsWith("heard::") && ctx != "QObject")
            return {};
        const QString s = QString::fromUtf8(source);
        asked.insert(s);
        return open + s + close;
    }
};

void collectStrings(const QJsonValue &v, QStringList &out)
{
    if (v.isString())
        out << v.toString();
    else if (v.isArray())
        for (const QJsonValue &x : v.toArray())
            collectStrings(x, out);
    else if (v.isObject())
        for (const QJsonValue &x : v.toObject())
            collectStrings(x, out);
}

/// Every string in every survey definition: survey content is not the kiosk's to translate.
QStringList surveyStrings()
{
    QStringList out;
    const QDir dir(sourceDir() + QStringLiteral("/survey_definitions"));
    for (const QString &f : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        QFile file(dir.filePath(f));
        if (file.open(QIODevice::ReadOnly))
            collectStrings(QJsonDocument::fromJson(file.readAll()).object(), out);
    }
    out.removeAll(QString());
    // Longest first, so a long prompt is removed before a word inside it.
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

struct TsEntry
{
    QString context;
    QString source;
    QString translation;
};

QList<TsEntry> readTs(const QString &path)
{
    QList<TsEntry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    TsEntry e;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            e = { context, xml.readElementText(), QString() };
        else if (xml.name() == QLatin1String("translation")) {
            e.translation = xml.readElementText();
            out << e;
        }
    }
    return out;
}

/// What is left of @p text once marked kiosk words and survey words are taken out.
QString leftover(QString text, const QStringList &survey)
{
    text = plainText(text); // numbers are shown isolated and unbreakable; the words are the same
    static const QRegularExpression marked(QStringLiteral("\u27e6[^\u27e6\u27e7]*\u27e7"));
    // Innermost marks first (a marked text can hold a marked argument).
    for (int i = 0; i < 4; ++i)
        text.replace(marked, QStringLiteral(" "));
    for (const QString &s : survey)
        if (s.size() > 1)
            text.replace(s, QStringLiteral(" "));
    return text;
}

bool hasWord(const QString &s)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
    return word.match(s).hasMatch();
}

void checkScreen(QWidget *root, const QString &where, const QStringList &survey,
                 QStringList &problems)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        QStringList texts { w->accessibleName(), w->accessibleDescription(), w->toolTip() };
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        for (const QString &t : texts) {
            const QString rest = leftover(t, survey);
            if (hasWord(rest))
                problems << where + QStringLiteral(": ") + w->metaObject()->className() + u' '
                        + w->objectName() + QStringLiteral(": \"") + t + u'"';
        }
    }
}

} // namespace

class TestKioskI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesTr_data();
    void escapesTr();
    void adultScreensEscapeNothing();
    void childWordsTranslated_data();
    void childWordsTranslated();
};

void TestKioskI18n::escapesTr_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : { "children-4-7.json", "children-8-11.json", "young-people-11-18.json",
                           "care-leavers-16-25.json" })
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestKioskI18n::escapesTr()
{
    QFETCH(QString, file);
    const QStringList survey = surveyStrings();
    QVERIFY(survey.size() > 100);
    const QMap<QString, Survey> surveys = loadSurveys();
    QVERIFY(surveys.contains(file));
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QStringList problems;
    {
        MemoryAnswerSink sink;
        SessionInfo info;
        info.sessionId = QUuid::createUuid();
        info.surveyId = surveys[file].id;
        info.language = QStringLiteral("en");
        ChildFlowOptions options;
        options.assetsDir = assetsDir();
        options.advocacyContact = QStringLiteral("Children's Rights Service");
        PresentationProfile profile; // speakers shown
        ChildFlow flow(surveys[file], info, profile, sink, options);
        flow.resize(1280, 800);
        flow.show();
        QVERIFY(flow.start().ok());
        settle();
        // The message screens, from the first screen.
        click(visible(&flow, QStringLiteral("stop")));
        checkScreen(&flow, QStringLiteral("stop"), survey, problems);
        click(visible(&flow, QStringLiteral("dontKeep")));
        checkScreen(&flow, QStringLiteral("withdraw"), survey, problems);
        click(visible(&flow, QStringLiteral("notWithdraw")));
        click(visible(&flow, QStringLiteral("carryOn")));
        click(visible(&flow, QStringLiteral("talk")));
        checkScreen(&flow, QStringLiteral("talk"), survey, problems);
        click(visible(&flow, QStringLiteral("carryOn")));
        click(visible(&flow, QStringLiteral("pause")));
        checkScreen(&flow, QStringLiteral("pause"), survey, problems);
        click(visible(&flow, QStringLiteral("carryOn")));
        settle();
        int screens = 0;
        for (int i = 0; i < 150 && flow.engine().current(); ++i) {
            checkScreen(&flow, flow.engine().current()->id, survey, problems);
            ++screens;
            QVERIFY(answerOne(&flow, QStringLiteral("x")));
        }
        QVERIFY(screens > 5);
        checkScreen(&flow, QStringLiteral("end"), survey, problems);
    }
    QCoreApplication::removeTranslator(&marker);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Everything translated is in the list lupdate keeps.
    QSet<QString> sources;
    for (const TsEntry &e : readTs(sourceDir() + QStringLiteral("/translations/heard_kiosk_en.ts")))
        sources.insert(e.source);
    QVERIFY(sources.size() > 50);
    QStringList missing;
    for (const QString &s : std::as_const(marker.asked))
        if (!sources.contains(s) && !s.isEmpty())
            missing << s;
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestKioskI18n::adultScreensEscapeNothing()
{
    const QStringList survey = surveyStrings();
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QStringList problems;
    {
        KioskFixture kiosk;
        QVERIFY(kiosk.open());
        checkScreen(kiosk.window.get(), QStringLiteral("set PIN"), survey, problems);
        kiosk.enterPin();
        checkScreen(kiosk.window.get(), QStringLiteral("adult setup"), survey, problems);
        kiosk.handOver(QStringLiteral("16-25"));
        click(visible(kiosk.window->childFlow(), QStringLiteral("stop")));
        click(visible(kiosk.window->childFlow(), QStringLiteral("confirmStop")));
        click(visible(kiosk.window->childFlow(), QStringLiteral("handBack")));
        settle();
        checkScreen(kiosk.window.get(), QStringLiteral("hand-back"), survey, problems);
    }
    QCoreApplication::removeTranslator(&marker);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestKioskI18n::childWordsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Welsh") << QStringLiteral("cy");
    QTest::newRow("Arabic") << QStringLiteral("ar");
}

void TestKioskI18n::childWordsTranslated()
{
    // The words a child sees (the child flow and its pictures and buttons) are all translated;
    // adult mode may stay in the adult's language.
    QFETCH(QString, language);
    const QList<TsEntry> entries = readTs(sourceDir() + QStringLiteral("/translations/heard_kiosk_")
                                          + language + QStringLiteral(".ts"));
    QVERIFY(entries.size() > 50);
    const QStringList childContexts {
        QStringLiteral("heard::ChildFlow"),
        QStringLiteral("heard::ProgressRow"),
        QStringLiteral("heard::ChoiceButton"),
        QStringLiteral("QObject"),
        // The child flow's parts: bar, question views, messages and their helpers.
        QStringLiteral("heard::SessionBar"),
        QStringLiteral("heard::SpeakerButton"),
        QStringLiteral("heard::PictureWords"),
        QStringLiteral("heard::QuestionView"),
        QStringLiteral("heard::ChoiceGridView"),
        QStringLiteral("heard::YesNoView"),
        QStringLiteral("heard::LadderView"),
        QStringLiteral("heard::FreeTextView"),
        QStringLiteral("heard::InfoView"),
        QStringLiteral("heard::MessagePage"),
        QStringLiteral("heard::StopDialog"),
        QStringLiteral("heard::WithdrawDialog"),
        QStringLiteral("heard::WithdrawProblemDialog"),
        QStringLiteral("heard::TalkDialog"),
        QStringLiteral("heard::PauseDialog"),
        QStringLiteral("heard::StillThereDialog"),
        QStringLiteral("heard::LaMessageDialog"),
        QStringLiteral("heard::EndScreen"),
        QStringLiteral("heard::StorageProblemPage"),
    };
    // Said only to the grown-up, even on the child's screen.
    const QStringList forAdults { QStringLiteral("For the grown-up"),
                                  QStringLiteral("For the grown-up: "),
                                  QStringLiteral("Message for the grown-up"),
                                  QStringLiteral("Stop the survey") };
    QStringList untranslated;
    int childWords = 0;
    for (const TsEntry &e : entries) {
        if (!childContexts.contains(e.context) || forAdults.contains(e.source))
            continue;
        // Messages that go to the adult's note (they mention the grown-up's actions).
        if (e.source.contains(QLatin1String("%1)")))
            continue;
        ++childWords;
        if (e.translation.trimmed().isEmpty())
            untranslated << e.context + QStringLiteral(": ") + e.source;
    }
    QVERIFY(childWords > 40);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));

    // And the real translator is what the child flow installs: the Stop choice in this language.
    const QMap<QString, Survey> surveys = loadSurveys();
    const Survey &s = surveys[QStringLiteral("children-8-11.json")];
    MemoryAnswerSink sink;
    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    info.surveyId = s.id;
    info.language = language;
    ChildFlowOptions options;
    options.assetsDir = assetsDir();
    ChildFlow flow(s, info, PresentationProfile(), sink, options);
    flow.resize(1280, 800);
    flow.show();
    QVERIFY(flow.start().ok());
    click(visible(&flow, QStringLiteral("stop")));
    const QString keep = visible(&flow, QStringLiteral("confirmStop"))->text();
    QVERIFY(!keep.isEmpty());
    QVERIFY2(keep != QLatin1String("Keep my answers"), qPrintable(keep));
}

QTEST_MAIN(TestKioskI18n)
#include "tst_kiosk_i18n.moc"
