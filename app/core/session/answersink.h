#pragma once

#include "session/sessiontypes.h"
#include "util/result.h"

namespace heard {

/// The seam between the session engine and storage. The engine calls it synchronously, and only
/// moves to the next screen once the call succeeded: an answer given is an answer kept.
/// The sealed outbox implements it; previews and tests use MemoryAnswerSink, which stores nothing.
class AnswerSink
{
public:
    virtual ~AnswerSink() = default;

    /// Make @p answer durable. Called again for the same question when the child changes it
    /// (a higher AnswerRecord::sequence supersedes a lower one).
    virtual Result<void> recordAnswer(const SessionInfo &session, const AnswerRecord &answer) = 0;

    /// The session ended (completed, stopped, or left idle); what was answered is kept.
    virtual Result<void> finishSession(const SessionInfo &session, const SessionSummary &summary) = 0;

    /// The child chose to withdraw: everything recorded for this session must go.
    virtual Result<void> withdrawSession(const SessionInfo &session) = 0;
};

} // namespace heard
