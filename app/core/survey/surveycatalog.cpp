#include "survey/surveycatalog.h"

#include "crypto/signeddefinition.h"
#include "survey/surveyloader.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard {

SurveyCatalog::SurveyCatalog(const Framework &framework, QString assetsDir,
                             QByteArray pinnedRootKey)
    : m_framework(framework)
    , m_assetsDir(std::move(assetsDir))
    , m_pinnedRootKey(std::move(pinnedRootKey))
{
}

SurveyCatalog::Outcome SurveyCatalog::load(const QString &builtInDir,
                                           const QString &updatesDir) const
{
    Outcome outcome;
    const SurveyLoader builtInLoader(m_framework, m_assetsDir);
    for (const QString &file :
         QDir(builtInDir).entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
        const SurveyLoader::Outcome out = builtInLoader.loadFile(QDir(builtInDir).filePath(file));
        if (out.survey)
            outcome.surveys.append(*out.survey);
        for (const LoadProblem &p : out.problems)
            outcome.problems.append(p.toString());
    }

    // Pictures must be on the kiosk; a recorded clip that is not falls back to live speech.
    SurveyLoader updateLoader(m_framework, m_assetsDir);
    updateLoader.setCheckRecordedAudio(false);
    auto skip = [&](const QString &path, const QString &reason) {
        const QString line = u"survey update %1 skipped: %2"_s.arg(path, reason);
        qCWarning(lcSurvey, "%s", qUtf8Printable(line));
        outcome.skippedUpdates.append(line);
    };
    QHash<QString, qsizetype> indexOfId;
    for (qsizetype i = 0; i < outcome.surveys.size(); ++i)
        indexOfId.insert(outcome.surveys.at(i).id, i);

    const QDir updates(updatesDir);
    for (const QString &file : updates.entryList({ u"*.signed.json"_s }, QDir::Files, QDir::Name)) {
        const QString path = updates.filePath(file);
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            skip(path, u"cannot read it: %1"_s.arg(in.errorString()));
            continue;
        }
        if (in.size() > maxUpdateFileBytes) {
            skip(path, u"it is %1 bytes, more than any survey needs"_s.arg(in.size()));
            continue;
        }
        // Verified again here: the data folder is only as trustworthy as the device's disk.
        const auto update = SignedDefinition::verify(in.readAll(), m_pinnedRootKey);
        if (!update) {
            skip(path, update.error().message);
            continue;
        }
        const SurveyLoader::Outcome loaded = updateLoader.load(update->definition(), path);
        if (!loaded.survey) {
            QStringList reasons;
            for (const LoadProblem &p : loaded.problems)
                reasons.append(
                    u"%1:%2: %3: %4"_s.arg(p.line).arg(p.column).arg(p.pointer, p.message));
            skip(path, u"the definition is not valid here (%1)"_s.arg(reasons.join(u"; "_s)));
            continue;
        }
        const Survey &survey = *loaded.survey;
        const auto known = indexOfId.constFind(survey.id);
        if (known != indexOfId.cend()) {
            const Survey &current = outcome.surveys.at(*known);
            if (current.version >= survey.version) {
                skip(path,
                     u"version %1 of %2 is not newer than version %3 already here"_s
                         .arg(survey.version)
                         .arg(survey.id)
                         .arg(current.version));
                continue;
            }
            outcome.surveys[*known] = survey;
        } else {
            indexOfId.insert(survey.id, outcome.surveys.size());
            outcome.surveys.append(survey);
        }
        const QString line
            = u"survey update %1 applied: %2 version %3"_s.arg(path, survey.id).arg(survey.version);
        qCInfo(lcSurvey, "%s", qUtf8Printable(line));
        outcome.appliedUpdates.append(line);
    }

    std::stable_sort(outcome.surveys.begin(), outcome.surveys.end(),
                     [](const Survey &a, const Survey &b) {
                         return Framework::ageBands().indexOf(a.ageBand)
                             < Framework::ageBands().indexOf(b.ageBand);
                     });
    return outcome;
}

} // namespace heard
