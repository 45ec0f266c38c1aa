#include "cornerhotspot.h"

#include <QMouseEvent>
#include <QTimer>

namespace heard {

CornerHotspot::CornerHotspot(int holdMs, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cornerHotspot"));
    setAccessibleName(tr("Adult access"));
    setAccessibleDescription(tr("Hold for a few seconds to ask for the adult PIN"));
    setAttribute(Qt::WA_NoSystemBackground);
    setFixedSize(56, 56);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(holdMs);
    connect(m_timer, &QTimer::timeout, this, &CornerHotspot::held);
}

void CornerHotspot::mousePressEvent(QMouseEvent *event)
{
    m_timer->start();
    event->accept();
}

void CornerHotspot::mouseReleaseEvent(QMouseEvent *event)
{
    m_timer->stop();
    event->accept();
}

} // namespace heard
