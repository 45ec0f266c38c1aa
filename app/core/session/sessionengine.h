#pragma once

#include "session/answersink.h"
#include "session/sessiontypes.h"
#include "survey/survey.h"

#include <QObject>

#include <memory>

namespace heard {

/// Walks one child through one survey: show-if, answers (including the special answers), going
/// back within the session, stopping, withdrawing. Knows no screens and no storage: every answer
/// goes through the AnswerSink before the engine moves on, so the UI never shows the next screen
/// for an answer that was not kept.
class SessionEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionEngine)

public:
    enum class State { NotStarted, InProgress, Finished, Withdrawn };
    Q_ENUM(State)

    /// @p sink must outlive the engine.
    SessionEngine(const Survey &survey, SessionInfo info, PresentationProfile profile,
                  AnswerSink &sink, QObject *parent = nullptr);
    ~SessionEngine() override;

    const Survey &survey() const;
    const SessionInfo &info() const;
    const PresentationProfile &profile() const;
    State state() const;

    /// Shows the first question. Fails only if the sink cannot be written.
    Result<void> start();

    /// The question on screen, or nullptr when not in progress.
    const Question *current() const;

    /// Progress as "screen N of about M", counting only questions that will be shown given the
    /// answers so far. For pictures of progress, never percentages.
    int position() const;
    int expectedTotal() const;

    /// Answer the current question and move on. Fails (and stays put) when the answer does not fit
    /// the question (unknown code, special answer withheld, too long text) or the sink fails.
    Result<void> answerChoice(const QString &code);
    Result<void> answerChoices(const QStringList &codes); ///< multiple choice
    Result<void> answerText(const QString &text);         ///< free text
    Result<void> answerSpecial(SpecialAnswer special);
    /// Info screens: move on without an answer.
    Result<void> next();

    /// Back to the previous shown question of this session; the earlier answer stays until changed.
    bool canGoBack() const;
    Result<void> back();

    /// The answer this child gave to @p questionId in this session, if any.
    std::optional<AnswerRecord> answerFor(const QString &questionId) const;

    /// "I want to talk to someone": remembered for the hand-back, never tied to an answer.
    void requestTalk();
    bool talkRequested() const;

    /// Ends the session keeping what was answered.
    Result<void> stop(SessionOutcome outcome = SessionOutcome::Stopped);
    /// The child withdraws: everything of this session is deleted through the sink.
    Result<void> withdraw();

Q_SIGNALS:
    void currentChanged(const heard::Question *question);
    void finished(const heard::SessionSummary &summary);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace heard
