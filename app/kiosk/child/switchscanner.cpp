#include "child/switchscanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTimer>

namespace heard {

SwitchScanner::SwitchScanner(int intervalMs, std::function<QList<QAbstractButton *>()> candidates,
                             QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_candidates(std::move(candidates))
{
    m_timer->setInterval(qMax(500, intervalMs)); // faster than a child can reach the switch
    connect(m_timer, &QTimer::timeout, this, &SwitchScanner::step);
}

void SwitchScanner::start()
{
    m_timer->start();
}

void SwitchScanner::stop()
{
    m_timer->stop();
}

void SwitchScanner::step()
{
    const QList<QAbstractButton *> buttons = m_candidates();
    if (buttons.isEmpty())
        return;
    const int at = buttons.indexOf(qobject_cast<QAbstractButton *>(QApplication::focusWidget()));
    buttons.at((at + 1) % buttons.size())->setFocus(Qt::TabFocusReason);
}

bool SwitchScanner::press()
{
    auto *b = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
    if (!b)
        return false;
    m_timer->start(); // restart the scan from the chosen control
    b->click();
    return true;
}

} // namespace heard
