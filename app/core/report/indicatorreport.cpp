#include "indicatorreport.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

IndicatorReport::CountTable countTable(const QMap<QString, int> &counts, const QStringList &order,
                                       const Suppressor &suppressor)
{
    IndicatorReport::CountTable table;
    QStringList labels = order;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!labels.contains(it.key()))
            labels.append(it.key());
    }
    QList<int> values;
    for (const QString &label : labels) {
        values.append(counts.value(label));
        table.total += counts.value(label);
    }
    const Suppressor::Group group = suppressor.apply(values);
    for (qsizetype i = 0; i < labels.size(); ++i)
        table.rows.append(
            { labels.at(i), values.at(i), group.suppressed.at(i), group.protecting.at(i) });
    table.totalSuppressed = group.totalSuppressed;
    return table;
}

/// The most responses each age band can hold as far as a reader of the age band table can tell:
/// an indicator's respondents in a band never exceed it.
QHash<QString, int> bandCaps(const IndicatorReport::CountTable &table, const Suppressor &suppressor)
{
    QList<Suppressor::Cell> cells;
    Suppressor::Group group;
    group.totalSuppressed = table.totalSuppressed;
    for (const IndicatorReport::Count &c : table.rows) {
        cells.append({ c.count, {}, Suppressor::Unbounded });
        group.suppressed.append(c.suppressed);
        group.protecting.append(c.protecting);
    }
    const QList<Suppressor::Derived> ranges = suppressor.ranges(cells, group);
    QHash<QString, int> caps;
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        caps.insert(table.rows.at(i).label, ranges.at(i).count.high);
    return caps;
}

IndicatorReport::Count count(const QString &label, int n, const Suppressor &suppressor)
{
    return { label, n, suppressor.isSmall(n), false };
}

// Whether an answer to @p q has a place on an ordered scale of at least three steps.
bool scaled(const Question &q)
{
    if (q.choices.size() < 3)
        return false;
    switch (questionKindTraits(q.kind).responseScale) {
    case ResponseScale::None:
        return false;
    case ResponseScale::Ordered:
        return true;
    case ResponseScale::OrderedWhenMeasured:
        return !q.measures.isEmpty();
    }
    return false;
}

} // namespace

