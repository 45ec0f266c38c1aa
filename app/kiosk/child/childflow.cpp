#include "child/childflow.h"

#include "audio/speaker.h"
#include "child/dialogs/endscreen.h"
#include "child/dialogs/lamessagedialog.h"
#include "child/dialogs/pausedialog.h"
#include "child/dialogs/stilltheredialog.h"
#include "child/dialogs/stopdialog.h"
#include "child/dialogs/storageproblempage.h"
#include "child/dialogs/talkdialog.h"
#include "child/dialogs/withdrawdialog.h"
#include "child/dialogs/withdrawproblemdialog.h"
#include "child/enginecodes.h"
#include "child/idlewatch.h"
#include "child/progressrow.h"
#include "child/screenstack.h"
#include "child/sessionbar.h"
#include "child/switchscanner.h"
#include "child/views/questionviewfactory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QStackedLayout>
#include <QTranslator>
#include <QVBoxLayout>

namespace heard {

ChildFlow::ChildFlow(const Survey &survey, const SessionInfo &info,
                     const PresentationProfile &profile, AnswerSink &sink,
                     const ChildFlowOptions &options, QWidget *parent)
    : QWidget(parent)
    , m_survey(survey)
    , m_profile(profile)
    , m_options(options)
    , m_engine(std::make_unique<SessionEngine>(survey, info, profile, sink))
    , m_language(info.language.isEmpty() ? survey.defaultLanguage() : info.language)
    , m_young(survey.ageBand == QLatin1String("4-7"))
{
    // The kiosk's own words follow the child's language (survey text comes from the survey).
    m_translator = new QTranslator(this);
    if (m_translator->load(QStringLiteral(":/i18n/heard_kiosk_") + m_language))
        QCoreApplication::installTranslator(m_translator);
    setObjectName(QStringLiteral("childFlow"));
    setAccessibleName(tr("Survey"));
    setAccessibleDescription(localized(survey.title, m_language, survey.defaultLanguage()));
    // Any right-to-left language reads right to left, from the locale.
    setLayoutDirection(QLocale(m_language).textDirection());

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 10, 16, 10);
    outer->setSpacing(8);

    // Always on screen: progress, "I want to talk to someone", pause and stop.
    m_bar = new SessionBar(viewSettings(), this);
    outer->addWidget(m_bar);
    if (m_options.speaker)
        connect(m_options.speaker, &Speaker::unavailable, m_bar, &SessionBar::showAudioUnavailable);
    connect(m_bar, &SessionBar::talkClicked, this, &ChildFlow::askTalk);
    connect(m_bar, &SessionBar::pauseClicked, this, &ChildFlow::pause);
    connect(m_bar, &SessionBar::stopClicked, this, &ChildFlow::askStop);

    auto *stack = new QStackedLayout;
    outer->addLayout(stack, 1);
    m_screens = std::make_unique<ScreenStack>(stack);

    m_idle = new IdleWatch(m_options.idleWarnMs, m_options.idleStopMs, this);
    connect(m_idle, &IdleWatch::warn, this, &ChildFlow::showStillThere);
    connect(m_idle, &IdleWatch::timedOut, this, [this] { stopSession(SessionOutcome::TimedOut); });
    m_scanner = new SwitchScanner(
        m_profile.scanIntervalMs, [this] { return scanCandidates(); }, this);

    connect(m_engine.get(), &SessionEngine::currentChanged, this, &ChildFlow::showQuestion);
    connect(m_engine.get(), &SessionEngine::finished, this, &ChildFlow::onFinished);
    qApp->installEventFilter(this);
    setStyleSheet(viewSettings().styleSheet());
    setAutoFillBackground(true);
}

ChildFlow::~ChildFlow()
{
    qApp->removeEventFilter(this);
    QCoreApplication::removeTranslator(m_translator);
    if (m_options.speaker) {
        m_options.speaker->stop();
        m_options.speaker->clear();
    }
}

Result<void> ChildFlow::start()
{
    Result<void> r = m_engine->start();
    if (r.ok()) {
        m_idle->restart();
        if (m_profile.switchScanning)
            m_scanner->start();
    }
    return r;
}

int ChildFlow::minimumTarget() const
{
    return ViewSettings::minimumTargetFor(this, m_profile.textScalePercent);
}

ViewSettings ChildFlow::viewSettings() const
{
    ViewSettings s;
    s.language = m_language;
    s.fallbackLanguage = m_survey.defaultLanguage();
    s.profile = m_profile;
    s.young = m_young;
    s.assetsDir = m_options.assetsDir;
    s.advocacyContact = m_options.advocacyContact;
    s.speaker = m_options.speaker;
    s.minimumTarget = minimumTarget();
    s.availableWidth = width();
    return s;
}

