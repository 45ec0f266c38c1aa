// Renders the kiosk's key screens offscreen into PNGs (docs/screenshots/kiosk/), so people can
// look at them as a child would. Run: build/bin/heard-kiosk-screenshots [OUTDIR]
#include "child/childflow.h"
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
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>

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
    const struct
    {
        QString file;
        QString prefix;
        QStringList stops; ///< question ids to photograph
        bool highContrast;
        int scale;
    } runs[] = {
        { QStringLiteral("children-4-7.json"),
          QStringLiteral("4-7"),
          { QStringLiteral("welcome"), QStringLiteral("practice"), QStringLiteral("trust_adults") },
          false,
          100 },
        { QStringLiteral("young-people-11-18.json"),
          QStringLiteral("11-18"),
          { QStringLiteral("life_overall"), QStringLiteral("trust_adults"),
            QStringLiteral("who_helps"), QStringLiteral("see_parents"),
            QStringLiteral("anything_else") },
          false,
          100 },
        { QStringLiteral("children-8-11.json"),
          QStringLiteral("8-11"),
          { QStringLiteral("life_happy"), QStringLiteral("good_friend") },
          false,
          100 },
        { QStringLiteral("children-8-11.json"),
          QStringLiteral("8-11-contrast-200"),
          { QStringLiteral("life_happy") },
          true,
          200 },
        // No survey is in Arabic yet: this shows the kiosk's own words and right-to-left layout.
        { QStringLiteral("young-people-11-18.json"),
          QStringLiteral("11-18-arabic-kiosk-words"),
          { QStringLiteral("life_overall"), QStringLiteral("see_parents") },
          false,
          100 },
    };
    for (const auto &run : runs) {
        const SurveyLoader::Outcome loaded
            = loader.loadFile(src + QStringLiteral("/survey_definitions/") + run.file);
        if (!loaded.survey)
            return 1;
        const Survey &survey = *loaded.survey;
        NullSink sink;
        SessionInfo info;
        info.sessionId = QUuid::createUuid();
        info.surveyId = survey.id;
        info.ageBand = survey.ageBand;
        info.language = run.prefix.contains(QLatin1String("arabic")) ? QStringLiteral("ar")
                                                                     : survey.defaultLanguage();
        PresentationProfile profile;
        profile.highContrast = run.highContrast;
        profile.textScalePercent = run.scale;
        ChildFlowOptions options;
        options.assetsDir = src + QStringLiteral("/assets");
        options.advocacyContact
            = QStringLiteral("Children's Rights Service, 0800 000 0000 (example)");
        ChildFlow flow(survey, info, profile, sink, options);
        flow.resize(1280, 800);
        flow.show();
        if (!flow.start().ok())
            return 1;
        QStringList left = run.stops;
        for (int i = 0; i < 80 && flow.engine().current(); ++i) {
            settle();
            const Question *q = flow.engine().current();
            if (left.contains(q->id)) {
                failures += !save(&flow, out, run.prefix + u'-' + q->id);
                left.removeAll(q->id);
            }
            if (q->kind == QuestionKind::Info || q->kind == QuestionKind::FreeText) {
                button(&flow, QStringLiteral("next"))->click();
            } else {
                const auto choices = flow.findChildren<QAbstractButton *>();
                for (QAbstractButton *b : choices) {
                    if (b->isVisible() && b->objectName().startsWith(QStringLiteral("choice_"))) {
                        b->click();
                        break;
                    }
                }
                if (q->kind == QuestionKind::MultipleChoice)
                    button(&flow, QStringLiteral("next"))->click();
            }
        }
        settle();
        if (run.prefix == QLatin1String("4-7") || run.prefix == QLatin1String("11-18"))
            failures += !save(&flow, out, run.prefix + QStringLiteral("-end"));
    }

    // Overlays on a 4-7 question: the talk request and the calm "hand it back" after a store fault.
    {
        const SurveyLoader::Outcome loaded
            = loader.loadFile(src + QStringLiteral("/survey_definitions/children-4-7.json"));
        NullSink sink;
        SessionInfo info;
        info.sessionId = QUuid::createUuid();
        info.surveyId = loaded.survey->id;
        info.language = QStringLiteral("cy");
        ChildFlowOptions options;
        options.assetsDir = src + QStringLiteral("/assets");
        ChildFlow flow(*loaded.survey, info, PresentationProfile(), sink, options);
        flow.resize(1280, 800);
        flow.show();
        if (!flow.start().ok())
            return 1;
        for (int i = 0; i < 6; ++i)
            button(&flow, QStringLiteral("next"))->click();
        failures += !save(&flow, out, QStringLiteral("4-7-welsh-practice"));
        button(&flow, QStringLiteral("talk"))->click();
        failures += !save(&flow, out, QStringLiteral("4-7-talk"));
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
        window.findChild<QCheckBox *>(QStringLiteral("toldPurpose"))->setChecked(true);
        button(&window, QStringLiteral("handOver"))->click();
        settle();
        ChildFlow *flow = window.childFlow();
        button(flow, QStringLiteral("next"))->click();
        button(flow, QStringLiteral("talk"))->click();
        button(flow, QStringLiteral("stopNow"))->click();
        button(flow, QStringLiteral("confirmStop"))->click();
        button(flow, QStringLiteral("handBack"))->click();
        failures += !save(&window, out, QStringLiteral("hand-back"));
        button(&window, QStringLiteral("adultUnlock"))->click();
        window.findChild<QLineEdit *>(QStringLiteral("pin"))->setText(QStringLiteral("2580"));
        button(&window, QStringLiteral("pinOk"))->click();
        failures += !save(&window, out, QStringLiteral("adult-after-talk-request"));
    }
    return failures == 0 ? 0 : 1;
}
