#include "reportcsv.h"

#include "util/csv.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard {

QByteArray ReportCsv::indicators(const IndicatorReport &report)
{
    QByteArray csv("\xEF\xBB\xBF");
    csv += csvLine({ u"indicator"_s, u"domain"_s, u"description"_s, u"age_band"_s, u"respondents"_s,
                     u"positive"_s, u"percentage"_s, u"suppressed"_s, u"note"_s });
    auto row = [&](const IndicatorReport::Row &r, const QString &band,
                   const IndicatorReport::Cell &c) {
        if (!c.applies && c.respondents == 0)
            return; // not asked of this band
        if (c.suppressed) {
            // Say why it is hidden: a small group, or only to protect one.
            const QString why = c.protecting ? QString::fromLatin1(Suppressor::ProtectingWords)
                                             : u"fewer than %1"_s.arg(report.threshold());
            csv += csvLine({ r.indicator, r.domain, r.description, band, QString(), QString(),
                             QString(), u"yes"_s, why });
            return;
        }
        csv += csvLine({ r.indicator, r.domain, r.description, band, QString::number(c.respondents),
                         QString::number(c.positive),
                         c.respondents > 0 ? QString::number(c.percent(), 'f', 1) : QString(),
                         u"no"_s, QString() });
    };
    for (const IndicatorReport::Row &r : report.rows()) {
        for (qsizetype i = 0; i < report.bands().size(); ++i)
            row(r, report.bands().at(i), r.bands.at(i));
        row(r, QString::fromLatin1(IndicatorReport::AllAges), r.all);
    }
    return csv;
}

QByteArray ReportCsv::comments(const ResponseSet &responses)
{
    struct Comment
    {
        QString survey, band, question, text;
    };
    QList<Comment> comments;
    for (const Response *r : responses.sorted()) {
        for (auto it = r->answers.cbegin(); it != r->answers.cend(); ++it) {
            if (it->text && !it->text->trimmed().isEmpty() && it->special.isEmpty())
                comments.append({ r->survey, r->ageBand, it.key(), *it->text });
        }
    }
    std::sort(comments.begin(), comments.end(), [](const Comment &a, const Comment &b) {
        return std::tie(a.survey, a.question, a.text) < std::tie(b.survey, b.question, b.text);
    });
    QByteArray csv("\xEF\xBB\xBF");
    csv += QByteArray(SensitiveLine) + "\r\n";
    csv += csvLine({ u"survey"_s, u"age_band"_s, u"question"_s, u"comment"_s });
    for (const Comment &c : std::as_const(comments))
        csv += csvLine({ c.survey, c.band, c.question, c.text });
    return csv;
}

} // namespace heard
