#pragma once

#include "session/memoryanswersink.h"

namespace heard::test {

/// The code MemorySink fails with when told to: a test-only stand-in for a store's own codes.
inline const QString StoreUnavailable = QStringLiteral("store_unavailable");

/// The core MemoryAnswerSink that can be told to fail, for engine tests of what happens when
/// storage refuses an answer.
class MemorySink final : public MemoryAnswerSink
{
public:
    /// How many of the next calls of each kind fail (then calls succeed again).
    int failRecords = 0;
    int failFinishes = 0;
    int failWithdrawals = 0;
    /// If set, the recordAnswer call with this 1-based number (counting recordCalls) fails.
    int failOnRecordCall = 0;

    int recordCalls = 0; ///< including failed ones

    Result<void> recordAnswer(const SessionInfo &session, const AnswerRecord &answer) override
    {
        ++recordCalls;
        if (recordCalls == failOnRecordCall || takeOne(failRecords))
            return failure();
        return MemoryAnswerSink::recordAnswer(session, answer);
    }

    Result<void> finishSession(const SessionInfo &session, const SessionSummary &summary) override
    {
        if (takeOne(failFinishes))
            return failure();
        return MemoryAnswerSink::finishSession(session, summary);
    }

    Result<void> withdrawSession(const SessionInfo &session) override
    {
        if (takeOne(failWithdrawals))
            return failure();
        return MemoryAnswerSink::withdrawSession(session);
    }

private:
    static bool takeOne(int &failures)
    {
        if (failures <= 0)
            return false;
        --failures;
        return true;
    }
    static Result<void> failure()
    {
        return Result<void>::failure(StoreUnavailable,
                                     QStringLiteral("The answer could not be kept just now."));
    }
};

} // namespace heard::test
