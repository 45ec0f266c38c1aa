#pragma once

#include "audio/speaker.h"
#include "child/views/viewsettings.h"

#include <QWidget>

class QPushButton;

namespace heard {

/// A message over the child's question: a picture, words, a speaker and big buttons. Each
/// message (stop, withdraw, talk, pause, ...) is a subclass that says what its buttons mean
/// through its own signals.
class MessagePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagePage)

public:
    ~MessagePage() override;

    QString words() const { return m_words; }
    /// What reading everything aloud says: the message, then each button.
    QList<Utterance> utterances() const;

protected:
    /// @p name is the page's object name and, as "kiosk_<name>", its recorded clip.
    MessagePage(const QString &name, const ViewSettings &settings, QWidget *parent);
    /// A button of this message, named @p name for tests and described for screen readers.
    QPushButton *makeButton(const QString &text, const QString &name, const QString &description);
    /// Lays the page out; call once from the subclass's constructor.
    void setContent(const QString &picturePath, const QString &words,
                    const QList<QPushButton *> &buttons);
    /// Size of the pictures on buttons that say their choice for children who do not read yet.
    QSize buttonPictureSize() const;

    const ViewSettings m_settings;

private:
    QString m_words;
    QList<QPushButton *> m_buttons;
};

} // namespace heard
