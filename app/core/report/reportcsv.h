#pragma once

#include "report/indicatorreport.h"
#include "report/responseset.h"

#include <QByteArray>

namespace heard {

/// The report's CSV files: UTF-8 with a byte order mark (for Excel), CRLF, RFC 4180 quoting, and
/// formula-looking cells defused.
class ReportCsv
{
public:
    /// One row per indicator and age band (and "all"): respondents, positive, percentage, special
    /// and suppressed, and for a suppressed row why ("fewer than N", or "hidden to protect a small
    /// group"). A suppressed row carries no numbers at all.
    static QByteArray indicators(const IndicatorReport &report);
    /// Every free-text answer and nothing else that could tie it to a child: sorted by survey,
    /// question and text so a child's comments do not sit together. First line marks it sensitive.
    static QByteArray comments(const ResponseSet &responses);
    static constexpr char SensitiveLine[]
        = "# SENSITIVE: children's own words. A person must read and redact this file before "
          "anything in it is shared.";
};

} // namespace heard
