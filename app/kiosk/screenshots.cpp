// Renders every kind of kiosk screen offscreen into PNGs (docs/screenshots/kiosk/), so people can
// look at them as a child would: for each age band's survey in English every question kind, the
// assent and information screens, the stop / withdraw / talk / "still there" messages and the end;
// the same in Arabic (right to left) for 11-18 and in Welsh for 4-7; large text with high contrast;
// each question kind alone from QuestionViewFactory (preview-<kind>.png); and adult mode. Every
// question screen's file name ends in its kind's code, '_' written '-' (e.g. 8-11-yes-no.png). Run:
// cmake --build build --target kiosk_screenshots
//                 (or build/bin/heard-kiosk-screenshots [OUTDIR])
#include "child/childflow.h"
#include "child/views/questionviewfactory.h"
#include "device/adultpin.h"
#include "kioskwindow.h"
#include "session/answersink.h"
#include "store/devicestorage.h"
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

using namespace heard;

namespace {

class NullSink final : public AnswerSink
{
public:
    Result<void> recordAnswer(const SessionInfo &, const AnswerRecord &) override { return {}; }
    Result<void> finishSession(const SessionInfo &, const SessionSummary &) override { return {}; }
    Result<void> withdrawSession(const SessionInfo &) override { return {}; }
};

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

bool save(QWidget *w, const QString &dir, const QString &name)
{
    settle();
    const bool ok = w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << name << ".png\n";
    return ok;
}

QAbstractButton *button(QWidget *root, const QString &name)
{
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>(name))
        if (b->isVisible())
            return b;
    return nullptr;
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Run
{
    QString file;
    QString prefix;
    QString language; ///< empty: the survey's default
    bool highContrast = false;
    int scale = 100;
    bool everyKind = true; ///< false: only the first question of each kind is not needed
};

/// The name of a screen's kind for file names: question kinds, and info screens by role.
QString kindName(const Question &q)
{
    if (q.kind == QuestionKind::Info)
        return q.role == InfoRole::Assent ? QStringLiteral("assent") : QStringLiteral("info");
    return questionKindCode(q.kind).replace(u'_', u'-');
}

ChildFlow *makeFlow(const Survey &survey, const Run &run, AnswerSink &sink, const QString &src,
                    int idleWarnMs = 3'600'000)
{
    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    info.surveyId = survey.id;
    info.ageBand = survey.ageBand;
    info.language = run.language.isEmpty() ? survey.defaultLanguage() : run.language;
    PresentationProfile profile;
    profile.highContrast = run.highContrast;
    profile.textScalePercent = run.scale;
    ChildFlowOptions options;
    options.assetsDir = src + QStringLiteral("/assets");
    options.advocacyContact = QStringLiteral("Children's Rights Service, 0800 000 0000 (example)");
    options.idleWarnMs = idleWarnMs;
    auto *flow = new ChildFlow(survey, info, profile, sink, options);
    flow->resize(1280, 800);
    flow->show();
    if (!flow->start().ok()) {
        delete flow;
        return nullptr;
    }
    settle();
    return flow;
}

/// Answers the screen on show: "yes", or the last answer (so questions shown only after a
/// positive answer appear too), or Next.
void answerScreen(ChildFlow *flow)
{
    const Question *q = flow->engine().current();
    const AnswerShape shape = questionKindTraits(q->kind).answer;
    if (shape == AnswerShape::None || shape == AnswerShape::FreeText) {
        button(flow, QStringLiteral("next"))->click();
    } else {
        QList<QAbstractButton *> choices;
        for (QAbstractButton *b : flow->findChildren<QAbstractButton *>())
            if (b->isVisible() && b->objectName().startsWith(QStringLiteral("choice_")))
                choices.append(b);
        QAbstractButton *pick = button(flow, QStringLiteral("choice_yes"));
        if (!pick && !choices.isEmpty())
            pick = shape == AnswerShape::ManyChoices ? choices.first() : choices.last();
        if (pick)
            pick->click();
        if (shape == AnswerShape::ManyChoices)
            button(flow, QStringLiteral("next"))->click();
    }
    settle();
}

/// Every kind of screen of one survey, then the messages and the end.
int shootSurvey(const Survey &survey, const Run &run, const QString &src, const QString &out)
{
    int failures = 0;
    NullSink sink;
    {
        std::unique_ptr<ChildFlow> flow(makeFlow(survey, run, sink, src));
        if (!flow)
            return 1;
        QSet<QString> shot;
        bool messagesShot = false;
        for (int i = 0; i < 150 && flow->engine().current(); ++i) {
            const Question *q = flow->engine().current();
            const QString kind = kindName(*q);
            if (!shot.contains(kind)) {
                shot.insert(kind);
                failures += !save(flow.get(), out, run.prefix + u'-' + kind);
            }
            // The messages, over the first question with answers (what is hidden behind them).
            if (!messagesShot && q->isAnswerable() && run.everyKind) {
                messagesShot = true;
                button(flow.get(), QStringLiteral("stop"))->click();
                failures += !save(flow.get(), out, run.prefix + QStringLiteral("-stop"));
                button(flow.get(), QStringLiteral("dontKeep"))->click();
                failures += !save(flow.get(), out, run.prefix + QStringLiteral("-withdraw"));
                button(flow.get(), QStringLiteral("notWithdraw"))->click();
                button(flow.get(), QStringLiteral("carryOn"))->click();
                button(flow.get(), QStringLiteral("talk"))->click();
                failures += !save(flow.get(), out, run.prefix + QStringLiteral("-talk"));
                button(flow.get(), QStringLiteral("carryOn"))->click();
                settle();
            }
            answerScreen(flow.get());
        }
        failures += !save(flow.get(), out, run.prefix + QStringLiteral("-end"));
    }
    if (!run.everyKind)
        return failures;
    // "Are you still there?" after the quiet time.
    {
        std::unique_ptr<ChildFlow> flow(makeFlow(survey, run, sink, src, 20));
        if (!flow)
            return failures + 1;
        waitMs(80);
        failures += !save(flow.get(), out, run.prefix + QStringLiteral("-still-there"));
    }
    // The end after withdrawing.
    {
        std::unique_ptr<ChildFlow> flow(makeFlow(survey, run, sink, src));
        if (!flow)
            return failures + 1;
        button(flow.get(), QStringLiteral("stop"))->click();
        button(flow.get(), QStringLiteral("dontKeep"))->click();
        button(flow.get(), QStringLiteral("confirmWithdraw"))->click();
        failures += !save(flow.get(), out, run.prefix + QStringLiteral("-end-withdrawn"));
    }
    return failures;
}

/// Each question kind alone, as a survey editor's preview shows it (no session behind it), from
/// the first survey that asks it: preview-<kind>.png.
int shootPreviews(const QList<Survey> &surveys, const QString &src, const QString &out)
{
    int failures = 0;
    for (QuestionKind kind : allQuestionKinds()) {
        const Survey *survey = nullptr;
        const Question *question = nullptr;
        for (const Survey &s : surveys)
            for (const Section &section : s.sections)
                for (const Question &q : section.questions)
                    if (!question && q.kind == kind) {
                        survey = &s;
                        question = &q;
                    }
        const QString name
            = QStringLiteral("preview-") + questionKindCode(kind).replace(u'_', u'-');
        if (!question) {
            QTextStream(stdout) << "FAILED " << name << ".png: no survey asks this kind\n";
            ++failures;
            continue;
        }
        ViewSettings settings;
        settings.language = survey->defaultLanguage();
        settings.fallbackLanguage = survey->defaultLanguage();
        settings.young = survey->ageBand == QLatin1String("4-7");
        settings.assetsDir = src + QStringLiteral("/assets");
        settings.minimumTarget = ViewSettings::minimumTargetFor(nullptr, 100);
        settings.availableWidth = 1280 - 32;
        // The frame stands in for the session shell: the same margins, look and background.
        QWidget frame;
        frame.setObjectName(QStringLiteral("childFlow"));
        frame.setStyleSheet(settings.styleSheet());
        frame.setAutoFillBackground(true);
        auto *layout = new QVBoxLayout(&frame);
        layout->setContentsMargins(16, 10, 16, 10);
        layout->addWidget(QuestionViewFactory::create(*question, settings).release());
        frame.resize(1280, 800);
        frame.show();
        failures += !save(&frame, out, name);
    }
    return failures;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString src = QStringLiteral(HEARD_SOURCE_DIR);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : src + QStringLiteral("/docs/screenshots/kiosk");
    QDir().mkpath(out);
    const Result<Framework> framework = Framework::loadCsv(
        src + QStringLiteral("/survey_definitions/framework/wellbeing-framework.csv"));
    if (!framework.ok())
        return 1;
    const SurveyLoader loader(framework.value(), src + QStringLiteral("/assets"));
    int failures = 0;
    const QList<Run> runs {
        { QStringLiteral("children-4-7.json"), QStringLiteral("4-7"), {} },
        { QStringLiteral("children-8-11.json"), QStringLiteral("8-11"), {} },
        { QStringLiteral("young-people-11-18.json"), QStringLiteral("11-18"), {} },
        { QStringLiteral("care-leavers-16-25.json"), QStringLiteral("16-25"), {} },
        // Welsh: the 4-7 survey has Welsh content, and the kiosk's words are Welsh too.
        { QStringLiteral("children-4-7.json"), QStringLiteral("cy-4-7"), QStringLiteral("cy") },
        // Arabic: no survey has Arabic content yet (it falls back to English); this shows the
        // kiosk's own words in Arabic and the right-to-left layout, for every age band.
        { QStringLiteral("children-4-7.json"), QStringLiteral("ar-4-7"), QStringLiteral("ar") },
        { QStringLiteral("children-8-11.json"), QStringLiteral("ar-8-11"), QStringLiteral("ar") },
        { QStringLiteral("young-people-11-18.json"), QStringLiteral("ar-11-18"),
          QStringLiteral("ar") },
        { QStringLiteral("care-leavers-16-25.json"), QStringLiteral("ar-16-25"),
          QStringLiteral("ar") },
        // Large text (200 %) and high contrast.
        { QStringLiteral("children-8-11.json"),
          QStringLiteral("contrast-200-8-11"),
          {},
          true,
          200,
          false },
    };
    for (const Run &run : runs) {
        const SurveyLoader::Outcome loaded
            = loader.loadFile(src + QStringLiteral("/survey_definitions/") + run.file);
        if (!loaded.survey)
            return 1;
        failures += shootSurvey(*loaded.survey, run, src, out);
    }

    // Every kind on its own, through the same factory the child flow uses.
    {
        QList<Survey> surveys;
        for (const Run &run : runs) {
            const SurveyLoader::Outcome loaded
                = loader.loadFile(src + QStringLiteral("/survey_definitions/") + run.file);
            if (loaded.survey && run.language.isEmpty() && !run.highContrast)
                surveys.append(*loaded.survey);
        }
        failures += shootPreviews(surveys, src, out);
    }

    // Adult mode over a throwaway store (random key; nothing is kept).
    {
        QTemporaryDir dir;
        QList<Survey> surveys;
        for (const QString &file :
             { QStringLiteral("children-4-7.json"), QStringLiteral("children-8-11.json"),
               QStringLiteral("young-people-11-18.json"),
               QStringLiteral("care-leavers-16-25.json") })
            surveys.append(
                *loader.loadFile(src + QStringLiteral("/survey_definitions/") + file).survey);
        auto storage = DeviceStorage::open(dir.path(), QByteArray(32, '\x07'));
        if (!storage.ok())
            return 1;
        AdultPin pin(dir.path());
        KioskOptions options;
        options.assetsDir = src + QStringLiteral("/assets");
        KioskWindow window(surveys, *storage.value(), pin, options);
        window.resize(1280, 800);
        window.show();
        failures += !save(&window, out, QStringLiteral("adult-set-pin"));
        window.findChild<QLineEdit *>(QStringLiteral("pin"))->setText(QStringLiteral("2580"));
        window.findChild<QLineEdit *>(QStringLiteral("pinAgain"))->setText(QStringLiteral("2580"));
        button(&window, QStringLiteral("pinOk"))->click();
        failures += !save(&window, out, QStringLiteral("adult-setup"));
        auto handOver = [&] {
            window.findChild<QCheckBox *>(QStringLiteral("toldPurpose"))->setChecked(true);
            button(&window, QStringLiteral("handOver"))->click();
            settle();
        };
        auto unlock = [&] {
            button(&window, QStringLiteral("adultUnlock"))->click();
            window.findChild<QLineEdit *>(QStringLiteral("pin"))->setText(QStringLiteral("2580"));
            button(&window, QStringLiteral("pinOk"))->click();
            settle();
        };
        handOver();
        ChildFlow *flow = window.childFlow();
        button(flow, QStringLiteral("next"))->click();
        button(flow, QStringLiteral("talk"))->click();
        button(flow, QStringLiteral("stopNow"))->click();
        button(flow, QStringLiteral("confirmStop"))->click();
        button(flow, QStringLiteral("handBack"))->click();
        failures += !save(&window, out, QStringLiteral("adult-hand-back"));
        unlock();
        failures += !save(&window, out, QStringLiteral("adult-after-talk-request"));
        handOver();
        flow = window.childFlow();
        button(flow, QStringLiteral("stop"))->click();
        button(flow, QStringLiteral("dontKeep"))->click();
        button(flow, QStringLiteral("confirmWithdraw"))->click();
        button(flow, QStringLiteral("handBack"))->click();
        unlock();
        failures += !save(&window, out, QStringLiteral("adult-after-withdraw"));
        handOver();
        // The adult's key chord while a child is busy.
        QKeyEvent chord(QEvent::KeyPress, Qt::Key_A,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QCoreApplication::sendEvent(window.childFlow(), &chord);
        failures += !save(&window, out, QStringLiteral("adult-unlock-during-session"));
    }
    return failures == 0 ? 0 : 1;
}
