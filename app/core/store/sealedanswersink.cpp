#include "store/sealedanswersink.h"

#include "crypto/envelope.h"
#include "crypto/responsepayload.h"
#include "store/outboxstore.h"
#include "survey/survey.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

/// Best effort: wipe the plaintext payload once it is sealed (QString copies cannot be wiped).
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

} // namespace

SealedAnswerSink::SealedAnswerSink(OutboxStore &store, const EnvelopeSealer &sealer,
                                   const Survey &survey)
    : m_store(store)
    , m_sealer(sealer)
    , m_survey(survey)
{
}

Result<void> SealedAnswerSink::checkSurvey(const SessionInfo &session) const
{
    if (session.surveyId != m_survey.id || session.surveyVersion != m_survey.version) {
        return Result<void>::failure(u"survey_mismatch"_s,
                                     u"The session is for survey %1 version %2, but this sink "
                                     u"seals answers for %3 version %4."_s.arg(session.surveyId)
                                         .arg(session.surveyVersion)
                                         .arg(m_survey.id)
                                         .arg(m_survey.version));
    }
    return {};
}

Result<void> SealedAnswerSink::sealAndAppend(const SessionInfo &session, int kind,
                                             QByteArray &payload)
{
    EnvelopeHeader header;
    header.kind = EnvelopeKind(kind);
    header.recordId = QUuid::createUuid(); // random (v4): reveals nothing, dedupes at the inbox
    header.surveyId = session.surveyId;
    header.surveyVersion = quint16(session.surveyVersion);
    header.day = session.day;
    auto sealed = m_sealer.seal(header, payload);
    wipe(payload);
    if (!sealed) {
        return sealed.error();
    }
    OutboxRecord record;
    record.recordId = header.recordId;
    record.sessionId = session.sessionId;
    record.surveyId = session.surveyId;
    record.day = session.day;
    record.kind = envelopeKindCode(header.kind);
    record.envelope = sealed.value();
    return m_store.append(record);
}

Result<void> SealedAnswerSink::recordAnswer(const SessionInfo &session, const AnswerRecord &answer)
{
    if (auto same = checkSurvey(session); !same) {
        return same;
    }
    const Question *question = m_survey.question(answer.questionId);
    if (!question || !question->isAnswerable()) {
        return Result<void>::failure(
            u"unknown_question"_s,
            u"Question %1 is not an answerable question of survey %2."_s.arg(answer.questionId,
                                                                             m_survey.id));
    }
    QByteArray payload = encodeAnswerPayload(session, answer, *question);
    return sealAndAppend(session, int(EnvelopeKind::Answer), payload);
}

Result<void> SealedAnswerSink::finishSession(const SessionInfo &session,
                                             const SessionSummary &summary)
{
    if (auto same = checkSurvey(session); !same) {
        return same;
    }
    QByteArray payload = encodeSessionEndPayload(session, summary);
    // Linked like the answers until the link is dropped below; a crash in between is tidied by
    // OutboxStore::releaseOpenSessions at the next start.
    if (auto appended = sealAndAppend(session, int(EnvelopeKind::SessionEnd), payload); !appended) {
        return appended;
    }
    return m_store.finishSession(session.sessionId);
}

Result<void> SealedAnswerSink::withdrawSession(const SessionInfo &session)
{
    auto deleted = m_store.deleteSession(session.sessionId);
    if (!deleted) {
        return deleted.error();
    }
    return {};
}

} // namespace heard
