#include "sessioninfos.h"

namespace heard::testutil {

SessionInfo newSession(const QString &surveyId, int version, const QString &ageBand, QDate day)
{
    SessionInfo session;
    session.sessionId = QUuid::createUuid();
    session.surveyId = surveyId;
    session.surveyVersion = version;
    session.ageBand = ageBand;
    session.language = QStringLiteral("en");
    session.day = day;
    return session;
}

SessionInfo newSession(const Survey &survey, QDate day)
{
    return newSession(survey.id, survey.version, survey.ageBand, day);
}

Question measuredQuestion(const QString &id, QuestionKind kind, const QList<Measure> &measures)
{
    Question q;
    q.id = id;
    q.kind = kind;
    q.measures = measures;
    return q;
}

} // namespace heard::testutil
