#include "child/theme.h"

#include <cmath>

namespace heard {

Theme Theme::standard()
{
    Theme t;
    t.background = QColor(0xff, 0xfa, 0xf0);
    t.text = QColor(0x1a, 0x1a, 0x1a);
    t.buttonFill = Qt::white;
    t.border = QColor(0x3b, 0x6e, 0xa8);
    t.focus = QColor(0xb3, 0x52, 0x00);
    t.glyph = QColor(0x3b, 0x6e, 0xa8);
    t.selectedFill = QColor(0xd7, 0xeb, 0xff);
    t.selectedText = t.text;
    t.primaryFill = QColor(0x2f, 0x5d, 0x91);
    t.primaryText = Qt::white;
    t.star = QColor(0xf2, 0xb1, 0x00);
    t.starEdge = QColor(0x6b, 0x52, 0x00);
    return t;
}

Theme Theme::highContrast()
{
    Theme t;
    t.background = Qt::black;
    t.text = Qt::white;
    t.buttonFill = Qt::black;
    t.border = QColor(0xff, 0xff, 0x00);
    t.focus = QColor(0x00, 0xff, 0xff);
    t.glyph = QColor(0xff, 0xff, 0x00);
    t.selectedFill = QColor(0xff, 0xff, 0x00);
    t.selectedText = Qt::black;
    t.primaryFill = QColor(0xff, 0xff, 0x00);
    t.primaryText = Qt::black;
    t.star = QColor(0xff, 0xff, 0x00);
    t.starEdge = Qt::white;
    return t;
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    auto channel
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    auto luminance = [&](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QString Theme::styleSheet(int px) const
{
    const auto c = [](const QColor &color) { return color.name(); };
    return QStringLiteral(
               "QWidget#childFlow, QWidget#screen, QScrollArea { background: %1; }"
               "QLabel { color: %2; background: transparent; }"
               "QPushButton { color: %2; background: %3; border: 3px solid %4; border-radius: 12px;"
               " padding: 6px 16px; }"
               "QPushButton:focus { border: 6px solid %5; }"
               "QPushButton[role=\"next\"] { background: %6; color: %7; }"
               "QPushButton:disabled { color: %2; border-style: dashed; }"
               "QPlainTextEdit { color: %2; background: %3; border: 3px solid %4; border-radius: "
               "8px; }"
               "QWidget { font-size: %8px; }"
               "QLabel#prompt { font-size: %9px; font-weight: bold; }"
               "QLabel#message, QLabel#calmMessage { font-size: %9px; }"
               "QLabel#reminder { font-weight: bold; }"
               "QLabel#help, QLabel#adultMessage { font-size: %10px; }")
        .arg(c(background), c(text), c(buttonFill), c(border), c(focus), c(primaryFill),
             c(primaryText))
        .arg(px)
        .arg(px * 5 / 4)
        .arg(px * 9 / 10);
}

} // namespace heard
