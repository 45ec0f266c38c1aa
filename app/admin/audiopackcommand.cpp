#include "audiopackcommand.h"

#include "commandline.h"
#include "survey/audioscript.h"
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace heard::admin {

namespace {

// espeak-ng's voice for a survey language code, where the two differ.
QString voiceFor(const QString &language)
{
    if (language == "en"_L1)
        return u"en-gb"_s;
    return language;
}

QString textHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

bool speak(const QString &voice, const QString &text, const QString &wavPath, QString *error)
{
    QProcess espeak;
    // The text goes on stdin, never on a command line other users could read.
    espeak.start(u"espeak-ng"_s, { u"-v"_s, voice, u"-s"_s, u"150"_s, u"-w"_s, wavPath, u"--stdin"_s });
    if (!espeak.waitForStarted(5000)) {
        *error = u"cannot start espeak-ng (install the espeak-ng package)"_s;
        return false;
    }
    espeak.write(text.toUtf8());
    espeak.closeWriteChannel();
    if (!espeak.waitForFinished(30000) || espeak.exitCode() != 0) {
        espeak.kill();
        *error = u"espeak-ng failed: %1"_s.arg(QString::fromUtf8(espeak.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

int audioPack(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Makes a synthesised audio pack for survey definitions."_s);
    const QCommandLineOption languageOption(u"language"_s, u"The survey language to speak."_s, u"LANG"_s);
    const QCommandLineOption outOption(u"out"_s, u"The audio folder; clips go to DIR/LANG/KEY.wav."_s, u"DIR"_s);
    const QCommandLineOption frameworkOption(u"framework"_s, u"The well-being framework CSV."_s, u"CSV"_s);
    parser.addOptions({ languageOption, outOption, frameworkOption });
    parser.addPositionalArgument(u"FILE"_s, u"Survey definitions."_s, u"FILE..."_s);
    if (const int code = parseCommandLine(parser, u"audio-pack"_s, args); code >= 0)
        return code;
    if (!parser.isSet(languageOption) || !parser.isSet(outOption) || parser.positionalArguments().isEmpty()) {
        err() << "audio-pack: --language LANG, --out DIR and at least one FILE are required\n";
        return 2;
    }
    const QString language = parser.value(languageOption);
    const QDir outDir(QDir(parser.value(outOption)).filePath(language));
    if (!QDir().mkpath(outDir.path())) {
        err() << "audio-pack: cannot create " << outDir.path() << '\n';
        return 1;
    }

    // The manifest remembers what each clip says, so a changed prompt is spoken again.
    const QString manifestPath = outDir.filePath(u"manifest.json"_s);
    QJsonObject manifest;
    if (QFile file(manifestPath); file.open(QIODevice::ReadOnly))
        manifest = QJsonDocument::fromJson(file.readAll()).object();

    QHash<QString, QString> spokenThisRun; // key -> survey file, to catch two texts on one key
    int spoken = 0;
    int kept = 0;
    int skippedSurveys = 0;
    for (const QString &path : parser.positionalArguments()) {
        const QString frameworkPath = parser.isSet(frameworkOption)
            ? parser.value(frameworkOption)
            : QFileInfo(path).absoluteDir().filePath(u"framework/wellbeing-framework.csv"_s);
        const auto framework = Framework::loadCsv(frameworkPath);
        if (!framework) {
            err() << "audio-pack: " << framework.error().message << '\n';
            return 1;
        }
        const auto outcome = SurveyLoader(*framework, QString()).loadFile(path);
        if (!outcome.ok()) {
            for (const LoadProblem &problem : outcome.problems)
                err() << problem.toString() << '\n';
            return 1;
        }
        if (!outcome.survey->languages.contains(language)) {
            ++skippedSurveys; // this survey is not offered in the language
            continue;
        }
        for (const AudioScript::Line &line : AudioScript::linesFor(*outcome.survey, language)) {
            const QString wav = outDir.filePath(line.key + u".wav"_s);
            const QString hash = textHash(line.text);
            if (spokenThisRun.contains(line.key)) {
                if (manifest.value(line.key).toString() != hash) {
                    err() << "audio-pack: audio key \"" << line.key << "\" says different things in "
                          << spokenThisRun.value(line.key) << " and " << path << '\n';
                    return 1;
                }
                continue;
            }
            spokenThisRun.insert(line.key, path);
            if (QFileInfo::exists(wav) && manifest.value(line.key).toString() == hash) {
                ++kept;
                continue;
            }
            QString error;
            if (!speak(voiceFor(language), line.text, wav, &error)) {
                err() << "audio-pack: " << path << ": " << line.key << ": " << error << '\n';
                return 1;
            }
            manifest.insert(line.key, hash);
            ++spoken;
        }
    }
    QSaveFile file(manifestPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0 || !file.commit()) {
        err() << "audio-pack: cannot write " << manifestPath << '\n';
        return 1;
    }
    out() << "audio-pack " << language << ": " << spoken << " clips spoken, " << kept << " unchanged";
    if (skippedSurveys > 0)
        out() << ", " << skippedSurveys << " surveys not offered in " << language;
    out() << '\n';
    return 0;
}

} // namespace

Command audioPackCommand()
{
    return { u"audio-pack"_s, u"speak survey prompts with espeak-ng into an audio pack"_s, audioPack };
}

} // namespace heard::admin