void ChildFlow::showQuestion(const Question *question)
{
    if (!question)
        return;
    QuestionViewState state;
    state.before = m_engine->answerFor(question->id);
    state.canGoBack = m_engine->canGoBack();
    std::unique_ptr<QuestionView> view
        = QuestionViewFactory::create(*question, viewSettings(), state);
    connect(view.get(), &QuestionView::answered, this, [this](const ViewAnswer &answer) {
        act([this, answer] { return answer.giveTo(*m_engine); });
    });
    connect(view.get(), &QuestionView::backRequested, this,
            [this] { act([this] { return m_engine->back(); }); });
    m_view = view.get();
    m_screens->setQuestion(view.release());
    m_bar->showProgress(m_engine->position(), m_engine->expectedTotal(), m_survey, question->id);
    // Before the first question, what the LA did about what children said last time.
    if (!m_laMessageShown && question->isAnswerable() && !m_options.laMessage.isEmpty()) {
        m_laMessageShown = true;
        showLaMessage();
        return;
    }
    if (m_profile.audio == PresentationProfile::Audio::AutoPlay)
        autoPlay();
    else if (m_options.speaker)
        m_options.speaker->stop();
}

void ChildFlow::showLaMessage()
{
    auto *page
        = new LaMessageDialog(viewSettings(), m_options.laMessage, m_options.laMessagePicture);
    connect(page, &LaMessageDialog::ok, this, [this] {
        closeOverlay();
        if (m_profile.audio == PresentationProfile::Audio::AutoPlay)
            autoPlay();
    });
    showMessage(page);
}

void ChildFlow::autoPlay()
{
    if (m_options.speaker && m_view && m_engine->current())
        m_options.speaker->play(m_view->utterances());
}

void ChildFlow::act(std::function<Result<void>()> action)
{
    if (m_ended)
        return;
    const Result<void> r = action();
    if (r.ok() || EngineCodes::isRefusal(r.error().code))
        return;
    // The answer was not kept: the engine stays on this question. Calm words for the child, and
    // for the adult what happened (never the answer).
    const QString adult = tr("This answer could not be saved (%1). Earlier answers are safe. "
                             "Free some space or check the device, then try again, or stop.")
                              .arg(r.error().message);
    Q_EMIT storageProblem(adult);
    auto *page = new StorageProblemPage(viewSettings(), adult);
    connect(page, &StorageProblemPage::retry, this, [this, action] {
        closeOverlay();
        act(action);
    });
    connect(page, &StorageProblemPage::stop, this, [this] {
        closeOverlay();
        stopSession(SessionOutcome::Stopped);
    });
    m_screens->showOverlay(page);
}

void ChildFlow::closeOverlay()
{
    m_screens->closeOverlay();
}

void ChildFlow::showMessage(MessagePage *page)
{
    m_screens->showOverlay(page);
    if (!m_options.speaker)
        return;
    if (m_profile.audio == PresentationProfile::Audio::AutoPlay)
        m_options.speaker->play(page->utterances());
    else
        m_options.speaker->stop();
}

void ChildFlow::askStop()
{
    if (m_ended)
        return;
    auto *page = new StopDialog(viewSettings());
    connect(page, &StopDialog::keepAnswers, this, [this] { stopSession(SessionOutcome::Stopped); });
    connect(page, &StopDialog::dontKeepAnswers, this, &ChildFlow::askWithdraw);
    connect(page, &StopDialog::carryOn, this, &ChildFlow::closeOverlay);
    showMessage(page);
}

void ChildFlow::askWithdraw()
{
    if (m_ended)
        return;
    auto *page = new WithdrawDialog(viewSettings());
    connect(page, &WithdrawDialog::confirmed, this, &ChildFlow::withdraw);
    connect(page, &WithdrawDialog::back, this, &ChildFlow::askStop);
    showMessage(page);
}

void ChildFlow::withdraw()
{
    if (m_ended)
        return;
    // "I want to talk" is not an answer: the grown-up is still told at hand-back.
    const bool talk = m_engine->talkRequested();
    const Result<void> r = m_engine->withdraw();
    if (!r.ok()) {
        Q_EMIT storageProblem(tr("The child asked for their answers to be deleted, but they "
                                 "could not be deleted (%1). Try again from the child's screen.")
                                  .arg(r.error().message));
        auto *page = new WithdrawProblemDialog(viewSettings());
        connect(page, &WithdrawProblemDialog::retry, this, &ChildFlow::withdraw);
        showMessage(page);
        return;
    }
    m_withdrawn = true;
    m_talkAtWithdraw = talk;
    m_ended = true;
    m_outcome = SessionOutcome::Stopped;
    m_idle->stop();
    m_scanner->stop();
    showEndScreen();
}

