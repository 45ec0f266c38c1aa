#pragma once

#include <QWidget>

class QTimer;

namespace heard {

/// An invisible square in a corner: holding it for a few seconds asks for the adult PIN. A tap
/// does nothing, so a child exploring the screen does not stumble into adult mode.
class CornerHotspot final : public QWidget
{
    Q_OBJECT

public:
    explicit CornerHotspot(int holdMs, QWidget *parent = nullptr);

Q_SIGNALS:
    void held();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QTimer *m_timer = nullptr;
};

} // namespace heard
