#pragma once

#include <QList>
#include <QString>

namespace heard {

/// A horizontal bar chart as inline SVG markup, drawn by us so reports need no network or library.
/// Colour-blind-safe (Okabe-Ito) fills, each series with its own hatching and a direct label so
/// it still reads in black and white; <title>, <desc> and aria-label for screen readers.
class SvgBarChart
{
public:
    struct Bar
    {
        QString label; ///< e.g. the indicator
        QString series; ///< e.g. the age band: picks colour and pattern
        double value = 0; ///< 0-100
        QString valueText; ///< e.g. "85%"
    };

    SvgBarChart(QString title, QString description);

    void setSeries(const QStringList &series) { m_series = series; }
    void addBar(const Bar &bar) { m_bars.append(bar); }
    bool isEmpty() const { return m_bars.isEmpty(); }

    /// The <svg> element; @p id makes pattern ids unique within one page.
    QString toSvg(const QString &id) const;

    static QString fill(int seriesIndex); ///< Okabe-Ito colour of a series

private:
    QString m_title;
    QString m_description;
    QStringList m_series;
    QList<Bar> m_bars;
};

} // namespace heard
