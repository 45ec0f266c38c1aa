#include "session/sessionengine.h"

#include "util/errorcode.h"

#include <QHash>
#include <QSet>

namespace heard {

namespace {

Result<void> fail(const QString &code, const QString &message)
{
    return Result<void>::failure(code, message);
}

bool takes(const Question &q, AnswerShape shape)
{
    return questionKindTraits(q.kind).answer == shape;
}

// The loader synthesises choices for ladder and yes/no; the implied codes are accepted too so a
// hand-built survey without them still behaves as the format says.
bool knownCode(const Question &q, const QString &code)
{
    if (q.choice(code))
        return true;
    if (!q.choices.isEmpty())
        return false;
    return synthesisedChoiceCodes(q.kind).contains(code);
}

} // namespace

struct SessionEngine::Private
{
    Private(const Survey &s, SessionInfo i, PresentationProfile p, AnswerSink &k)
        : survey(s)
        , info(std::move(i))
        , profile(p)
        , sink(k)
        , order(survey.questions())
    {
    }

    Survey survey; // a copy, so current() stays valid whatever the caller does with its own
    SessionInfo info;
    PresentationProfile profile;
    AnswerSink &sink;
    QList<const Question *> order;

    State state = State::NotStarted;
    int current = -1;
    QList<int> history; // indices of earlier shown screens, for back()
    QHash<QString, AnswerRecord> answers; // current answers, only of questions still shown
    QSet<QString> visited; // questions shown on the current path
    int sequence = 0;
    bool talk = false;

    // Does @p q's condition hold given @p given answers (only answers of shown questions)?
    static bool holds(const Question &q, const QHash<QString, AnswerRecord> &given)
    {
        if (!q.showIf.isSet())
            return true;
        const auto it = given.constFind(q.showIf.questionId);
        if (it == given.constEnd() || it->special.has_value())
            return false;
        for (const QString &code : it->codes) {
            if (q.showIf.anyOf.contains(code))
                return true;
        }
        return false;
    }

    int nextShown(int from) const
    {
        for (int i = from + 1; i < order.size(); ++i) {
            if (holds(*order.at(i), answers))
                return i;
        }
        return -1;
    }

    // Predicted visibility of every question: unanswered-but-shown conditions count as holding.
    QList<bool> predicted() const
    {
        QList<bool> shown(order.size(), false);
        QHash<QString, int> indexById;
        for (int i = 0; i < order.size(); ++i) {
            const Question &q = *order.at(i);
            indexById.insert(q.id, i);
            if (!q.showIf.isSet()) {
                shown[i] = true;
                continue;
            }
            const int dep = indexById.value(q.showIf.questionId, -1);
            if (dep < 0 || !shown.at(dep))
                continue;
            shown[i] = answers.contains(q.showIf.questionId) ? holds(q, answers) : true;
        }
        return shown;
    }

    // Questions after @p index that an answer change has hidden, in order, given @p given.
    QList<int> hiddenAfter(int index, QHash<QString, AnswerRecord> given) const
    {
        QList<int> hidden;
        for (int i = index + 1; i < order.size(); ++i) {
            const Question &q = *order.at(i);
            if (holds(q, given))
                continue;
            if (visited.contains(q.id) || given.contains(q.id))
                hidden.append(i);
            given.remove(q.id); // cascades to questions that depend on this one
        }
        return hidden;
    }

