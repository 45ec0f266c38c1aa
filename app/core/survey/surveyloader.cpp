#include "survey/surveyloader.h"

#include "survey/jsonsourcemap.h"
#include "survey/surveyreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <tuple>
#include <utility>

namespace heard {

QString LoadProblem::toString() const
{
    return QStringLiteral("%1:%2:%3: %4: %5").arg(file).arg(line).arg(column).arg(pointer, message);
}

SurveyLoader::SurveyLoader(const Framework &framework, QString assetsDir)
    : m_framework(framework), m_assetsDir(std::move(assetsDir))
{
}

QString SurveyLoader::defaultAssetsDirFor(const QString &definitionPath)
{
    QDir dir = QFileInfo(definitionPath).absoluteDir();
    // survey_definitions/x.json -> assets/ beside survey_definitions/
    dir.cdUp();
    return dir.filePath(QStringLiteral("assets"));
}

SurveyLoader::Outcome SurveyLoader::loadFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, {{path, 1, 1, QString(), QStringLiteral("cannot read the file: %1").arg(file.errorString())}}};
    }
    if (file.size() > maxFileBytes) {
        return {std::nullopt, {{path, 1, 1, QString(),
                                QStringLiteral("the file is %1 bytes; definitions are limited to %2")
                                    .arg(file.size())
                                    .arg(maxFileBytes)}}};
    }
    return load(file.readAll(), path);
}

SurveyLoader::Outcome SurveyLoader::load(const QByteArray &json, const QString &fileName) const
{
    Outcome outcome;
    if (json.size() > maxFileBytes) {
        outcome.problems.append({fileName, 1, 1, QString(), QStringLiteral("the definition is too big")});
        return outcome;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto pos = JsonSourceMap::positionOfOffset(json, error.offset);
        outcome.problems.append({fileName, pos.line, pos.column, QString(),
                                 QStringLiteral("invalid JSON: %1").arg(error.errorString())});
        return outcome;
    }
    if (!document.isObject()) {
        outcome.problems.append({fileName, 1, 1, QString(), QStringLiteral("expected a JSON object at the top")});
        return outcome;
    }

    const JsonSourceMap map = JsonSourceMap::build(json);
    auto add = [&](const QString &pointer, const QString &message, JsonSourceMap::Position pos) {
        outcome.problems.append({fileName, pos.line, pos.column, pointer, message});
    };
    // Qt keeps one of the repeated members silently; an author must hear about the other.
    for (const QString &pointer : map.duplicateKeys()) {
        add(pointer, QStringLiteral("duplicate field \"%1\"").arg(pointer.section(QLatin1Char('/'), -1)),
            map.duplicateKeyPosition(pointer));
    }

    SurveyProblems problems;
    SurveyReader reader(m_framework, m_assetsDir);
    reader.setCheckRecordedAudio(m_checkRecordedAudio);
    std::optional<Survey> survey = reader.read(document.object(), problems);
    QSet<QString> seen; // a choice set used by several questions reports its problems once
    for (const SurveyProblem &p : std::as_const(problems)) {
        if (seen.contains(p.pointer + QLatin1Char('\n') + p.message))
            continue;
        seen.insert(p.pointer + QLatin1Char('\n') + p.message);
        add(p.pointer, p.message,
            p.anchor == SurveyProblem::Anchor::Key ? map.keyPosition(p.pointer) : map.valuePosition(p.pointer));
    }
    // In reading order, as an author fixes them.
    std::stable_sort(outcome.problems.begin(), outcome.problems.end(),
                     [](const LoadProblem &a, const LoadProblem &b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    if (outcome.problems.isEmpty()) {
        // QJsonObject sorts member names; the author's order of choice sets is theirs to keep,
        // and SurveyWriter gives it back.
        const auto before = [&map](const ChoiceSet &a, const ChoiceSet &b) {
            const auto at = [&map](const ChoiceSet &set) {
                const auto pos = map.keyPosition(QStringLiteral("/choiceSets/")
                                                 + JsonSourceMap::escapeToken(set.name));
                return std::pair(pos.line, pos.column);
            };
            return at(a) < at(b);
        };
        std::stable_sort(survey->choiceSets.begin(), survey->choiceSets.end(), before);
        outcome.survey = std::move(survey);
    }
    return outcome;
}

} // namespace heard
