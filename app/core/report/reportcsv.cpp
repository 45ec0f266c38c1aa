#include "reportcsv.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

QString defuse(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r'
        || (first == u'-' && cell.size() > 1 && !cell.at(1).isDigit()))
        return u"'"_s + cell;
    return cell;
}

QByteArray field(const QString &raw)
{
    const QString cell = defuse(raw);
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n')
        && !cell.contains(u'\r'))
        return cell.toUtf8();
    QString quoted = cell;
    quoted.replace(u"\""_s, u"\"\""_s);
    return '"' + quoted.toUtf8() + '"';
}

} // namespace

QByteArray ReportCsv::line(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(cells.at(i));
    }
    return out + "\r\n";
}

QByteArray ReportCsv::indicators(const IndicatorReport &report)
{
    QByteArray csv("\xEF\xBB\xBF");
    csv += line({ u"indicator"_s, u"domain"_s, u"description"_s, u"age_band"_s, u"respondents"_s,
                  u"positive"_s, u"percentage"_s, u"suppressed"_s });
    auto row
        = [&](const IndicatorReport::Row &r, const QString &band, const IndicatorReport::Cell &c) {
              if (!c.applies && c.respondents == 0)
                  return; // not asked of this band
              if (c.suppressed) {
                  csv += line({ r.indicator, r.domain, r.description, band, QString(), QString(),
                                QString(), u"yes"_s });
                  return;
              }
              csv += line({ r.indicator, r.domain, r.description, band,
                            QString::number(c.respondents), QString::number(c.positive),
                            c.respondents > 0 ? QString::number(c.percent(), 'f', 1) : QString(),
                            u"no"_s });
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
    csv += line({ u"survey"_s, u"age_band"_s, u"question"_s, u"comment"_s });
    for (const Comment &c : std::as_const(comments))
        csv += line({ c.survey, c.band, c.question, c.text });
    return csv;
}

} // namespace heard