IndicatorReport IndicatorReport::compute(const ResponseSet &responses, const Framework &framework,
                                         const QList<Survey> &surveys, const Suppressor &suppressor)
{
    IndicatorReport report;
    report.m_threshold = suppressor.threshold();
    const QStringList allBands = Framework::ageBands();
    // Each answer is placed on the scale of the very version the child was shown.
    QHash<std::pair<QString, int>, const Survey *> surveyByVersion;
    for (const Survey &s : surveys)
        surveyByVersion.insert({ s.id, s.version }, &s);

    struct Tally
    {
        int respondents = 0;
        int positive = 0;
        int special = 0;
    };
    // indicator -> band -> tally
    QHash<QString, QHash<QString, Tally>> tallies;
    QMap<QString, int> bandCounts, modeCounts, languageCounts, surveyCounts, weekCounts;
    QMap<std::pair<QString, int>, int> unknownCounts;
    int extreme = 0, same = 0, either = 0;

    for (const Response *r : responses.sorted()) {
        ++report.m_responses;
        if (r->outcome() == u"completed")
            ++report.m_completed;
        if (r->day.isValid()) {
            if (!report.m_firstDay.isValid() || r->day < report.m_firstDay)
                report.m_firstDay = r->day;
            if (!report.m_lastDay.isValid() || r->day > report.m_lastDay)
                report.m_lastDay = r->day;
            weekCounts[r->day.addDays(1 - r->day.dayOfWeek()).toString(Qt::ISODate)] += 1;
        }
        bandCounts[r->ageBand] += 1;
        modeCounts[r->completionMode] += 1;
        languageCounts[r->language] += 1;
        surveyCounts[r->survey] += 1;

        // One vote per response and indicator: positive if any real answer measuring it is.
        QHash<QString, int> state; // indicator -> 0 special only, 1 real, 2 real and positive
        for (const ResponseAnswer &a : r->answers) {
            if (a.isRetraction())
                continue;
            for (const QString &indicator : a.indicators) {
                int &s = state.insert(indicator, state.value(indicator, -1)).value();
                if (a.isSpecial())
                    s = std::max(s, 0);
                else
                    s = std::max(s, a.positive.contains(indicator) ? 2 : 1);
            }
        }
        for (auto it = state.cbegin(); it != state.cend(); ++it) {
            Tally &t = tallies[it.key()][r->ageBand];
            if (it.value() == 0) {
                ++t.special;
            } else {
                ++t.respondents;
                if (it.value() == 2)
                    ++t.positive;
            }
        }

        // Response styles, placed on each question's own scale.
        const Survey *survey = surveyByVersion.value({ r->survey, r->version });
        if (!survey) {
            unknownCounts[{ r->survey, r->version }] += 1;
            continue;
        }
        QList<std::pair<int, int>> positions; // (index, scale length)
        for (auto it = r->answers.cbegin(); it != r->answers.cend(); ++it) {
            const Question *q = survey->question(it.key());
            if (!q || !scaled(*q) || !it->isReal() || it->codes.size() != 1)
                continue;
            for (qsizetype i = 0; i < q->choices.size(); ++i) {
                if (q->choices.at(i).code == it->codes.first()) {
                    positions.append({ int(i), int(q->choices.size()) });
                    break;
                }
            }
        }
        if (positions.size() < MinimumScaled)
            continue;
        ++report.m_quality.checked;
        const bool allExtreme = std::all_of(positions.cbegin(), positions.cend(), [](auto p) {
            return p.first == 0 || p.first == p.second - 1;
        });
        const bool allSame = std::all_of(positions.cbegin(), positions.cend(), [&](auto p) {
            return p.first == positions.first().first;
        });
        extreme += allExtreme;
        same += allSame;
        either += allExtreme || allSame;
    }

    // Bands in the framework's order, then any unknown band the data names.
    for (const QString &band : allBands) {
        if (bandCounts.contains(band))
            report.m_bands.append(band);
    }
    for (auto it = bandCounts.cbegin(); it != bandCounts.cend(); ++it) {
        if (!report.m_bands.contains(it.key()))
            report.m_bands.append(it.key());
    }

    // The age band table first: it bounds every indicator's bands.
    report.m_byBand = countTable(bandCounts, report.m_bands, suppressor);
    const QHash<QString, int> caps = bandCaps(report.m_byBand, suppressor);

    for (const Framework::Indicator &ind : framework.indicators()) {
        Row row;
        row.indicator = ind.id;
        row.domain = ind.domain;
        row.description = ind.description;
        const auto bandTallies = tallies.value(ind.id);
        QList<Suppressor::Cell> counts;
        QList<qsizetype> inGroup;
        bool any = false;
        for (const QString &band : std::as_const(report.m_bands)) {
            const Tally t = bandTallies.value(band);
            Cell c;
            c.applies = framework.appliesTo(ind.id, band);
            c.respondents = t.respondents;
            c.positive = t.positive;
            c.special = t.special;
            row.all.respondents += t.respondents;
            row.all.positive += t.positive;
            row.all.special += t.special;
            if (c.applies || c.respondents > 0) {
                any = true;
                // Positive and not positive are both shown, so both are protected; no band
                // holds more respondents than the age band table allows.
                counts.append({ c.respondents,
                                { c.positive, c.respondents - c.positive },
                                caps.value(band, Suppressor::Unbounded) });
                inGroup.append(row.bands.size());
            }
            row.bands.append(c);
        }
        if (!any)
            continue; // not asked of any band in this round
        row.all.applies = true;
        const Suppressor::Group group = suppressor.apply(counts);
        for (qsizetype i = 0; i < inGroup.size(); ++i) {
            row.bands[inGroup.at(i)].suppressed = group.suppressed.at(i);
            row.bands[inGroup.at(i)].protecting = group.protecting.at(i);
        }
        row.all.suppressed = group.totalSuppressed;
        row.all.protecting = group.totalSuppressed && !suppressor.isSmall(row.all.respondents);
        row.specialSuppressed = suppressor.isSmall(row.all.special);
        if (!report.m_domains.contains(ind.domain))
            report.m_domains.append(ind.domain);
        report.m_rows.append(row);
    }
    // Overall well-being leads the report.
    if (report.m_domains.removeOne(u"wellbeing"_s))
        report.m_domains.prepend(u"wellbeing"_s);

    report.m_modes = countTable(
        modeCounts, { u"child_alone"_s, u"child_with_help"_s, u"adult_read_aloud"_s }, suppressor);
    report.m_languages = countTable(languageCounts, {}, suppressor);
    report.m_surveys = countTable(surveyCounts, {}, suppressor);
    report.m_weeks = countTable(weekCounts, {}, suppressor);
    // Every one of these tables adds up to the number of responses: hidden in one, hidden in all.
    CountTable *tables[] = { &report.m_byBand, &report.m_modes, &report.m_languages,
                             &report.m_surveys, &report.m_weeks };
    const bool totalHidden = std::any_of(std::begin(tables), std::end(tables),
                                         [](const CountTable *t) { return t->totalSuppressed; });
    for (CountTable *t : tables)
        t->totalSuppressed = totalHidden;
    report.m_quality.allExtreme
        = count(u"every answer at an end of the scale"_s, extreme, suppressor);
    report.m_quality.samePosition
        = count(u"the same position on every question"_s, same, suppressor);
    report.m_quality.either = count(u"either of these"_s, either, suppressor);
    // Either lies between the larger of the two and their sum: beside one shown pattern it would
    // give the other, small one away, so it is hidden too. With both small, "either" shown or not
    // tells the same (see docs/report.md).
    if (!report.m_quality.either.suppressed
        && report.m_quality.allExtreme.suppressed != report.m_quality.samePosition.suppressed) {
        report.m_quality.either.suppressed = true;
        report.m_quality.either.protecting = true;
    }
    for (auto it = unknownCounts.cbegin(); it != unknownCounts.cend(); ++it)
        report.m_quality.unknownVersions.append(count(
            u"%1 version %2"_s.arg(it.key().first).arg(it.key().second), it.value(), suppressor));
    return report;
}

