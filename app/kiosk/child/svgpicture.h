#pragma once

#include <QSvgWidget>

namespace heard {

/// A picture on a child's screen. Pictures that point the way through the survey (skip, carry
/// on) are drawn mirrored in right-to-left layouts, as Qt mirrors QStyle's arrows: forward is to
/// the left there. Everything else (faces, people, ticks) is never mirrored.
class SvgPicture final : public QSvgWidget
{
    Q_OBJECT

public:
    explicit SvgPicture(const QString &path, QWidget *parent = nullptr);

    /// Whether @p path shows a direction (an arrow or a "next" sign).
    static bool isDirectional(const QString &path);
    /// Whether this picture is drawn mirrored now (directional, and laid out right to left).
    bool isMirrored() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_directional = false;
};

} // namespace heard
