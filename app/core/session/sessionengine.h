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
///
/// Show-if: a question is shown when the named earlier question's *current* answer has one of the
/// codes; a special answer, no answer, or a question that is itself not shown never satisfies it.
///
/// Changing an answer (after back()) can hide later questions the child already answered. Those
/// answers leave the engine at once (answerFor() is empty, the summary does not count them) and
/// the sink is told with a *retraction*: an AnswerRecord for that question with no codes, no
/// special answer and no free text, and a higher sequence (see isRetraction()). The store keeps
/// the highest sequence per question; a question whose highest record is a retraction was not
/// shown on the child's final path and has no answer.
///
/// If the sink fails, the engine stays on the same question and returns the sink's error; giving
/// the answer again retries (the sequence always increases, so gaps are possible).
///
/// Error codes: "not_in_progress", "wrong_kind" (answer call does not fit the question kind),
/// "unknown_choice", "empty_answer" (no codes / blank text), "too_long", "withheld" (special answer
/// turned off by the definition), "already_started", "at_start" (back() on the first screen),
/// "invalid_outcome" (stop(Completed)), or the sink's own code.
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
    /// answers so far. For pictures of progress, never percentages. Screens include info screens.
    /// A question whose condition names a shown question not yet answered counts as shown, so M
    /// is an upper estimate that shrinks (never grows) as the child answers forward: a child is
    /// never surprised by more screens than promised. position() is 0 when not in progress.
    int position() const;
    int expectedTotal() const;

    /// Answer the current question and move on. Fails (and stays put) when the answer does not fit
    /// the question (unknown code, special answer withheld, too long text) or the sink fails.
    Result<void> answerChoice(const QString &code);
    Result<void> answerChoices(const QStringList &codes); ///< multiple choice
    Result<void> answerText(const QString &text); ///< free text
    Result<void> answerSpecial(SpecialAnswer special);
    /// Info screens: move on without an answer. Also moves on from a question already answered in
    /// this session (after back()), keeping that answer and recording nothing new.
    Result<void> next();

    /// Back to the previous shown question of this session; the earlier answer stays until changed.
    bool canGoBack() const;
    Result<void> back();

    /// The answer this child gave to @p questionId in this session, if any.
    std::optional<AnswerRecord> answerFor(const QString &questionId) const;
    /// Every current answer, in survey order.
    QList<AnswerRecord> answers() const;
    /// The summary as it would be reported now with @p outcome (answered and shown counts).
    SessionSummary summary(SessionOutcome outcome) const;

    /// True for the record that tells the sink a question is no longer shown (see class comment).
    static bool isRetraction(const AnswerRecord &record);

    /// "I want to talk to someone": remembered for the hand-back, never tied to an answer.
    void requestTalk();
    bool talkRequested() const;

    /// Ends the session keeping what was answered (Stopped or TimedOut; the engine reports
    /// Completed itself after the last question). answerFor() still works afterwards.
    Result<void> stop(SessionOutcome outcome = SessionOutcome::Stopped);
    /// The child withdraws: everything of this session is deleted through the sink, and the engine
    /// forgets every answer. Allowed in progress or after finishing; if the sink fails nothing
    /// changes and the call can be repeated.
    Result<void> withdraw();

Q_SIGNALS:
    void currentChanged(const heard::Question *question);
    void finished(const heard::SessionSummary &summary);

private:
    Result<void> accept(AnswerRecord record);
    Result<void> advance();
    Result<void> finishWith(SessionOutcome outcome);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace heard
