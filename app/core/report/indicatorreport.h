#pragma once

#include "report/responseset.h"
#include "report/suppressor.h"
#include "survey/framework.h"
#include "survey/survey.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace heard {

/// The figures of an LA report, computed from grouped responses: per framework indicator and age
/// band, how many children answered and how many answered positively, with small numbers
/// suppressed (Suppressor) so that no combination of shown figures gives a small one away. An
/// indicator's bands are suppressed as one linked group: respondents, positive and not positive,
/// each band capped by its responses in the age band table. Holds counts only: never an answer or
/// free text.
class IndicatorReport
{
public:
    static constexpr char AllAges[] = "all";

    struct Cell
    {
        bool applies = false; ///< the framework asks this indicator of this band
        int respondents = 0; ///< responses with a real answer to a question measuring it
        int positive = 0; ///< of those, positive for the indicator
        int special = 0; ///< responses with only a special answer (don't know, rather not say...)
        bool suppressed = false;
        bool protecting = false; ///< hidden only so that a small cell cannot be worked out
        bool shown() const { return (applies || respondents > 0) && !suppressed; }
        /// Positive as a percentage of respondents (0 when none).
        double percent() const { return respondents > 0 ? 100.0 * positive / respondents : 0.0; }
    };
    struct Row
    {
        QString indicator;
        QString domain;
        QString description;
        QList<Cell> bands; ///< aligned with bands()
        Cell all;
        bool specialSuppressed = false; ///< all.special is small
    };
    struct Count
    {
        QString label;
        int count = 0;
        bool suppressed = false;
        bool protecting = false; ///< hidden only so that a small count cannot be worked out
    };
    struct CountTable
    {
        QList<Count> rows;
        int total = 0;
        bool totalSuppressed = false; ///< small, or (when not small) hidden to protect a row
    };
    /// Response styles young children show (anchors-childrens-voice.md): counted, never removed.
    struct Quality
    {
        int checked = 0; ///< responses with at least MinimumScaled scaled answers of a known survey
        Count allExtreme; ///< every scaled answer at an end of its scale
        Count samePosition; ///< the same position on every scaled question
        Count either;
        /// Responses to a survey version no definition was given for, one entry per "ID version
        /// N": named so they are not silently placed on another version's scales.
        QList<Count> unknownVersions;
    };
    struct Change
    {
        QString indicator;
        QString description;
        QString band; ///< a band or AllAges
        double before = 0;
        double after = 0;
        double points() const { return after - before; }
    };

    static constexpr int MinimumScaled = 3; ///< fewer scaled answers say nothing about a style

    /// @p surveys are the definitions used to place answers on their scale (quality section),
    /// matched by survey id and version; a later entry replaces an earlier one of the same id and
    /// version. Responses to any other version are not checked and are named in
    /// Quality::unknownVersions.
    static IndicatorReport compute(const ResponseSet &responses, const Framework &framework,
                                   const QList<Survey> &surveys, const Suppressor &suppressor);

    /// Change in percentage points per indicator and band where neither round suppresses the cell.
    static QList<Change> compare(const IndicatorReport &earlier, const IndicatorReport &later);

    int threshold() const { return m_threshold; }
    int responseCount() const { return m_responses; }
    int completedCount() const { return m_completed; }
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }
    QStringList bands() const { return m_bands; }
    QStringList domains() const { return m_domains; }
    const QList<Row> &rows() const { return m_rows; }
    QList<const Row *> rowsOf(const QString &domain) const;
    const Row *row(const QString &indicator) const;
    const CountTable &byBand() const { return m_byBand; }
    const CountTable &modes() const { return m_modes; }
    const CountTable &languages() const { return m_languages; }
    const CountTable &surveys() const { return m_surveys; }
    const CountTable &weeks() const { return m_weeks; } ///< responses per week (Monday's date)
    const Quality &quality() const { return m_quality; }

private:
    int m_threshold = Suppressor::DefaultThreshold;
    int m_responses = 0;
    int m_completed = 0;
    QDate m_firstDay;
    QDate m_lastDay;
    QStringList m_bands;
    QStringList m_domains;
    QList<Row> m_rows;
    CountTable m_byBand;
    CountTable m_modes;
    CountTable m_languages;
    CountTable m_surveys;
    CountTable m_weeks;
    Quality m_quality;
};

} // namespace heard
