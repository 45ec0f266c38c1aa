#pragma once

#include <QPushButton>

namespace heard {

class Speaker;

/// The loudspeaker beside words on a child's screen: reads @p words aloud (the recorded clip
/// @p audioKey when there is one). Hidden when the profile turns sound off.
class SpeakerButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerButton)

public:
    /// @p what names what is read ("the question"); @p speaker may be null and is not owned.
    SpeakerButton(const QString &what, const QString &audioKey, const QString &words,
                  Speaker *speaker, int side, bool highContrast, bool soundOn,
                  QWidget *parent = nullptr);
};

} // namespace heard
