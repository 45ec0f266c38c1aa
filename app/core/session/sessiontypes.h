#pragma once

#include "survey/survey.h"

#include <QDate>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace heard {

/// How the survey was completed, recorded so reports can split results by mode.
enum class CompletionMode {
    ChildAlone,
    ChildWithHelp,
    AdultReadAloud,
};
QString completionModeCode(CompletionMode mode); // "child_alone", "child_with_help", "adult_read_aloud"
std::optional<CompletionMode> completionModeFromCode(const QString &code);

/// What the adult chose for this child. Only the presentation, never who the child is.
struct PresentationProfile
{
    enum class Audio { Off, OnTap, AutoPlay };
    Audio audio = Audio::OnTap;
    int textScalePercent = 100; ///< 100-200
    bool highContrast = false;
    bool switchScanning = false;
    int scanIntervalMs = 1500;
};

/// Identifies one child's session. Holds no personal data.
struct SessionInfo
{
    QUuid sessionId;
    QString surveyId;
    int surveyVersion = 0;
    QString ageBand;
    QString language;
    CompletionMode completionMode = CompletionMode::ChildAlone;
    QDate day; ///< coarse date only, never a time of day

    /// A new session of @p survey today, with a fresh random id; an empty @p language means the
    /// survey's default.
    static SessionInfo begin(const Survey &survey, const QString &language = QString(),
                             CompletionMode mode = CompletionMode::ChildAlone);
};

/// One answer to one question.
struct AnswerRecord
{
    QString questionId;
    QStringList codes;                    ///< chosen codes; empty when special is set or free text
    std::optional<SpecialAnswer> special; ///< dont_know / rather_not_say / skip
    QString freeText;                     ///< free-text kind only
    int sequence = 0;                     ///< increases with every answer in the session
};

enum class SessionOutcome {
    Completed,
    Stopped,   ///< the child or adult stopped early
    TimedOut,  ///< left idle; answers so far are kept
};
QString sessionOutcomeCode(SessionOutcome outcome);

struct SessionSummary
{
    SessionOutcome outcome = SessionOutcome::Completed;
    CompletionMode completionMode = CompletionMode::ChildAlone;
    int answered = 0;  ///< questions with a real or special answer
    int shown = 0;     ///< answerable questions shown
    bool askedToTalk = false; ///< the child pressed "I want to talk to someone"
};

} // namespace heard