    SessionSummary summary(SessionOutcome outcome) const
    {
        SessionSummary s;
        s.outcome = outcome;
        s.completionMode = info.completionMode;
        s.answered = int(answers.size());
        for (const Question *q : order) {
            if (q->isAnswerable() && visited.contains(q->id))
                ++s.shown;
        }
        s.askedToTalk = talk;
        return s;
    }
};

SessionEngine::SessionEngine(const Survey &survey, SessionInfo info, PresentationProfile profile,
                             AnswerSink &sink, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(survey, std::move(info), profile, sink))
{
}

SessionEngine::~SessionEngine() = default;

const Survey &SessionEngine::survey() const
{
    return d->survey;
}
const SessionInfo &SessionEngine::info() const
{
    return d->info;
}
const PresentationProfile &SessionEngine::profile() const
{
    return d->profile;
}
SessionEngine::State SessionEngine::state() const
{
    return d->state;
}

Result<void> SessionEngine::start()
{
    if (d->state != State::NotStarted)
        return fail(ErrorCode::AlreadyStarted, tr("This session has already started."));
    const int first = d->nextShown(-1);
    if (first < 0) {
        // Nothing to show: the session is complete at once.
        d->state = State::InProgress;
        Result<void> r = finishWith(SessionOutcome::Completed);
        if (!r.ok())
            d->state = State::NotStarted;
        return r;
    }
    d->state = State::InProgress;
    d->current = first;
    d->visited.insert(d->order.at(first)->id);
    Q_EMIT currentChanged(current());
    return {};
}

const Question *SessionEngine::current() const
{
    if (d->state != State::InProgress || d->current < 0)
        return nullptr;
    return d->order.at(d->current);
}

int SessionEngine::position() const
{
    if (!current())
        return 0;
    const QList<bool> shown = d->predicted();
    int n = 0;
    for (int i = 0; i <= d->current; ++i)
        n += shown.at(i) ? 1 : 0;
    return n;
}

int SessionEngine::expectedTotal() const
{
    const QList<bool> shown = d->predicted();
    return int(shown.count(true));
}

Result<void> SessionEngine::answerChoice(const QString &code)
{
    const Question *q = current();
    if (!q)
        return fail(ErrorCode::NotInProgress, tr("There is no question to answer."));
    if (!takes(*q, AnswerShape::OneChoice))
        return fail(ErrorCode::WrongKind, tr("This question does not take a single choice."));
    if (!knownCode(*q, code))
        return fail(ErrorCode::UnknownChoice, tr("That is not one of the choices."));
    AnswerRecord record;
    record.questionId = q->id;
    record.codes = QStringList { code };
    return accept(std::move(record));
}

Result<void> SessionEngine::answerChoices(const QStringList &codes)
{
    const Question *q = current();
    if (!q)
        return fail(ErrorCode::NotInProgress, tr("There is no question to answer."));
    if (!takes(*q, AnswerShape::ManyChoices))
        return fail(ErrorCode::WrongKind, tr("This question does not take several choices."));
    if (codes.isEmpty())
        return fail(ErrorCode::EmptyAnswer, tr("Choose at least one answer."));
    for (const QString &code : codes) {
        if (!knownCode(*q, code))
            return fail(ErrorCode::UnknownChoice, tr("That is not one of the choices."));
    }
    // Canonical form: distinct codes in the question's own order, whatever order they were tapped.
    AnswerRecord record;
    record.questionId = q->id;
    for (const Choice &c : q->choices) {
        if (codes.contains(c.code))
            record.codes.append(c.code);
    }
    return accept(std::move(record));
}

Result<void> SessionEngine::answerText(const QString &text)
{
    const Question *q = current();
    if (!q)
        return fail(ErrorCode::NotInProgress, tr("There is no question to answer."));
    if (!takes(*q, AnswerShape::FreeText))
        return fail(ErrorCode::WrongKind, tr("This question does not take written words."));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::EmptyAnswer, tr("Nothing was written; skip instead if you like."));
    // Counted in UTF-16 units, as Qt's text fields count their own maximum length.
    if (q->maxLength > 0 && trimmed.size() > q->maxLength)
        return fail(ErrorCode::TooLong, tr("That is longer than this question allows."));
    AnswerRecord record;
    record.questionId = q->id;
    record.freeText = trimmed;
    return accept(std::move(record));
}

Result<void> SessionEngine::answerSpecial(SpecialAnswer special)
{
    const Question *q = current();
    if (!q)
        return fail(ErrorCode::NotInProgress, tr("There is no question to answer."));
    if (!q->isAnswerable())
        return fail(ErrorCode::WrongKind, tr("This screen takes no answer."));
    if (!q->offers(special))
        return fail(ErrorCode::Withheld, tr("This question does not offer that answer."));
    AnswerRecord record;
    record.questionId = q->id;
    record.special = special;
    return accept(std::move(record));
}

Result<void> SessionEngine::next()
{
    const Question *q = current();
    if (!q)
        return fail(ErrorCode::NotInProgress, tr("There is no screen to move on from."));
    if (q->isAnswerable() && !d->answers.contains(q->id))
        return fail(ErrorCode::WrongKind,
                    tr("This question needs an answer (or skip) to move on."));
    return advance();
}

