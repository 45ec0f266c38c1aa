#include "child/idlewatch.h"

#include <QTimer>

namespace heard {

IdleWatch::IdleWatch(int warnMs, int stopMs, QObject *parent)
    : QObject(parent)
    , m_warn(new QTimer(this))
    , m_stop(new QTimer(this))
{
    m_warn->setSingleShot(true);
    m_warn->setInterval(warnMs);
    connect(m_warn, &QTimer::timeout, this, &IdleWatch::warn);
    m_stop->setSingleShot(true);
    m_stop->setInterval(stopMs);
    connect(m_stop, &QTimer::timeout, this, &IdleWatch::timedOut);
}

void IdleWatch::restart()
{
    m_stop->stop();
    m_warn->start();
}

void IdleWatch::stop()
{
    m_warn->stop();
    m_stop->stop();
}

bool IdleWatch::isWarning() const
{
    return m_stop->isActive();
}

void IdleWatch::startFinalWait()
{
    m_stop->start();
}

} // namespace heard
