#pragma once

#include "child/views/viewsettings.h"

#include <QWidget>

class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace heard {

class ProgressRow;

/// Always on a child's screen, above the question: progress, "I want to talk to someone", pause
/// and stop, and a calm note when sound does not work.
class SessionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionBar)

public:
    explicit SessionBar(const ViewSettings &settings, QWidget *parent = nullptr);

    ProgressRow *progress() const { return m_progress; }
    /// The bar's buttons on show, in reading order (for switch scanning).
    QList<QAbstractButton *> visibleButtons() const;
    /// "Screen N of about M", and one star per part of @p survey with the questions of the part
    /// holding @p questionId as dots.
    void showProgress(int position, int total, const Survey &survey, const QString &questionId);
    /// Every star filled (the end).
    void showAllDone(int total, int sections);
    /// The end screen: only "I want to talk" stays.
    void showEndButtons();
    /// The child asked to talk on the end screen: the button says it is remembered.
    void markTalkRequested();
    /// Said once, calmly: the words are all on screen anyway.
    void showAudioUnavailable();

Q_SIGNALS:
    void talkClicked();
    void pauseClicked();
    void stopClicked();

private:
    ProgressRow *m_progress = nullptr;
    QPushButton *m_talk = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_audioNote = nullptr;
};

} // namespace heard