QList<const IndicatorReport::Row *> IndicatorReport::rowsOf(const QString &domain) const
{
    QList<const Row *> rows;
    for (const Row &row : m_rows) {
        if (row.domain == domain)
            rows.append(&row);
    }
    return rows;
}

const IndicatorReport::Row *IndicatorReport::row(const QString &indicator) const
{
    for (const Row &row : m_rows) {
        if (row.indicator == indicator)
            return &row;
    }
    return nullptr;
}

QList<IndicatorReport::Change> IndicatorReport::compare(const IndicatorReport &earlier,
                                                        const IndicatorReport &later)
{
    QList<Change> changes;
    auto comparable = [](const Cell &c) { return c.shown() && c.respondents > 0; };
    for (const Row &now : later.rows()) {
        const Row *then = earlier.row(now.indicator);
        if (!then)
            continue;
        for (qsizetype i = 0; i < later.bands().size(); ++i) {
            const qsizetype j = earlier.bands().indexOf(later.bands().at(i));
            if (j < 0)
                continue;
            const Cell &a = then->bands.at(j);
            const Cell &b = now.bands.at(i);
            if (comparable(a) && comparable(b))
                changes.append({ now.indicator, now.description, later.bands().at(i), a.percent(),
                                 b.percent() });
        }
        if (comparable(then->all) && comparable(now.all))
            changes.append({ now.indicator, now.description, QString::fromLatin1(AllAges),
                             then->all.percent(), now.all.percent() });
    }
    return changes;
}

} // namespace heard
