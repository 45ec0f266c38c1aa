#pragma once

#include "crypto/envelopeheader.h"
#include "crypto/responsepayload.h"
#include "report/response.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace heard {

/// Opened envelopes grouped into one Response per session: the highest sequence per question
/// wins, whatever order the envelopes arrive in. Shared by `heard-admin open` and `report`.
class ResponseSet
{
public:
    /// Adds one opened envelope. "session_conflict" when it names a different survey, version,
    /// language or age band than the session's other envelopes.
    Result<void> add(const EnvelopeHeader &header, const ResponsePayload &payload);

    int size() const { return int(m_responses.size()); }
    /// Responses ordered by survey, version, day and session: the same order on every run.
    QList<const Response *> sorted() const;
    /// Question ids in the order children met them (lowest sequence first, then by id).
    QStringList questionOrder() const;

private:
    QHash<QString, Response> m_responses;
    QHash<QString, int> m_firstSequence; ///< question id -> lowest sequence seen
};

} // namespace heard
