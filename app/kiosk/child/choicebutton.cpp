#include "child/choicebutton.h"

#include "child/svgpicture.h"
#include "child/theme.h"

#include <QFile>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace heard {

ChoiceButton::ChoiceButton(const QString &text, const QString &svgPath, const QString &glyph,
                           QWidget *parent)
    : QAbstractButton(parent)
    , m_glyph(glyph)
    , m_directional(SvgPicture::isDirectional(svgPath))
{
    setText(text);
    if (!svgPath.isEmpty() && QFile::exists(svgPath)) {
        m_renderer = new QSvgRenderer(svgPath, this);
        if (!m_renderer->isValid()) {
            delete m_renderer;
            m_renderer = nullptr;
        }
    }
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(text);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ChoiceButton::setHighContrast(bool on)
{
    m_highContrast = on;
    update();
}

QSize ChoiceButton::sizeHint() const
{
    return m_size;
}

void ChoiceButton::setButtonSize(QSize size)
{
    m_size = size;
    setFixedSize(size);
    updateGeometry();
}

void ChoiceButton::keyPressEvent(QKeyEvent *event)
{
    // Arrows move between the answers of a group; Enter chooses, like Space. Right to left, the
    // next answer is the one on the left.
    const bool rtl = isRightToLeft();
    switch (event->key()) {
    case Qt::Key_Left:
        rtl ? focusNextChild() : focusPreviousChild();
        return;
    case Qt::Key_Right:
        rtl ? focusPreviousChild() : focusNextChild();
        return;
    case Qt::Key_Up:
        focusPreviousChild();
        return;
    case Qt::Key_Down:
        focusNextChild();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        click();
        return;
    default:
        QAbstractButton::keyPressEvent(event);
    }
}

bool ChoiceButton::isPictureMirrored() const
{
    return m_renderer && m_directional && isRightToLeft();
}

void ChoiceButton::setTextInset(int width)
{
    m_textInset = width;
    update();
}

void ChoiceButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(3, 3, -3, -3);
    const bool on = isChecked() || isDown();
    const Theme theme = Theme::forProfile(m_highContrast);
    const QColor fill = on ? theme.selectedFill : theme.buttonFill;
    const QColor border = theme.border;
    const QColor textColor = on ? theme.selectedText : theme.text;
    QPainterPath path;
    path.addRoundedRect(r, 18, 18);
    p.fillPath(path, fill);
    p.setPen(QPen(border, on ? 7 : (hasFocus() ? 6 : 3)));
    p.drawPath(path);
    if (hasFocus()) {
        p.setPen(QPen(theme.focus, 3, Qt::DashLine));
        p.drawRoundedRect(r.adjusted(8, 8, -8, -8), 12, 12);
    }

    QFont f = font();
    const bool hasPicture = m_renderer || !m_glyph.isEmpty();
    // The words get the room they need (wrapped); the picture takes what is left, but never less
    // than about half the tile: long words (e.g. in Welsh) get a slightly smaller font instead.
    // Words-only answers keep clear of the speaker in the corner.
    const int inset = hasPicture ? 0 : m_textInset;
    const QRectF textArea
        = isRightToLeft() ? r.adjusted(8 + inset, 4, -8, -4) : r.adjusted(8, 4, -8 - inset, -4);
    auto measure = [&](const QFont &font) {
        return QFontMetrics(font)
            .boundingRect(textArea.toRect(), Qt::AlignCenter | Qt::TextWordWrap, text())
            .height();
    };
    int textHeight = measure(f);
    while (hasPicture && textHeight > r.height() * 0.48 && f.pixelSize() > 16) {
        f.setPixelSize(f.pixelSize() * 9 / 10);
        textHeight = measure(f);
    }
    const QRectF picture = r.adjusted(12, 10, -12, -textHeight - 10);
    if (hasPicture && picture.height() > 24) {
        const qreal side = qMin(picture.width(), picture.height());
        const QRectF square(picture.center().x() - side / 2, picture.center().y() - side / 2, side,
                            side);
        if (m_renderer) {
            p.save();
            if (isPictureMirrored()) { // forward is to the left, right to left
                p.translate(2 * square.center().x(), 0);
                p.scale(-1, 1);
            }
            m_renderer->render(&p, square);
            p.restore();
        } else {
            QFont g = f;
            g.setBold(true);
            g.setPixelSize(qMax(12, int(side * 0.6)));
            p.setFont(g);
            p.setPen(on ? theme.selectedText : theme.glyph);
            QString glyph = m_glyph;
            if (isRightToLeft()) // » points back the other way: «
                for (QChar &c : glyph)
                    c = c.mirroredChar();
            p.drawText(square, Qt::AlignCenter, glyph);
        }
    }
    p.setFont(f);
    p.setPen(textColor);
    const QRectF textRect = hasPicture && picture.height() > 24
        ? QRectF(textArea.left(), textArea.bottom() - textHeight, textArea.width(), textHeight)
        : textArea;
    p.drawText(textRect, Qt::AlignCenter | Qt::TextWordWrap, text());
}

} // namespace heard
