#include "session/sessiontypes.h"

namespace heard {

QString completionModeCode(CompletionMode mode)
{
    switch (mode) {
    case CompletionMode::ChildAlone:
        return QStringLiteral("child_alone");
    case CompletionMode::ChildWithHelp:
        return QStringLiteral("child_with_help");
    case CompletionMode::AdultReadAloud:
        return QStringLiteral("adult_read_aloud");
    }
    return {};
}

std::optional<CompletionMode> completionModeFromCode(const QString &code)
{
    for (CompletionMode mode : {CompletionMode::ChildAlone, CompletionMode::ChildWithHelp,
                                CompletionMode::AdultReadAloud}) {
        if (completionModeCode(mode) == code)
            return mode;
    }
    return std::nullopt;
}

SessionInfo SessionInfo::begin(const Survey &survey, const QString &language, CompletionMode mode)
{
    SessionInfo info;
    info.sessionId = QUuid::createUuid();
    info.surveyId = survey.id;
    info.surveyVersion = survey.version;
    info.ageBand = survey.ageBand;
    info.language = language.isEmpty() ? survey.defaultLanguage() : language;
    info.completionMode = mode;
    info.day = QDate::currentDate();
    return info;
}

QString sessionOutcomeCode(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::Completed:
        return QStringLiteral("completed");
    case SessionOutcome::Stopped:
        return QStringLiteral("stopped");
    case SessionOutcome::TimedOut:
        return QStringLiteral("timed_out");
    }
    return {};
}

} // namespace heard
