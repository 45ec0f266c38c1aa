#include "svgbarchart.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

constexpr int Width = 680;
constexpr int LabelWidth = 300;
constexpr int BarArea = 300;
constexpr int RowHeight = 22;
constexpr int Top = 8;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// A different hatch per series, so bars differ without colour.
QString hatch(int series)
{
    switch (series % 4) {
    case 0:
        return QString(); // solid
    case 1:
        return u"M0,6 L6,0"_s;
    case 2:
        return u"M0,0 L0,6 M3,0 L3,6"_s;
    default:
        return u"M0,3 L6,3"_s;
    }
}

} // namespace

SvgBarChart::SvgBarChart(QString title, QString description)
    : m_title(std::move(title))
    , m_description(std::move(description))
{
}

QString SvgBarChart::fill(int seriesIndex)
{
    static const char *const palette[]
        = { "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00" };
    return QString::fromLatin1(palette[seriesIndex % 6]);
}

QString SvgBarChart::toSvg(const QString &id) const
{
    const int height = Top * 2 + RowHeight * int(m_bars.size()) + 16;
    QString svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%1\" "
                  "height=\"%2\" viewBox=\"0 0 %1 %2\" aria-labelledby=\"%3-t %3-d\" "
                  "aria-label=\"%4\">"_s.arg(Width)
                      .arg(height)
                      .arg(id, esc(m_title));
    svg += u"<title id=\"%1-t\">%2</title><desc id=\"%1-d\">%3</desc>"_s.arg(id, esc(m_title),
                                                                             esc(m_description));
    svg += u"<defs>"_s;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const QString path = hatch(int(i));
        if (path.isEmpty())
            continue;
        svg += u"<pattern id=\"%1-p%2\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
               "<rect width=\"6\" height=\"6\" fill=\"%3\"/><path d=\"%4\" stroke=\"#000\" "
               "stroke-width=\"1.2\"/></pattern>"_s.arg(id)
                   .arg(i)
                   .arg(fill(int(i)), path);
    }
    svg += u"</defs>"_s;
    // Scale line at 0, 50 and 100%.
    for (int p : { 0, 50, 100 }) {
        const int x = LabelWidth + BarArea * p / 100;
        svg += u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#999\" stroke-width=\"1\"/>"
               "<text x=\"%1\" y=\"%4\" font-size=\"10\" text-anchor=\"middle\" "
               "fill=\"#333\">%5%</text>"_s.arg(x)
                   .arg(Top)
                   .arg(height - 14)
                   .arg(height - 3)
                   .arg(p);
    }
    int y = Top;
    for (const Bar &bar : m_bars) {
        const int series = std::max(0, int(m_series.indexOf(bar.series)));
        const int w = int(BarArea * std::clamp(bar.value, 0.0, 100.0) / 100.0 + 0.5);
        const QString paint
            = hatch(series).isEmpty() ? fill(series) : u"url(#%1-p%2)"_s.arg(id).arg(series);
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"end\" fill=\"#000\">%3"
               "</text>"_s.arg(LabelWidth - 6)
                   .arg(y + 15)
                   .arg(esc(bar.label));
        svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"%4\" stroke=\"#000\" "
               "stroke-width=\"0.8\"><title>%5</title></rect>"_s.arg(LabelWidth)
                   .arg(y + 3)
                   .arg(w)
                   .arg(paint, esc(bar.label + u": "_s + bar.valueText));
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"12\" fill=\"#000\">%3</text>"_s
                   .arg(LabelWidth + w + 5)
                   .arg(y + 15)
                   .arg(esc(bar.valueText));
        y += RowHeight;
    }
    svg += u"</svg>"_s;
    return svg;
}

} // namespace heard
