#pragma once

#include <QObject>

#include <functional>

class QAbstractButton;
class QTimer;

namespace heard {

/// Single-switch scanning: the focus moves to the next control in turn every interval, and the
/// switch (Enter) presses whatever is focused.
class SwitchScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwitchScanner)

public:
    /// @p candidates lists the controls to visit now, in order (asked at every step).
    SwitchScanner(int intervalMs, std::function<QList<QAbstractButton *>()> candidates,
                  QObject *parent = nullptr);

    void start();
    void stop();
    /// Moves the focus to the next candidate.
    void step();
    /// The switch: presses the focused button and scans on from it. False if none is focused.
    bool press();

private:
    QTimer *m_timer = nullptr;
    std::function<QList<QAbstractButton *>()> m_candidates;
};

} // namespace heard
