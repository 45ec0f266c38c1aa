#pragma once

#include "survey/framework.h"
#include "survey/survey.h"
#include "survey/surveyproblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace heard {

class JsonObjectReader;

/// Turns a parsed definition into a Survey, checking everything the format promises: structure and
/// types, ids, show-if references, framework indicators and age bands, positive-answer codes,
/// translations for every declared language, and the picture and audio files it names.
/// Reports every problem it finds; returns a Survey only when there are none.
class SurveyReader
{
public:
    SurveyReader(const Framework &framework, QString assetsDir);

    /// Whether a claimed recorded-audio pack must exist under the assets folder (default yes).
    /// The kiosk turns it off for updates: a missing clip falls back to live speech.
    void setCheckRecordedAudio(bool check) { m_checkRecordedAudio = check; }

    std::optional<Survey> read(const QJsonObject &root, SurveyProblems &problems);

private:
    void readTop(JsonObjectReader &top);
    void readChoiceSets(JsonObjectReader &top);
    void readSection(const QJsonObject &object, const QString &pointer);
    void readQuestion(const QJsonObject &object, const QString &pointer, Section &section);
    void readChoices(JsonObjectReader &in, Question &question);
    std::optional<Choice> readChoice(const QJsonValue &value, const QString &pointer);
    void readMeasures(JsonObjectReader &in, Question &question, const Section &section);
    void readCondition(JsonObjectReader &in, Question &question);
    void readWithheld(JsonObjectReader &in, Question &question);
    void checkKindRules(JsonObjectReader &in, Question &question);

    LocalizedText text(JsonObjectReader &in, const QString &key, bool required);
    void checkImage(const QString &path, const QString &pointer);
    void checkAudio(const QString &key, const QString &pointer);
    void problem(const QString &pointer, const QString &message,
                 SurveyProblem::Anchor anchor = SurveyProblem::Anchor::Value);

    const Framework &m_framework;
    QString m_assetsDir;
    bool m_checkRecordedAudio = true;
    SurveyProblems *m_problems = nullptr;
    Survey m_survey;
    QMap<QString, QPair<QJsonArray, QString>> m_choiceSets; ///< name -> choices, pointer
    QMap<QString, QString> m_questionPointers;              ///< id -> pointer, in document order
    QStringList m_allQuestionIds;                           ///< every id in the file (pre-pass)
};

} // namespace heard
