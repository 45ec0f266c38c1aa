#include "child/progressrow.h"

#include "child/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace heard {

namespace {
QPainterPath star(QPointF centre, qreal radius)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2 == 0) ? radius : radius * 0.45;
        const qreal a = -M_PI / 2 + i * M_PI / 5;
        const QPointF pt(centre.x() + r * qCos(a), centre.y() + r * qSin(a));
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    path.closeSubpath();
    return path;
}
} // namespace

ProgressRow::ProgressRow(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("How far you have got"));
}

void ProgressRow::setProgress(int position, int total)
{
    m_position = position;
    m_total = total;
    setAccessibleDescription(tr("Screen %1 of about %2").arg(position).arg(total));
    update();
}

void ProgressRow::setSections(int section, int sections, int step, int steps)
{
    m_section = section;
    m_sections = sections;
    m_step = step;
    m_steps = steps;
    update();
}

void ProgressRow::setHighContrast(bool on)
{
    m_highContrast = on;
    update();
}

QSize ProgressRow::sizeHint() const
{
    return { 400, 40 };
}

void ProgressRow::paintEvent(QPaintEvent *)
{
    if (m_sections > 0) {
        paintSections();
        return;
    }
    if (m_total <= 0)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal step = qMin<qreal>(34.0, qreal(width() - 8) / m_total);
    const qreal radius = qMax<qreal>(3.0, step * 0.42);
    const qreal y = height() / 2.0;
    const Theme theme = Theme::forProfile(m_highContrast);
    const QColor done = theme.star;
    const QColor edge = theme.starEdge;
    for (int i = 0; i < m_total; ++i) {
        const qreal x = 4 + step * i + step / 2;
        const QPointF c(isRightToLeft() ? width() - x : x, y); // progress runs with the reading
        const bool current = i + 1 == m_position;
        const QPainterPath s = star(c, current ? qMin(radius * 1.5, y - 1) : radius);
        if (i + 1 <= m_position)
            p.fillPath(s, done);
        p.setPen(QPen(edge, current ? 2.5 : 1.5));
        p.drawPath(s);
    }
}

void ProgressRow::paintSections()
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Theme theme = Theme::forProfile(m_highContrast);
    const qreal y = height() / 2.0;
    const bool inSection = m_section >= 1 && m_section <= m_sections;
    const int dots = inSection ? qMax(0, m_steps) : 0;
    // Sizes from the height, shrunk only if the path would not fit the width.
    qreal radius = (y - 6) * 0.6; // grows with the bar, so large text gets large stars
    auto widthFor = [&](qreal r) { return m_sections * r * 2.7 + dots * r * 1.25 + r; };
    if (widthFor(radius) > width() - 8)
        radius = qMax<qreal>(4.0, radius * (width() - 8) / widthFor(radius));
    const qreal starStep = radius * 2.7;
    const qreal dotStep = radius * 1.25;
    const qreal dotRadius = radius * 0.36;
    auto place = [&](qreal x) { return QPointF(isRightToLeft() ? width() - x : x, y); };

    // The path behind the stars and dots.
    const qreal end = widthFor(radius) - radius;
    p.setPen(QPen(theme.starEdge, 1.5, Qt::DotLine));
    p.drawLine(place(4 + starStep / 2), place(4 + end - starStep / 2));

    qreal x = 4;
    for (int i = 1; i <= m_sections; ++i) {
        const bool current = i == m_section;
        const QPointF c = place(x + starStep / 2);
        const QPainterPath s = star(c, current ? qMin(radius * 1.35, y - 1) : radius);
        if (i < m_section)
            p.fillPath(s, theme.star);
        else if (current)
            p.fillPath(s, theme.background);
        p.setPen(QPen(theme.starEdge, current ? 3.0 : 1.8));
        p.drawPath(s);
        x += starStep;
        if (current) {
            for (int j = 1; j <= dots; ++j) {
                const QPointF d = place(x + dotStep / 2);
                const bool here = j == m_step;
                const qreal r = here ? dotRadius * 1.6 : dotRadius;
                p.setPen(QPen(theme.starEdge, here ? 2.5 : 1.5));
                p.setBrush(j <= m_step ? theme.star : theme.background);
                p.drawEllipse(d, r, r);
                x += dotStep;
            }
            p.setBrush(Qt::NoBrush);
        }
    }
}

} // namespace heard
