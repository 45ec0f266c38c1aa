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

} // namespace heard
