#include "session/memoryanswersink.h"

#include "session/sessionengine.h"

namespace heard {

Result<void> MemoryAnswerSink::recordAnswer(const SessionInfo &, const AnswerRecord &answer)
{
    m_records.append(answer);
    return {};
}

Result<void> MemoryAnswerSink::finishSession(const SessionInfo &, const SessionSummary &summary)
{
    m_summaries.append(summary);
    return {};
}

Result<void> MemoryAnswerSink::withdrawSession(const SessionInfo &)
{
    ++m_withdrawals;
    m_records.clear();
    m_summaries.clear();
    return {};
}

QHash<QString, AnswerRecord> MemoryAnswerSink::effectiveAnswers() const
{
    QHash<QString, AnswerRecord> latest;
    for (const AnswerRecord &record : m_records) {
        const auto it = latest.constFind(record.questionId);
        if (it == latest.constEnd() || it->sequence < record.sequence)
            latest.insert(record.questionId, record);
    }
    for (auto it = latest.begin(); it != latest.end();) {
        if (SessionEngine::isRetraction(*it))
            it = latest.erase(it);
        else
            ++it;
    }
    return latest;
}

} // namespace heard
