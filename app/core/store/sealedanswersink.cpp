#include "store/sealedanswersink.h"

#include "crypto/envelope.h"
#include "crypto/responsepayload.h"
#include "store/outboxstore.h"
#include "survey/survey.h"
#include "util/errorcode.h"

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
        return Result<void>::failure(ErrorCode::SurveyMismatch,
                                     u"The session is for survey %1 version %2, but this sink "
                                     u"seals answers for %3 version %4."_s.arg(session.surveyId)
                                         .arg(session.surveyVersion)
                                         .arg(m_survey.id)
                                         .arg(m_survey.version));
    }
    return {};
}

Result<QUuid> SealedAnswerSink::sealAndAppend(const SessionInfo &session, int kind,
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
    if (auto appended = m_store.append(record); !appended) {
        return appended.error();
    }
    return record.recordId;
}

Result<void> SealedAnswerSink::recordAnswer(const SessionInfo &session, const AnswerRecord &answer)
{
    if (auto same = checkSurvey(session); !same) {
        return same;
    }
    const Question *question = m_survey.question(answer.questionId);
    if (!question || !question->isAnswerable()) {
        return Result<void>::failure(
            ErrorCode::UnknownQuestion,
            u"Question %1 is not an answerable question of survey %2."_s.arg(answer.questionId,
                                                                             m_survey.id));
    }
    QByteArray payload = encodeAnswerPayload(session, answer, *question);
    auto appended = sealAndAppend(session, int(EnvelopeKind::Answer), payload);
    if (!appended) {
        return appended.error();
    }
    QUuid &latest = m_latest[session.sessionId][answer.questionId];
    const QUuid superseded = latest;
    latest = appended.value();
    if (!superseded.isNull()) {
        // The new answer is durable; the one it supersedes can go. If that fails both stay,
        // and the higher sequence wins at the LA, so the answer still counts as kept.
        (void)m_store.remove({ superseded });
    }
    return {};
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
        return appended.error();
    }
    m_latest.remove(session.sessionId);
    return m_store.finishSession(session.sessionId);
}

Result<void> SealedAnswerSink::withdrawSession(const SessionInfo &session)
{
    m_latest.remove(session.sessionId);
    auto deleted = m_store.deleteSession(session.sessionId);
    if (!deleted) {
        return deleted.error();
    }
    return {};
}

} // namespace heard
