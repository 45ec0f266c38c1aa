#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace heard {

/// Something said aloud: a recorded clip key (assets/audio/LANG/KEY.wav) and the words, which are
/// synthesised when there is no clip.
struct Utterance
{
    QString audioKey;
    QString text;
};

/// Reads prompts and answers aloud: the recorded clip when there is one, else espeak-ng, else it
/// says audio is unavailable. Never blocks: every wait has a timeout, and no sound server is a
/// normal case. One utterance or a queue plays at a time; stop() interrupts at once.
class Speaker : public QObject
{
    Q_OBJECT

public:
    enum class Source { None, Recording, Synthesised };
    Q_ENUM(Source)

    using QObject::QObject;
    ~Speaker() override = default;

    virtual void setLanguage(const QString &language) = 0;
    /// Replaces anything playing or queued with @p items, played in order.
    virtual void play(const QList<Utterance> &items) = 0;
    virtual void stop() = 0;
    virtual bool isPlaying() const = 0;
    /// Drops every audio buffer (between children).
    virtual void clear() = 0;

Q_SIGNALS:
    /// Audio for one item started; @p source says where it came from.
    void started(heard::Speaker::Source source);
    /// Everything queued has played or was skipped.
    void idle();
    /// No sound could be made for this item; @p reason is for the screen ("audio unavailable").
    void unavailable(const QString &reason);
};

} // namespace heard
