#include "child/speakerbutton.h"

#include "audio/speaker.h"

#include <QPainter>
#include <QPointer>
#include <QSvgRenderer>

namespace heard {

namespace {

const char speakerSvg[] = R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">
<path d="M6 18h9l12-10v32L15 30H6z" fill="#1a1a1a"/>
<path d="M32 16c4 4 4 12 0 16M37 11c7 7 7 19 0 26" stroke="#1a1a1a" stroke-width="4" fill="none" stroke-linecap="round"/></svg>)";

QIcon speakerIcon(bool highContrast)
{
    QByteArray svg(speakerSvg);
    if (highContrast)
        svg.replace("#1a1a1a", "#ffff00");
    QSvgRenderer renderer(svg);
    QPixmap pm(96, 96);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    renderer.render(&p);
    return QIcon(pm);
}

} // namespace

SpeakerButton::SpeakerButton(const QString &what, const QString &audioKey, const QString &words,
                             Speaker *speaker, int side, bool highContrast, bool soundOn,
                             QWidget *parent)
    : QPushButton(parent)
{
    setIcon(speakerIcon(highContrast));
    setFixedSize(side + 8, side + 8);
    setIconSize(QSize(side - 12, side - 12));
    setAccessibleName(tr("Listen: %1").arg(what));
    setAccessibleDescription(tr("Reads this aloud"));
    setToolTip(accessibleName());
    setVisible(soundOn);
    QPointer<Speaker> guarded(speaker);
    connect(this, &QPushButton::clicked, this, [guarded, audioKey, words] {
        if (guarded)
            guarded->play({ { audioKey, words } });
    });
}

} // namespace heard
