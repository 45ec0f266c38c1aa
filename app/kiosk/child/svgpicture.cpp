#include "child/svgpicture.h"

#include <QFileInfo>
#include <QPainter>
#include <QSvgRenderer>

namespace heard {

SvgPicture::SvgPicture(const QString &path, QWidget *parent)
    : QSvgWidget(path, parent)
    , m_directional(isDirectional(path))
{
}

bool SvgPicture::isDirectional(const QString &path)
{
    // The pictures in assets/pictures whose meaning has a direction: the skip arrow and the
    // "carry on" (next) sign beside the stop sign.
    static const QStringList names { QStringLiteral("skip"), QStringLiteral("skip_stop") };
    return !path.isEmpty() && names.contains(QFileInfo(path).completeBaseName());
}

bool SvgPicture::isMirrored() const
{
    return m_directional && isRightToLeft();
}

void SvgPicture::paintEvent(QPaintEvent *event)
{
    if (!isMirrored()) {
        QSvgWidget::paintEvent(event);
        return;
    }
    QPainter p(this);
    p.translate(width(), 0);
    p.scale(-1, 1);
    renderer()->render(&p, QRectF(rect()));
}

} // namespace heard
