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

/// A different hatch per series, so bars differ without colour. Drawn as plain lines rather
/// than an SVG <pattern>, which Qt's SVG renderer (used for the PDF) does not draw.
QString hatch(int series, int x, int y, int w, int h)
{
    QString d;
    switch (series % 4) {
    case 0:
        return QString(); // solid
    case 1: // diagonal: x + y = k, clipped to the bar
        for (int k = 4; k < w + h; k += 6) {
            const int x0 = std::max(0, k - h), x1 = std::min(w, k);
            if (x1 > x0)
                d += u"M%1,%2L%3,%4"_s.arg(x + x0).arg(y + k - x0).arg(x + x1).arg(y + k - x1);
        }
        break;
    case 2: // upright
        for (int i = 3; i < w; i += 5)
            d += u"M%1,%2V%3"_s.arg(x + i).arg(y).arg(y + h);
        break;
    default: // flat
        for (int i = 4; i < h; i += 4)
            d += u"M%1,%2H%3"_s.arg(x).arg(y + i).arg(x + w);
        break;
    }
    return d.isEmpty() ? d
                       : u"<path class=\"hatch\" d=\"%1\" stroke=\"#000\" stroke-width=\"1\" "
                         "fill=\"none\"/>"_s.arg(d);
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
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"end\" fill=\"#000\">%3"
               "</text>"_s.arg(LabelWidth - 6)
                   .arg(y + 15)
                   .arg(esc(bar.label));
        svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"%4\" stroke=\"#000\" "
               "stroke-width=\"0.8\"><title>%5</title></rect>"_s.arg(LabelWidth)
                   .arg(y + 3)
                   .arg(w)
                   .arg(fill(series), esc(bar.label + u": "_s + bar.valueText));
        svg += hatch(series, LabelWidth, y + 3, w, 16);
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
