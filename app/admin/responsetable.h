#pragma once

#include "report/responseset.h"
#include "util/result.h"

#include <QByteArray>

namespace heard::admin {

/// Opened envelopes as one row per response (grouped by ResponseSet), for CSV and JSON Lines.
/// Free text never reaches these outputs: the cell says FreeTextMarker instead.
class ResponseTable
{
public:
    static constexpr char FreeTextMarker[] = "[free text withheld]";

    /// Adds one opened envelope. "session_conflict" when it names a different survey, version,
    /// language or age band than the session's other envelopes.
    Result<void> add(const EnvelopeHeader &header, const ResponsePayload &payload);

    int responseCount() const { return m_set.size(); }

    /// RFC 4180: UTF-8 with a byte order mark (for Excel), CRLF, quotes doubled. Fixed columns,
    /// then `q:<id>` and `q:<id>:indicators` per question seen.
    QByteArray toCsv() const;
    /// One JSON object per response and line.
    QByteArray toJsonLines() const;

private:
    static QString answerCell(const ResponseAnswer &answer);
    static QString indicatorCell(const ResponseAnswer &answer);

    ResponseSet m_set;
};

} // namespace heard::admin
