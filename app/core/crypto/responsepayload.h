#pragma once

#include "crypto/envelopeheader.h"
#include "session/sessiontypes.h"
#include "survey/survey.h"
#include "util/result.h"

#include <QByteArray>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace heard {

/// The JSON inside an envelope's sealed box (docs/envelope.md). Plaintext answers: never log it.
struct ResponsePayload
{
    static constexpr int CurrentVersion = 1;

    EnvelopeKind kind = EnvelopeKind::Answer;
    QUuid sessionId;
    QString language;
    QString ageBand;
    QString completionMode; ///< completionModeCode()

    // EnvelopeKind::Answer
    QString questionId;
    QStringList codes;
    QString special; ///< specialAnswerCode(), empty when none
    std::optional<QString> text; ///< free text, when the question is free text and text was given
    int sequence = 0;
    QStringList indicators; ///< the indicators the question measures
    QStringList positive; ///< the indicators for which this answer counts as positive

    // EnvelopeKind::SessionEnd
    QString outcome; ///< sessionOutcomeCode()
    int answered = 0;
    int shown = 0;
    bool askedToTalk = false;
};

/// Compact JSON for one answer; indicators and positive come from @p question's measures.
QByteArray encodeAnswerPayload(const SessionInfo &session, const AnswerRecord &answer,
                               const Question &question);
QByteArray encodeSessionEndPayload(const SessionInfo &session, const SessionSummary &summary);

/// Strict decoding of a payload opened from an envelope of @p kind ("malformed_payload" on error).
Result<ResponsePayload> decodeResponsePayload(EnvelopeKind kind, const QByteArray &json);

} // namespace heard
