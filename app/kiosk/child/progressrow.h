#pragma once

#include <QWidget>

namespace heard {

/// Progress as a path of pictures, never a number or a percentage on screen. With sections (the
/// child flow sets them): one star per part of the survey, filled for parts done, a big one for
/// this part followed by a dot per question of it (filled for done, a ring for this one), outlines
/// for parts to come, so a 50-question survey reads as 8 stars and a few dots. Without sections:
/// one star per screen (short flows).
class ProgressRow final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressRow(QWidget *parent = nullptr);
    void setProgress(int position, int total);
    /// @p section and @p step are 1-based; @p section > @p sections means every part is done.
    void setSections(int section, int sections, int step, int steps);
    void setHighContrast(bool on);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintSections();
    int m_position = 0;
    int m_total = 0;
    int m_section = 0;
    int m_sections = 0;
    int m_step = 0;
    int m_steps = 0;
    bool m_highContrast = false;
};

} // namespace heard
