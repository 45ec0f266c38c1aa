#pragma once

#include "session/answersink.h"
#include "session/sessionengine.h"

#include <QHash>
#include <QList>

namespace heard::test {

/// An AnswerSink that keeps everything in memory and can be told to fail, for engine tests.
/// The code MemorySink fails with when told to: a test-only stand-in for a store's own codes.
inline const QString StoreUnavailable = QStringLiteral("store_unavailable");

class MemorySink final : public AnswerSink
{
public:
    /// How many of the next calls of each kind fail (then calls succeed again).
    int failRecords = 0;
    int failFinishes = 0;
    int failWithdrawals = 0;
    /// If set, the recordAnswer call with this 1-based number (counting recordCalls) fails.
    int failOnRecordCall = 0;

    QList<AnswerRecord> records; ///< every record accepted, in call order
    QList<SessionSummary> summaries;
    int withdrawals = 0;
    int recordCalls = 0; ///< including failed ones

    Result<void> recordAnswer(const SessionInfo &, const AnswerRecord &answer) override
    {
        ++recordCalls;
        if (recordCalls == failOnRecordCall)
            return failure();
        if (failRecords > 0) {
            --failRecords;
            return failure();
        }
        records.append(answer);
        return {};
    }

    Result<void> finishSession(const SessionInfo &, const SessionSummary &summary) override
    {
        if (failFinishes > 0) {
            --failFinishes;
            return failure();
        }
        summaries.append(summary);
        return {};
    }

    Result<void> withdrawSession(const SessionInfo &) override
    {
        if (failWithdrawals > 0) {
            --failWithdrawals;
            return failure();
        }
        ++withdrawals;
        records.clear();
        summaries.clear();
        return {};
    }

    /// What the store side would report: the highest sequence per question, retractions dropped.
    QHash<QString, AnswerRecord> effectiveAnswers() const
    {
        QHash<QString, AnswerRecord> latest;
        for (const AnswerRecord &r : records) {
            const auto it = latest.constFind(r.questionId);
            if (it == latest.constEnd() || it->sequence < r.sequence)
                latest.insert(r.questionId, r);
        }
        for (auto it = latest.begin(); it != latest.end();) {
            if (SessionEngine::isRetraction(*it))
                it = latest.erase(it);
            else
                ++it;
        }
        return latest;
    }

private:
    static Result<void> failure()
    {
        return Result<void>::failure(StoreUnavailable,
                                     QStringLiteral("The answer could not be kept just now."));
    }
};

} // namespace heard::test
