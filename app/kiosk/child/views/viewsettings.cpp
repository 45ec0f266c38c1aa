#include "child/views/viewsettings.h"

#include "child/theme.h"

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QWidget>
#include <QtMath>

namespace heard {

QString ViewSettings::text(const LocalizedText &t) const
{
    return localized(t, language, fallbackLanguage);
}

QString ViewSettings::picture(const QString &relative) const
{
    if (relative.isEmpty())
        return {};
    return QDir(assetsDir).filePath(relative);
}

Qt::LayoutDirection ViewSettings::direction() const
{
    return QLocale(language).textDirection();
}

QString ViewSettings::styleSheet() const
{
    return Theme::forProfile(profile.highContrast)
        .styleSheet((young ? 30 : 24) * textScale() / 100);
}

int ViewSettings::minimumTargetFor(const QWidget *widget, int textScalePercent)
{
    const QScreen *s
        = widget && widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    const qreal dpi = s ? s->physicalDotsPerInch() : 96.0;
    const int nineMm = qCeil(9.0 * dpi / 25.4);
    const int base = qMax(48, nineMm);
    return base * qMax(100, textScalePercent) / 100;
}

} // namespace heard
