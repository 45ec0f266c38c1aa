#pragma once

#include "crypto/envelopeheader.h"
#include "crypto/responsepayload.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <optional>

namespace heard::admin {

/// Opened envelopes grouped into one row per response (session), for CSV and JSON Lines exports.
/// Free text never reaches these outputs: the cell says FreeTextMarker instead.
class ResponseTable
{
public:
    static constexpr char FreeTextMarker[] = "[free text withheld]";

    /// Adds one opened envelope. "session_conflict" when it names a different survey, version,
    /// language or age band than the session's other envelopes.
    Result<void> add(const EnvelopeHeader &header, const ResponsePayload &payload);

    int responseCount() const { return int(m_responses.size()); }

    /// RFC 4180: UTF-8 with a byte order mark (for Excel), CRLF, quotes doubled. Fixed columns,
    /// then `q:<id>` and `q:<id>:indicators` per question seen.
    QByteArray toCsv() const;
    /// One JSON object per response and line.
    QByteArray toJsonLines() const;

private:
    struct Answer
    {
        int sequence = -1;
        QStringList codes;
        QString special;
        bool freeText = false;
        QStringList indicators;
        QStringList positive;
    };
    struct SessionEnd
    {
        QString outcome;
        int answered = 0;
        int shown = 0;
        bool askedToTalk = false;
    };
    struct Response
    {
        QString session;
        QString survey;
        int version = 0;
        QString language;
        QString ageBand;
        QString completionMode;
        QDate day;
        std::optional<SessionEnd> end;
        QMap<QString, Answer> answers;
    };

    QStringList questionColumns() const;
    QList<const Response *> sortedResponses() const;
    static QString answerCell(const Answer &answer);
    static QString indicatorCell(const Answer &answer);

    QHash<QString, Response> m_responses;
    QHash<QString, int> m_firstSequence; ///< question id -> lowest sequence seen: column order
};

} // namespace heard::admin