void ChildFlow::askTalk()
{
    if (m_ended)
        return;
    m_engine->requestTalk();
    auto *page = new TalkDialog(viewSettings());
    connect(page, &TalkDialog::carryOn, this, &ChildFlow::closeOverlay);
    connect(page, &TalkDialog::stopNow, this, &ChildFlow::askStop); // keep or not: child chooses
    showMessage(page);
}

void ChildFlow::pause()
{
    if (m_ended)
        return;
    if (m_options.speaker)
        m_options.speaker->stop();
    auto *page = new PauseDialog(viewSettings());
    connect(page, &PauseDialog::carryOn, this, &ChildFlow::closeOverlay);
    showMessage(page);
}

void ChildFlow::showStillThere()
{
    if (m_ended)
        return;
    auto *page = new StillThereDialog(viewSettings());
    connect(page, &StillThereDialog::here, this, &ChildFlow::closeOverlay);
    showMessage(page);
    // Said aloud whenever sound is on, not only when reading everything: the child may be away.
    if (m_options.speaker && m_profile.audio == PresentationProfile::Audio::OnTap)
        m_options.speaker->play({ { QStringLiteral("kiosk_still_there"), page->words() } });
    m_idle->startFinalWait();
}

void ChildFlow::stopSession(SessionOutcome outcome)
{
    if (m_ended)
        return;
    m_outcome = outcome;
    if (m_engine->state() == SessionEngine::State::InProgress) {
        const Result<void> r = m_engine->stop(outcome);
        if (!r.ok()) // the summary could not be written; answers already kept stay kept
            Q_EMIT storageProblem(tr("The end of the session could not be saved (%1). "
                                     "The answers given are kept.")
                                      .arg(r.error().message));
    }
    if (!m_ended) { // onFinished did not run (the sink failed): end here anyway
        m_ended = true;
        if (outcome == SessionOutcome::TimedOut)
            Q_EMIT handBack(outcome, m_engine->talkRequested());
        else
            showEndScreen();
    }
}

void ChildFlow::onFinished(const SessionSummary &summary)
{
    m_ended = true;
    m_outcome = summary.outcome;
    m_idle->stop();
    m_scanner->stop();
    if (summary.outcome == SessionOutcome::TimedOut) {
        Q_EMIT handBack(summary.outcome, summary.askedToTalk);
        return;
    }
    showEndScreen();
}

void ChildFlow::showEndScreen()
{
    m_idle->stop();
    m_screens->dropQuestion();
    auto *page = new EndScreen(viewSettings(), m_withdrawn, m_options.laMessage);
    connect(page, &EndScreen::handBack, this,
            [this] { Q_EMIT handBack(m_outcome, m_engine->talkRequested() || m_talkAtWithdraw); });
    m_bar->showEndButtons();
    if (m_withdrawn)
        m_bar->progress()->hide(); // nothing of that walk is left to show
    else
        m_bar->showAllDone(m_engine->expectedTotal(), int(m_survey.sections.size()));
    showMessage(page);
    // Asking to talk still works here: it is remembered for the hand-back.
    disconnect(m_bar, &SessionBar::talkClicked, this, nullptr);
    connect(m_bar, &SessionBar::talkClicked, this, [this] {
        m_engine->requestTalk();
        m_bar->markTalkRequested();
    });
}

QList<QAbstractButton *> ChildFlow::scanCandidates() const
{
    QList<QAbstractButton *> buttons;
    QWidget *page = m_screens->current();
    if (!page)
        return buttons;
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(page) && b->isEnabled())
            buttons.append(b);
    return buttons + m_bar->visibleButtons();
}

bool ChildFlow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_options.speaker && m_options.speaker->isPlaying()
            && m_profile.audio == PresentationProfile::Audio::AutoPlay)
            m_options.speaker->stop(); // any tap interrupts reading aloud
        if (m_idle->isWarning()) { // any touch answers "Are you still there?"
            if (m_ended)
                m_idle->stop();
            if (m_screens->overlay()
                && m_screens->overlay()->objectName() == QLatin1String("stillThere"))
                closeOverlay();
        }
        if (!m_ended)
            m_idle->restart();
        if (event->type() == QEvent::KeyPress && m_profile.switchScanning) {
            auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_scanner->press())
                return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace heard
