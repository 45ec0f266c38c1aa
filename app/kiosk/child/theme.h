#pragma once

#include <QColor>
#include <QString>

namespace heard {

/// The child screens' colours in one place, so the style sheet, the painted answers and the
/// contrast test (WCAG 2.2 AA: 4.5:1 for text, 3:1 for borders and pictures) use the same values.
struct Theme
{
    QColor background;
    QColor text;
    QColor buttonFill;
    QColor border; ///< button outlines
    QColor focus; ///< keyboard and switch highlight
    QColor glyph; ///< pictures drawn as glyphs
    QColor selectedFill;
    QColor selectedText;
    QColor primaryFill; ///< the Next button
    QColor primaryText;
    QColor star; ///< progress stars done
    QColor starEdge;

    static Theme standard();
    static Theme highContrast();
    static Theme forProfile(bool highContrast)
    {
        return highContrast ? Theme::highContrast() : standard();
    }

    /// WCAG relative-luminance contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);

    /// The child flow's style sheet at base font size @p px.
    QString styleSheet(int px) const;
};

} // namespace heard
