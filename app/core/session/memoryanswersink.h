#pragma once

#include "session/answersink.h"

#include <QHash>
#include <QList>

namespace heard {

/// An AnswerSink that keeps a session's answers in memory and stores nothing: the sink for a
/// preview or a "try it" run of a survey, where an adult walks the questions and nothing may
/// reach the outbox. Every call succeeds. What it holds is gone with the object.
class MemoryAnswerSink : public AnswerSink
{
public:
    Result<void> recordAnswer(const SessionInfo &session, const AnswerRecord &answer) override;
    Result<void> finishSession(const SessionInfo &session, const SessionSummary &summary) override;
    /// Forgets every answer and summary, as the outbox would.
    Result<void> withdrawSession(const SessionInfo &session) override;

    /// Every record accepted, in call order, retractions included.
    const QList<AnswerRecord> &records() const { return m_records; }
    /// Every summary received, in call order.
    const QList<SessionSummary> &summaries() const { return m_summaries; }
    /// How many times a session was withdrawn.
    int withdrawals() const { return m_withdrawals; }

    /// What a store would report per question: the highest sequence, retractions dropped.
    QHash<QString, AnswerRecord> effectiveAnswers() const;

private:
    QList<AnswerRecord> m_records;
    QList<SessionSummary> m_summaries;
    int m_withdrawals = 0;
};

} // namespace heard
