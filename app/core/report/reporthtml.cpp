#include "reporthtml.h"

#include "report/svgbarchart.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString pct(double value)
{
    return QString::number(int(std::lround(value))) + u"%"_s;
}

QString shortLabel(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1).trimmed() + u"\u2026"_s;
}

const char *const LaStyle = R"(
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:16px;line-height:1.45;color:#000;background:#fff;margin:2em auto;max-width:1100px;padding:0 1em}
h1{font-size:28px;margin:0 0 .3em}h2{font-size:22px;border-bottom:3px solid #0072B2;padding-bottom:.2em;margin-top:1.6em}
h3{font-size:18px}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:14px}
caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #555;padding:4px 8px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}
th{background:#e8eef4}
.figure{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
.figure svg{max-width:100%;height:auto}
.note{background:#fff8e1;border-left:5px solid #E69F00;padding:.6em 1em}
.legend span{display:inline-block;margin-right:1.2em}
.swatch{display:inline-block;width:14px;height:14px;border:1px solid #000;vertical-align:middle;margin-right:4px}
.small{font-size:13px;color:#333}
@media print{
 body{margin:0;max-width:none;font-size:11pt}
 h2{break-before:page}
 h2.first{break-before:auto}
 .figure,table,svg{break-inside:avoid}
 .note{border:1px solid #000}
 th{background:#fff}
}
)";

const char *const ChildStyle = R"(
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:24px;line-height:1.6;color:#000;background:#fff;margin:1.5em auto;max-width:900px;padding:0 1em}
h1{font-size:40px;margin:.2em 0}
h2{font-size:30px;margin:1.2em 0 .3em}
.row{display:flex;gap:1em;align-items:flex-start;margin:1em 0;break-inside:avoid}
.row svg{flex:none}
p{margin:.3em 0 .6em}
b{font-size:28px}
@media print{body{margin:0;max-width:none;font-size:18pt}.row{break-inside:avoid}}
)";

const QStringList SeriesPatterns
    = { u"solid"_s, u"diagonal lines"_s, u"upright lines"_s, u"flat lines"_s };

} // namespace

ReportHtml::ReportHtml(const IndicatorReport &report, Target target)
    : m_report(report)
    , m_target(target)
{
}

void ReportHtml::setComparison(const QList<IndicatorReport::Change> &changes,
                               const QString &earlier)
{
    m_changes = changes;
    m_earlier = earlier;
    m_compare = true;
}

namespace {

/// How the reports speak of a framework domain: to the LA, to children, and its picture.
struct DomainWords
{
    QString title;
    QString childTitle;
    QString picture;
};

/// The words for @p domain; nullptr for a domain the framework added since.
const DomainWords *domainWords(const QString &domain)
{
    static const QHash<QString, DomainWords> words {
        { u"wellbeing"_s, { u"Overall well-being"_s, u"Your life"_s, u"sun"_s } },
        { u"trusting_relationships"_s,
          { u"Trusting relationships"_s, u"People in your life"_s, u"trusted_person"_s } },
        { u"rights_in_and_leaving_care"_s,
          { u"Rights in and leaving care"_s, u"Your social worker and your say"_s,
            u"social_worker"_s } },
        { u"home"_s, { u"Home"_s, u"Where you live"_s, u"home"_s } },
        { u"opportunities"_s,
          { u"Opportunities"_s, u"School and things you do"_s, u"learning"_s } },
        { u"feelings"_s, { u"Feelings"_s, u"How you feel"_s, u"heart"_s } },
    };
    const auto it = words.constFind(domain);
    return it == words.cend() ? nullptr : &*it;
}

} // namespace

QString ReportHtml::domainTitle(const QString &domain)
{
    const DomainWords *words = domainWords(domain);
    return words ? words->title : domain;
}

QString ReportHtml::childDomainTitle(const QString &domain)
{
    const DomainWords *words = domainWords(domain);
    return words ? words->childTitle : domain;
}

QString ReportHtml::domainPicture(const QString &domain)
{
    const DomainWords *words = domainWords(domain);
    return words ? words->picture : u"star"_s;
}

QString ReportHtml::fewer() const
{
    return u"fewer than %1"_s.arg(m_report.threshold());
}

QString ReportHtml::protect()
{
    return QString::fromLatin1(Suppressor::ProtectingWords);
}

QString ReportHtml::hiddenTotal(int total) const
{
    return total < m_report.threshold() ? fewer() : protect();
}

QString ReportHtml::chart(const QString &name, const QString &svg) const
{
    if (m_target == Target::Browser)
        return svg;
    m_images.insert(name, svg);
    return u"<img src=\"heard:%1\" width=\"620\">"_s.arg(name);
}

QString ReportHtml::picture(const QString &name, int size) const
{
    const auto it = m_pictures.constFind(name);
    if (it == m_pictures.cend())
        return QString();
    if (m_target == Target::Print) {
        m_images.insert(name, *it);
        return u"<img src=\"heard:%1\" width=\"%2\" height=\"%2\">"_s.arg(name).arg(size);
    }
    // Inline, resized, and hidden from screen readers: the sentence beside it says it all.
    QString svg = *it;
    svg.replace(QRegularExpression(u"<\\?xml[^>]*\\?>"_s), QString());
    svg.replace(QRegularExpression(u"width=\"\\d+\" height=\"\\d+\""_s),
                u"width=\"%1\" height=\"%1\" aria-hidden=\"true\" focusable=\"false\""_s.arg(size));
    return svg.trimmed();
}

QString ReportHtml::cellText(const IndicatorReport::Cell &cell) const
{
    if (!cell.applies && cell.respondents == 0)
        return u"not asked"_s;
    if (cell.suppressed)
        return cell.protecting ? protect() : fewer();
    if (cell.respondents == 0)
        return u"no answers"_s;
    return u"%1 (%2 of %3)"_s.arg(pct(cell.percent())).arg(cell.positive).arg(cell.respondents);
}

QString ReportHtml::countText(const IndicatorReport::Count &count) const
{
    if (!count.suppressed)
        return QString::number(count.count);
    return count.protecting ? protect() : fewer();
}

QString ReportHtml::countTable(const QString &caption, const QString &what,
                               const IndicatorReport::CountTable &table,
                               const QHash<QString, QString> &labels) const
{
    QString html = u"<table><caption>%1</caption><tr><th scope=\"col\">%2</th><th scope=\"col\" "
                   "class=\"n\">Responses</th></tr>"_s.arg(esc(caption), esc(what));
    for (const IndicatorReport::Count &c : table.rows) {
        html += u"<tr><th scope=\"row\">%1</th><td class=\"n\">%2</td></tr>"_s.arg(
            esc(labels.value(c.label, c.label.isEmpty() ? u"(not recorded)"_s : c.label)),
            esc(countText(c)));
    }
    html += u"<tr><th scope=\"row\">Total</th><td class=\"n\">%1</td></tr></table>"_s.arg(
        table.totalSuppressed ? hiddenTotal(table.total) : QString::number(table.total));
    return html;
}

QString ReportHtml::domainSection(const QString &domain, int index) const
{
    const QStringList bands = m_report.bands();
    const QString title = domainTitle(domain);
    QString html = u"<h2 id=\"%1\"%3>%2</h2>"_s.arg(domain, esc(title),
                                                    index == 0 ? u" class=\"first\""_s : QString());
    SvgBarChart bars(u"%1: percentage answering positively, by age band"_s.arg(title),
                     u"Bars show the percentage of children in each age band who answered "
                     "positively. Groups with %1 respondents are left out. The table beside the "
                     "chart gives every figure."_s.arg(fewer()));
    bars.setSeries(bands);
    QString table
        = u"<table width=\"100%\"><caption>%1: percentage answering positively (number positive of "
          "number who answered)</caption><tr><th scope=\"col\" width=\"30%\">Indicator</th>"_s.arg(
              esc(title));
    for (const QString &band : bands)
        table += u"<th scope=\"col\">Age %1</th>"_s.arg(esc(band));
    table += u"<th scope=\"col\">All ages</th><th scope=\"col\">Don't know, rather not say or "
             "skipped</th></tr>"_s;
    for (const IndicatorReport::Row *row : m_report.rowsOf(domain)) {
        table += u"<tr><th scope=\"row\">%1</th>"_s.arg(esc(row->description));
        for (qsizetype i = 0; i < bands.size(); ++i) {
            const IndicatorReport::Cell &c = row->bands.at(i);
            table += u"<td>%1</td>"_s.arg(esc(cellText(c)));
            if (c.shown() && c.respondents > 0)
                bars.addBar({ shortLabel(row->description, 38) + u" ("_s + bands.at(i) + u")"_s,
                              bands.at(i), c.percent(),
                              u"%1: %2"_s.arg(bands.at(i), pct(c.percent())) });
        }
        table += u"<td>%1</td><td>%2</td></tr>"_s.arg(
            esc(cellText(row->all)),
            row->specialSuppressed ? fewer() : QString::number(row->all.special));
    }
    table += u"</table>"_s;
    QString legend = u"<p class=\"legend small\">"_s;
    for (qsizetype i = 0; i < bands.size(); ++i)
        legend
            += u"<span><span class=\"swatch\" style=\"background:%1\"></span>Age %2: %3; </span>"_s
                   .arg(SvgBarChart::fill(int(i)), esc(bands.at(i)), SeriesPatterns.value(i % 4));
    legend += u"</p>"_s;
    html += u"<div class=\"figure\">"_s;
    if (!bars.isEmpty())
        html += u"<div>"_s
            + chart(u"chart-"_s + domain, bars.toSvg(u"c"_s + QString::number(index))) + legend
            + u"</div>"_s;
    else
        html += u"<p>Every group here has %1 respondents, so there is no chart.</p>"_s.arg(fewer());
    html += u"<div>"_s + table + u"</div></div>"_s;
    return html;
}

QString ReportHtml::laReport() const
{
    m_images.clear();
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    QString html = u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                   "<title>Heard: what children and young people told us</title>"_s;
    if (m_target == Target::Browser)
        html += u"<style>"_s + QString::fromLatin1(LaStyle) + u"</style>"_s;
    html += u"</head><body><h1>Heard: what children and young people told us</h1>"_s;
    const auto total = m_report.byBand();
    html += u"<p><b>%1</b> responses"_s.arg(total.totalSuppressed ? hiddenTotal(total.total)
                                                                  : QString::number(total.total));
    if (m_report.firstDay().isValid())
        html += u", from %1 to %2"_s.arg(en.toString(m_report.firstDay(), u"d MMMM yyyy"_s),
                                         en.toString(m_report.lastDay(), u"d MMMM yyyy"_s));
    html += u". %1 reached the end of their survey.</p>"_s.arg(
        m_report.byBand().totalSuppressed || m_report.completedCount() < m_report.threshold()
            ? fewer()
            : QString::number(m_report.completedCount()));
    html += u"<div class=\"note\"><p><b>How to read this report.</b> Each figure is the percentage "
            "of children who answered a question positively, out of those who gave an answer. "
            "\"Don't know\", \"rather not say\" and skipped questions are counted separately and "
            "are not part of the percentage.</p><p><b>Small numbers protect children.</b> Where "
            "%1 children answered, the figure is shown as \"%2\" and left out of the charts. "
            "Where a hidden figure could be worked out, or narrowed down, from the totals and "
            "the other figures shown, more figures are hidden too: they read \"%3\".</p><p>These "
            "figures are for learning, not for judging: they show where to ask "
            "children more.</p></div>"_s.arg(fewer(), fewer(), protect());

    html += u"<h2>Contents</h2><ul>"_s;
    for (const QString &d : m_report.domains())
        html += u"<li>%1</li>"_s.arg(esc(domainTitle(d)));
    if (m_compare)
        html += u"<li>Changes since %1</li>"_s.arg(esc(m_earlier));
    html += u"<li>How surveys were completed</li><li>Data quality</li></ul>"_s;

    int index = 1;
    for (const QString &d : m_report.domains())
        html += domainSection(d, index++);

    if (m_compare) {
        html += u"<h2>Changes since %1</h2><p>Change in percentage points, shown only where "
                "both rounds had at least %2 respondents and no figure was hidden.</p>"_s
                    .arg(esc(m_earlier))
                    .arg(m_report.threshold());
        if (m_changes.isEmpty()) {
            html += u"<p>No indicator can be compared.</p>"_s;
        } else {
            html += u"<table width=\"100%\"><caption>Change since %1</caption><tr><th "
                    u"scope=\"col\">Indicator"
                    "</th><th scope=\"col\">Age band</th><th scope=\"col\" class=\"n\">Then</th>"
                    "<th scope=\"col\" class=\"n\">Now</th><th scope=\"col\" class=\"n\">Change"
                    "</th></tr>"_s.arg(esc(m_earlier));
            for (const IndicatorReport::Change &c : m_changes) {
                const long points = std::lround(c.points());
                html += u"<tr><th scope=\"row\">%1</th><td>%2</td><td class=\"n\">%3</td><td "
                        "class=\"n\">%4</td><td class=\"n\">%5</td></tr>"_s.arg(
                            esc(c.description),
                            c.band == QLatin1String(IndicatorReport::AllAges) ? u"All ages"_s
                                                                              : esc(c.band),
                            pct(c.before), pct(c.after),
                            (points > 0 ? u"+"_s : QString()) + QString::number(points)
                                + u" points"_s);
            }
            html += u"</table>"_s;
        }
    }

    html += u"<h2>How surveys were completed</h2>"_s;
    const QHash<QString, QString> modeLabels { { u"child_alone"_s, u"On their own"_s },
                                               { u"child_with_help"_s, u"With help"_s },
                                               { u"adult_read_aloud"_s,
                                                 u"An adult read it aloud"_s } };
    SvgBarChart modes(u"How surveys were completed"_s,
                      u"Share of responses completed alone, with help, or read aloud by an "
                      "adult. Groups with %1 responses are left out."_s.arg(fewer()));
    modes.setSeries({ u"mode"_s });
    const auto &modeTable = m_report.modes();
    for (const auto &c : modeTable.rows) {
        if (!c.suppressed && !modeTable.totalSuppressed && modeTable.total > 0)
            modes.addBar({ modeLabels.value(c.label, c.label), u"mode"_s,
                           100.0 * c.count / modeTable.total,
                           pct(100.0 * c.count / modeTable.total) });
    }
    html += u"<div class=\"figure\">"_s;
    if (!modes.isEmpty())
        html += u"<div>"_s + chart(u"chart-modes"_s, modes.toSvg(u"modes"_s)) + u"</div>"_s;
    html += u"<div>"_s + countTable(u"Completion mode"_s, u"Mode"_s, modeTable, modeLabels)
        + u"</div></div>"_s;
    html += u"<div class=\"figure\"><div>"_s
        + countTable(u"Languages"_s, u"Language"_s, m_report.languages()) + u"</div><div>"_s
        + countTable(u"Responses per survey"_s, u"Survey"_s, m_report.surveys()) + u"</div><div>"_s
        + countTable(u"Responses per age band"_s, u"Age band"_s, total) + u"</div><div>"_s
        + countTable(u"Responses per week (week starting)"_s, u"Week"_s, m_report.weeks())
        + u"</div></div>"_s;
    html += u"<p>%1 free-text comments are kept out of this report. They are in "
            "comments-for-review.csv for a person to read, and remove anything that could "
            "identify a child, before they are shared.</p>"_s.arg(m_comments);

    const auto &q = m_report.quality();
    html += u"<h2>Data quality</h2><p>Young children sometimes answer every question at the "
            "ends of the scale, or in the same place on every question. This is about how "
            "children answer, not about the child: these responses are counted here, not "
            "removed and not named. Responses with at least %1 answers on a scale were "
            "checked.</p><table><caption>Response patterns</caption><tr><th scope=\"col\">"
            "Pattern</th><th scope=\"col\" class=\"n\">Responses</th></tr>"_s.arg(
                IndicatorReport::MinimumScaled);
    html += u"<tr><th scope=\"row\">Responses checked</th><td class=\"n\">%1</td></tr>"_s.arg(
        q.checked < m_report.threshold() ? fewer() : QString::number(q.checked));
    for (const auto *c : { &q.allExtreme, &q.samePosition, &q.either })
        html += u"<tr><th scope=\"row\">%1</th><td class=\"n\">%2</td></tr>"_s.arg(
            esc(c->label), esc(countText(*c)));
    html += u"</table>"_s;
    if (!q.unknownVersions.isEmpty()) {
        QStringList named;
        for (const auto &c : q.unknownVersions)
            named.append(u"%1 (%2)"_s.arg(esc(c.label), esc(countText(c))));
        html += u"<p>Not checked: responses to a survey version this report had no definition "
                "for: %1. Give its definition with --surveys, or report from the inbox it was "
                "published to.</p>"_s.arg(named.join(u"; "_s));
    }
    html += u"<p class=\"small\">Made by heard-admin report. Small-number threshold: %1."
            "</p></body></html>"_s.arg(m_report.threshold());
    return html;
}

QString ReportHtml::childReport() const
{
    m_images.clear();
    QString html = u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                   "<title>What you told us</title>"_s;
    if (m_target == Target::Browser)
        html += u"<style>"_s + QString::fromLatin1(ChildStyle) + u"</style>"_s;
    html += u"</head><body>"_s;
    const bool print = m_target == Target::Print;
    // QTextDocument knows no flexbox: a two-cell table puts the picture beside the words.
    auto row = [&](const QString &pic, const QString &body) {
        if (print)
            return u"<table cellpadding=\"8\" border=\"0\"><tr><td valign=\"top\">%1</td><td "
                   u"valign=\"top\">"
                   "%2</td></tr></table>"_s.arg(picture(pic, 110), body);
        return u"<div class=\"row\">%1<div>%2</div></div>"_s.arg(picture(pic, 120), body);
    };
    const auto total = m_report.byBand();
    html += u"<h1>What you told us</h1>"_s;
    html += row(u"thanks"_s,
                u"<p><b>Thank you!</b></p><p>%1 children and young people answered our "
                "questions.</p><p>Here is some of what you told us.</p>"_s.arg(
                    total.totalSuppressed ? u"Some"_s : QString::number(total.total)));
    html += row(u"no_names"_s,
                u"<p>We do not use names.</p><p>Nobody can tell what you said.</p>"_s);

    for (const QString &d : m_report.domains()) {
        const auto rows = m_report.rowsOf(d);
        QList<const IndicatorReport::Row *> shown;
        for (const auto *r : rows) {
            if (r->all.shown() && r->all.respondents > 0)
                shown.append(r);
        }
        if (shown.isEmpty())
            continue;
        std::sort(shown.begin(), shown.end(),
                  [](const auto *a, const auto *b) { return a->all.percent() > b->all.percent(); });
        // Easy Read: "8 out of 10", never a percentage; nobody is "0 out of 10" or "10 out of 10"
        // unless it really is none or all.
        auto finding = [](const IndicatorReport::Row *r) {
            const double p = r->all.percent();
            const int tenths = int(std::lround(p / 10.0));
            const QString share = p == 0.0 ? u"None"_s
                : tenths == 0              ? u"Less than 1 out of 10"_s
                : p == 100.0               ? u"All"_s
                : tenths == 10             ? u"Nearly 10 out of 10"_s
                                           : u"%1 out of 10"_s.arg(tenths);
            return u"<p><b>%1</b> of you told us:<br>%2.</p>"_s.arg(share, esc(r->description));
        };
        QString body = finding(shown.first());
        if (shown.size() > 1)
            body += finding(shown.last());
        html += u"<h2>%1</h2>"_s.arg(esc(childDomainTitle(d)));
        html += row(domainPicture(d), body);
    }

    html += u"<h2>What happens next</h2>"_s;
    QString next;
    const QStringList steps = m_nextSteps.isEmpty()
        ? QStringList { u"The adults in charge will read what you told us."_s,
                        u"They will choose what to change."_s,
                        u"They will tell you what they did."_s }
        : m_nextSteps;
    for (const QString &s : steps)
        next += u"<p>%1</p>"_s.arg(esc(s));
    html += row(u"talk"_s, next);
    html += u"</body></html>"_s;
    return html;
}

} // namespace heard
