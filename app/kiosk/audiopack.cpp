// heard-audio-pack: speaks every prompt and answer of every survey with espeak-ng into
// OUT/LANG/KEY.wav, so the kiosk has audio out of the box. Human recordings put in
// assets/audio/LANG/ take precedence. Usage: heard-audio-pack SURVEYS_DIR ASSETS_DIR OUT_DIR
// [LANG...]
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

using namespace heard;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        err << "usage: heard-audio-pack SURVEYS_DIR ASSETS_DIR OUT_DIR [LANG...]\n";
        return 2;
    }
    const QString surveysDir = args.at(1);
    const QString outDir = args.at(3);
    const QStringList only = args.mid(4);
    if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty()) {
        err << "heard-audio-pack: espeak-ng not found; no audio pack made (the kiosk synthesises "
               "on demand or shows that audio is unavailable)\n";
        QDir().mkpath(outDir);
        return 0;
    }
    const Result<Framework> framework
        = Framework::loadCsv(surveysDir + QStringLiteral("/framework/wellbeing-framework.csv"));
    if (!framework.ok()) {
        err << framework.error().message << '\n';
        return 1;
    }
    const SurveyLoader loader(framework.value(), args.at(2));
    int made = 0;
    int kept = 0;
    for (const QString &file :
         QDir(surveysDir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const SurveyLoader::Outcome out = loader.loadFile(QDir(surveysDir).filePath(file));
        if (!out.survey)
            continue;
        for (const QString &language : out.survey->languages) {
            if (!only.isEmpty() && !only.contains(language))
                continue;
            const QDir dir(outDir + u'/' + language);
            QDir().mkpath(dir.path());
            QList<QPair<QString, QString>> items;
            for (const Question *q : out.survey->questions()) {
                items.append({ q->audio, localized(q->prompt, language) });
                for (const Choice &c : q->choices)
                    items.append({ c.audio, localized(c.label, language) });
            }
            for (const auto &[key, text] : items) {
                if (key.isEmpty() || text.isEmpty() || key.contains(u'/'))
                    continue;
                const QString wav = dir.filePath(key + QStringLiteral(".wav"));
                if (QFileInfo::exists(wav)) {
                    ++kept;
                    continue;
                }
                QProcess espeak;
                espeak.start(QStringLiteral("espeak-ng"),
                             { QStringLiteral("-v"), language, QStringLiteral("-w"), wav,
                               QStringLiteral("--stdin") });
                espeak.write(text.toUtf8());
                espeak.closeWriteChannel();
                if (!espeak.waitForFinished(20000) || espeak.exitCode() != 0) {
                    err << "heard-audio-pack: no voice for " << language << " (" << key << ")\n";
                    QFile::remove(wav);
                    break; // the rest of this language would fail the same way
                }
                ++made;
            }
        }
    }
    QTextStream(stdout) << "heard-audio-pack: " << made << " clips made, " << kept
                        << " already there, in " << outDir << '\n';
    return 0;
}
