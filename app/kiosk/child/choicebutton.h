#pragma once

#include <QAbstractButton>
#include <QString>

class QSvgRenderer;

namespace heard {

/// One big answer on a child's screen: a picture (from the survey's SVG, or a large glyph when the
/// answer has none) above its word. Special answers use the same class and the same size, so
/// "I don't know" is never smaller or fainter than a real answer.
class ChoiceButton final : public QAbstractButton
{
    Q_OBJECT

public:
    /// @p svgPath may be empty; then @p glyph (e.g. "7" or "?") is drawn in the picture's place.
    ChoiceButton(const QString &text, const QString &svgPath, const QString &glyph,
                 QWidget *parent = nullptr);

    void setHighContrast(bool on);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    void setButtonSize(QSize size);
    /// Room kept free at the end of words-only answers, where the speaker sits (the right, or
    /// the left right to left).
    void setTextInset(int width);
    /// Whether the picture is drawn mirrored (it points the way, and the layout is right to
    /// left).
    bool isPictureMirrored() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QSvgRenderer *m_renderer = nullptr;
    QString m_glyph;
    bool m_directional = false;
    QSize m_size { 160, 160 };
    bool m_highContrast = false;
    int m_textInset = 0;
};

} // namespace heard
