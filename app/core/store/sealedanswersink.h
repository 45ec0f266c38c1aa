#pragma once

#include "session/answersink.h"

namespace heard {

class EnvelopeSealer;
class OutboxStore;
struct Survey;

/// The AnswerSink the kiosk uses: every answer becomes one sealed envelope, committed to the
/// outbox before recordAnswer returns, so the next screen shows only once the answer is durable.
/// The plaintext exists only in memory for the call; the device cannot read it back.
///
/// Error codes: those of OutboxStore (notably "disk_full") and EnvelopeSealer::seal, plus
/// "survey_mismatch" and "unknown_question".
class SealedAnswerSink : public AnswerSink
{
public:
    /// All three must outlive the sink.
    SealedAnswerSink(OutboxStore &store, const EnvelopeSealer &sealer, const Survey &survey);

    Result<void> recordAnswer(const SessionInfo &session, const AnswerRecord &answer) override;
    /// Appends a SessionEnd envelope, then drops the session link from every record.
    Result<void> finishSession(const SessionInfo &session, const SessionSummary &summary) override;
    /// Deletes every record of the session and truncates the WAL.
    Result<void> withdrawSession(const SessionInfo &session) override;

private:
    Result<void> sealAndAppend(const SessionInfo &session, int kind, QByteArray &payload);
    Result<void> checkSurvey(const SessionInfo &session) const;

    OutboxStore &m_store;
    const EnvelopeSealer &m_sealer;
    const Survey &m_survey;
};

} // namespace heard
