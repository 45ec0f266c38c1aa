#pragma once

#include "session/sessionengine.h"
#include "util/result.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractButton;
class QStackedLayout;
class QTranslator;

namespace heard {

class IdleWatch;
class MessagePage;
class QuestionView;
class ScreenStack;
class SessionBar;
class Speaker;
class SwitchScanner;
struct ViewAnswer;
struct ViewSettings;

/// What the kiosk tells the child flow beyond the survey and the adult's choices.
struct ChildFlowOptions
{
    QString assetsDir; ///< pictures/... and audio/... live here
    QString advocacyContact; ///< the LA's advocacy service, from configuration
    int idleWarnMs = 90'000; ///< quiet time before "Are you still there?"
    int idleStopMs = 60'000; ///< further quiet time before the session ends (TimedOut)
    Speaker *speaker = nullptr; ///< optional; not owned
    /// The LA's latest "You said, we did" message in the child's language (empty: none), shown
    /// before the first question and on the end screen, and its picture (an SVG file, optional).
    QString laMessage;
    QString laMessagePicture;
};

/// One child's walk through one survey: the session shell around the question views. It shows the
/// view QuestionViewFactory makes for the SessionEngine's current question (torn down when the
/// child moves on), hands the view's answers to the engine, and puts the messages (stop,
/// withdraw, talk, pause, ...) over it. The whole object (engine included)
/// belongs to one child and is deleted at hand-back, so nothing of this child outlives it.
/// Answers go through the engine, which keeps them (through the sink) before the next screen.
class ChildFlow final : public QWidget
{
    Q_OBJECT

public:
    /// @p survey and @p sink must outlive this widget.
    ChildFlow(const Survey &survey, const SessionInfo &info, const PresentationProfile &profile,
              AnswerSink &sink, const ChildFlowOptions &options, QWidget *parent = nullptr);
    ~ChildFlow() override;

    Result<void> start();
    /// Takes ownership of the sink this flow writes to, so it goes when the child's session goes.
    void adoptSink(std::unique_ptr<AnswerSink> sink) { m_ownedSink = std::move(sink); }
    SessionEngine &engine() { return *m_engine; }

    /// Children's sizes: the smallest tappable side in pixels for this screen (>= 48 px and 9 mm).
    int minimumTarget() const;

    /// True once the child chose not to keep their answers (everything of the session deleted).
    bool withdrawn() const { return m_withdrawn; }

    /// The adult's stop from adult mode: ends the session keeping what was answered.
    void stopSession(SessionOutcome outcome);

Q_SIGNALS:
    /// The child is done (or the session stopped or timed out): hand the tablet back.
    void handBack(heard::SessionOutcome outcome, bool askedToTalk);
    /// An answer could not be kept; @p adultMessage says what happened, never what was answered.
    void storageProblem(const QString &adultMessage);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showQuestion(const Question *question);
    ViewSettings viewSettings() const;
    void act(std::function<Result<void>()> action);
    void onFinished(const SessionSummary &summary);
    void showMessage(MessagePage *page);
    void closeOverlay();
    void showLaMessage();
    void showEndScreen();
    void askStop();
    void askWithdraw();
    void withdraw();
    void askTalk();
    void pause();
    void showStillThere();
    void autoPlay();
    QList<QAbstractButton *> scanCandidates() const;

    const Survey &m_survey;
    PresentationProfile m_profile;
    ChildFlowOptions m_options;
    std::unique_ptr<AnswerSink> m_ownedSink; // declared before the engine: outlives it
    std::unique_ptr<SessionEngine> m_engine;
    QString m_language;
    bool m_young = false;
    QTranslator *m_translator
        = nullptr; ///< the kiosk's words in the child's language, for this child only

    SessionBar *m_bar = nullptr;
    std::unique_ptr<ScreenStack> m_screens; ///< the question and the overlay above it
    QPointer<QuestionView> m_view;
    IdleWatch *m_idle = nullptr;
    SwitchScanner *m_scanner = nullptr;
    bool m_ended = false;
    bool m_withdrawn = false;
    bool m_laMessageShown = false;
    bool m_talkAtWithdraw = false; ///< withdraw() forgets it; the hand-back must not
    SessionOutcome m_outcome = SessionOutcome::Completed;
};

} // namespace heard