bool SessionEngine::canGoBack() const
{
    return current() && !d->history.isEmpty();
}

Result<void> SessionEngine::back()
{
    if (!current())
        return fail(ErrorCode::NotInProgress, tr("There is no screen to go back from."));
    if (d->history.isEmpty())
        return fail(ErrorCode::AtStart, tr("This is the first screen."));
    d->current = d->history.takeLast();
    Q_EMIT currentChanged(current());
    return {};
}

std::optional<AnswerRecord> SessionEngine::answerFor(const QString &questionId) const
{
    const auto it = d->answers.constFind(questionId);
    if (it == d->answers.constEnd())
        return std::nullopt;
    return *it;
}

QList<AnswerRecord> SessionEngine::answers() const
{
    QList<AnswerRecord> all;
    for (const Question *q : d->order) {
        if (const auto it = d->answers.constFind(q->id); it != d->answers.constEnd())
            all.append(*it);
    }
    return all;
}

SessionSummary SessionEngine::summary(SessionOutcome outcome) const
{
    return d->summary(outcome);
}

bool SessionEngine::isRetraction(const AnswerRecord &record)
{
    return record.codes.isEmpty() && !record.special.has_value() && record.freeText.isEmpty();
}

void SessionEngine::requestTalk()
{
    d->talk = true;
}
bool SessionEngine::talkRequested() const
{
    return d->talk;
}

Result<void> SessionEngine::stop(SessionOutcome outcome)
{
    if (d->state != State::InProgress)
        return fail(ErrorCode::NotInProgress, tr("The session is not in progress."));
    if (outcome == SessionOutcome::Completed)
        return fail(ErrorCode::InvalidOutcome, tr("A session stopped early is not completed."));
    return finishWith(outcome);
}

Result<void> SessionEngine::withdraw()
{
    if (d->state == State::NotStarted || d->state == State::Withdrawn)
        return fail(ErrorCode::NotInProgress, tr("There is no session to withdraw."));
    if (Result<void> r = d->sink.withdrawSession(d->info); !r.ok())
        return r;
    const bool wasShowing = current() != nullptr;
    d->state = State::Withdrawn;
    d->current = -1;
    d->history.clear();
    d->answers.clear();
    d->visited.clear();
    d->talk = false;
    if (wasShowing)
        Q_EMIT currentChanged(nullptr);
    return {};
}

Result<void> SessionEngine::accept(AnswerRecord record)
{
    // Every attempt takes a fresh sequence: a sink that failed half-way may have kept it.
    record.sequence = ++d->sequence;
    if (Result<void> r = d->sink.recordAnswer(d->info, record); !r.ok())
        return r;
    const QString id = record.questionId;
    d->answers.insert(id, std::move(record));

    // Questions this answer hides: retract their answers in the sink, then forget them. A failed
    // retraction leaves the engine here; answering again recomputes and retries.
    for (int i : d->hiddenAfter(d->current, d->answers)) {
        const QString hiddenId = d->order.at(i)->id;
        if (d->answers.contains(hiddenId)) {
            AnswerRecord retraction;
            retraction.questionId = hiddenId;
            retraction.sequence = ++d->sequence;
            if (Result<void> r = d->sink.recordAnswer(d->info, retraction); !r.ok())
                return r;
            d->answers.remove(hiddenId);
        }
        d->visited.remove(hiddenId);
    }
    return advance();
}

Result<void> SessionEngine::advance()
{
    const int next = d->nextShown(d->current);
    if (next < 0)
        return finishWith(SessionOutcome::Completed);
    d->history.append(d->current);
    d->current = next;
    d->visited.insert(d->order.at(next)->id);
    Q_EMIT currentChanged(current());
    return {};
}

Result<void> SessionEngine::finishWith(SessionOutcome outcome)
{
    const SessionSummary summary = d->summary(outcome);
    // If the sink cannot close the session the child stays where they are; nothing is lost.
    if (Result<void> r = d->sink.finishSession(d->info, summary); !r.ok())
        return r;
    d->state = State::Finished;
    d->current = -1;
    d->history.clear();
    Q_EMIT currentChanged(nullptr);
    Q_EMIT finished(summary);
    return {};
}

} // namespace heard
