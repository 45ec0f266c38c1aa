#include "responseset.h"

#include "util/errorcode.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard {

Result<void> ResponseSet::add(const EnvelopeHeader &header, const ResponsePayload &payload)
{
    const QString key = payload.sessionId.toString(QUuid::WithoutBraces);
    auto it = m_responses.find(key);
    if (it == m_responses.end()) {
        Response r;
        r.session = key;
        r.survey = header.surveyId;
        r.version = header.surveyVersion;
        r.language = payload.language;
        r.ageBand = payload.ageBand;
        r.completionMode = payload.completionMode;
        r.day = header.day;
        it = m_responses.insert(key, r);
    } else if (it->survey != header.surveyId || it->version != header.surveyVersion
               || it->language != payload.language || it->ageBand != payload.ageBand) {
        return Result<void>::failure(
            ErrorCode::SessionConflict,
            u"names a different survey, version, language or age band than the "
            "other envelopes of session %1"_s.arg(key));
    }
    Response &r = *it;
    r.day = std::min(r.day, header.day);

    if (header.kind == EnvelopeKind::SessionEnd) {
        r.end
            = ResponseEnd { payload.outcome, payload.answered, payload.shown, payload.askedToTalk };
        // The adult may record at the end that help was given: the summary's mode is the final
        // word.
        r.completionMode = payload.completionMode;
        return Result<void>::success();
    }
    ResponseAnswer &answer = r.answers[payload.questionId];
    if (payload.sequence <= answer.sequence)
        return Result<void>::success(); // a later answer to the same question already won
    answer.sequence = payload.sequence;
    answer.codes = payload.codes;
    answer.special = payload.special;
    answer.text = payload.text;
    answer.indicators = payload.indicators;
    answer.positive = payload.positive;
    auto seen = m_firstSequence.find(payload.questionId);
    if (seen == m_firstSequence.end())
        m_firstSequence.insert(payload.questionId, payload.sequence);
    else
        *seen = std::min(*seen, payload.sequence);
    return Result<void>::success();
}

QList<const Response *> ResponseSet::sorted() const
{
    QList<const Response *> rows;
    rows.reserve(m_responses.size());
    for (const Response &r : m_responses)
        rows.append(&r);
    std::sort(rows.begin(), rows.end(), [](const Response *a, const Response *b) {
        return std::tie(a->survey, a->version, a->day, a->session)
            < std::tie(b->survey, b->version, b->day, b->session);
    });
    return rows;
}

QStringList ResponseSet::questionOrder() const
{
    QStringList ids = m_firstSequence.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        const int sa = m_firstSequence.value(a), sb = m_firstSequence.value(b);
        return sa != sb ? sa < sb : a < b;
    });
    return ids;
}

} // namespace heard
