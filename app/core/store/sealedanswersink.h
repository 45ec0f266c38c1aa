#pragma once

#include "session/answersink.h"

#include <QHash>
#include <QUuid>

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

    /// A changed answer replaces the earlier envelope for that question while the session is
    /// open, so superseded answers never leave the device (best effort: if that delete fails,
    /// both stay and the higher sequence wins at the LA).
    Result<void> recordAnswer(const SessionInfo &session, const AnswerRecord &answer) override;
    /// Appends a SessionEnd envelope, then drops the session link from every record.
    Result<void> finishSession(const SessionInfo &session, const SessionSummary &summary) override;
    /// Deletes every record of the session and truncates the WAL.
    Result<void> withdrawSession(const SessionInfo &session) override;

private:
    Result<QUuid> sealAndAppend(const SessionInfo &session, int kind, QByteArray &payload);
    Result<void> checkSurvey(const SessionInfo &session) const;

    OutboxStore &m_store;
    const EnvelopeSealer &m_sealer;
    const Survey &m_survey;
    /// Open session -> question id -> record id of its latest answer. Memory only: on disk
    /// nothing says which question an envelope answers.
    QHash<QUuid, QHash<QString, QUuid>> m_latest;
};

} // namespace heard
