#pragma once

#include <QObject>

class QTimer;

namespace heard {

/// The child's quiet time: warn() after @p warnMs without a touch, then timedOut() after a
/// further @p stopMs unless something answers the warning.
class IdleWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatch)

public:
    IdleWatch(int warnMs, int stopMs, QObject *parent = nullptr);

    /// A touch: the quiet time starts again, and a warning on show is answered.
    void restart();
    void stop();
    /// The warning is on show and the final quiet time runs.
    bool isWarning() const;
    /// Starts the final quiet time (called once the warning is on show).
    void startFinalWait();

Q_SIGNALS:
    void warn();
    void timedOut();

private:
    QTimer *m_warn = nullptr;
    QTimer *m_stop = nullptr;
};

} // namespace heard
