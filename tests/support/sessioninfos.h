#pragma once

#include "session/sessiontypes.h"
#include "survey/survey.h"

namespace heard::testutil {

/// A new session (fresh id) of version @p version of survey @p surveyId for @p ageBand, in
/// English, the child alone, on @p day.
SessionInfo newSession(const QString &surveyId, int version, const QString &ageBand, QDate day);

/// A new session of @p survey (its id, version and age band), in English, on @p day.
SessionInfo newSession(const Survey &survey, QDate day);

/// A question with only what payloads and reports read: @p id, @p kind and @p measures.
Question measuredQuestion(const QString &id, QuestionKind kind,
                          const QList<Measure> &measures = {});

} // namespace heard::testutil
