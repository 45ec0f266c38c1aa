#pragma once

#include <QWidget>

namespace heard {

/// Progress as a row of pictures (stars): filled for screens done, a big one for this screen,
/// outlines for what is left. Never a number or a percentage on screen.
class ProgressRow final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressRow(QWidget *parent = nullptr);
    void setProgress(int position, int total);
    void setHighContrast(bool on);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_position = 0;
    int m_total = 0;
    bool m_highContrast = false;
};

} // namespace heard
