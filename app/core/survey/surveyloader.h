#pragma once

#include "survey/framework.h"
#include "survey/survey.h"

#include <QList>
#include <QString>

#include <optional>

namespace heard {

/// A problem in a definition file, where an author can find it.
struct LoadProblem
{
    QString file;
    int line = 1;
    int column = 1;
    QString pointer; ///< JSON pointer (RFC 6901); empty for the whole document
    QString message;

    /// "FILE:LINE:COLUMN: POINTER: message", the form editors and CI logs link to.
    QString toString() const;
};

/// Loads and validates survey definition files. Never crashes or hangs on any input: sizes and
/// nesting are bounded and every problem becomes a LoadProblem.
class SurveyLoader
{
public:
    struct Outcome
    {
        std::optional<Survey> survey; ///< set only when there are no problems
        QList<LoadProblem> problems;
        bool ok() const { return survey.has_value(); }
    };

    /// Definitions bigger than this are refused before parsing: no real survey comes close.
    static constexpr qsizetype maxFileBytes = 4 * 1024 * 1024;

    /// @p assetsDir is where pictures and audio are looked for; empty skips the file checks.
    SurveyLoader(const Framework &framework, QString assetsDir);

    /// See SurveyReader::setCheckRecordedAudio (default yes).
    void setCheckRecordedAudio(bool check) { m_checkRecordedAudio = check; }

    Outcome loadFile(const QString &path) const;
    Outcome load(const QByteArray &json, const QString &fileName) const;

    /// The assets/ folder beside the survey_definitions/ folder holding @p definitionPath.
    static QString defaultAssetsDirFor(const QString &definitionPath);

private:
    const Framework &m_framework;
    QString m_assetsDir;
    bool m_checkRecordedAudio = true;
};

} // namespace heard
