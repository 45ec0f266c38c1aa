#pragma once

#include "session/sessiontypes.h"
#include "survey/survey.h"

#include <QString>

class QWidget;

namespace heard {

class Speaker;

/// How one child's screens look and sound, independent of any session: enough to show a question
/// (or a message) on its own, e.g. in a survey editor's preview.
struct ViewSettings
{
    QString language; ///< the child's language; also sets the text direction
    QString fallbackLanguage; ///< the survey's default, for text missing in @c language
    PresentationProfile profile;
    bool young = false; ///< the 4-7 age band: bigger, fewer answers per row
    QString assetsDir; ///< pictures/... and audio/... live here
    QString advocacyContact; ///< shown on help screens when set
    Speaker *speaker = nullptr; ///< optional; not owned
    int minimumTarget = 48; ///< smallest tappable side in pixels (see minimumTargetFor)
    int availableWidth = 1280; ///< width the answers reflow into

    QString text(const LocalizedText &t) const;
    /// @p relative under the assets directory, or empty when @p relative is empty.
    QString picture(const QString &relative) const;
    /// Right to left for any right-to-left language, from the locale (not a list of languages).
    Qt::LayoutDirection direction() const;
    int textScale() const { return qMax(100, profile.textScalePercent); }
    /// The child screens' style sheet for these settings (colours, and sizes grown with the text:
    /// sizes live in the style sheet because it overrides setFont).
    QString styleSheet() const;
    /// Children's sizes on @p widget's screen: >= 48 px and 9 mm, grown with the text.
    static int minimumTargetFor(const QWidget *widget, int textScalePercent);
};

} // namespace heard
