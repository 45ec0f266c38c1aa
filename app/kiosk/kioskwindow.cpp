#include "kioskwindow.h"

#include "adult/pinprompt.h"
#include "audio/speaker.h"
#include "child/childflow.h"
#include "cornerhotspot.h"
#include "device/adultpin.h"
#include "device/lamessages.h"
#include "store/devicestorage.h"
#include "store/outboxstore.h"
#include "sync/devicesync.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace heard {

KioskWindow::KioskWindow(QList<Survey> surveys, DeviceStorage &storage, AdultPin &pin,
                         const KioskOptions &options, Speaker *speaker, QWidget *parent)
    : QWidget(parent)
    , m_surveys(std::move(surveys))
    , m_storage(storage)
    , m_pin(pin)
    , m_options(options)
    , m_speaker(speaker)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Heard"));
    setAccessibleName(tr("Heard"));
    setAccessibleDescription(tr("Survey kiosk"));
    m_stack = new QStackedLayout(this);
    m_pinPrompt = new PinPrompt(pin);
    m_handBack = new QWidget;
    m_handBack->setObjectName(QStringLiteral("handBackScreen"));
    auto *col = new QVBoxLayout(m_handBack);
    m_handBackText = new QLabel(tr("Thank you! Please give the tablet back to the grown-up."));
    m_handBackText->setObjectName(QStringLiteral("handBackText"));
    m_handBackText->setWordWrap(true);
    m_handBackText->setAlignment(Qt::AlignCenter);
    m_handBackText->setAccessibleName(m_handBackText->text());
    m_handBackText->setAccessibleDescription(tr("Hand-back screen"));
    auto *unlock = new QPushButton(tr("Grown-up: enter PIN"));
    unlock->setObjectName(QStringLiteral("adultUnlock"));
    unlock->setMinimumHeight(64);
    unlock->setAccessibleName(unlock->text());
    unlock->setAccessibleDescription(tr("Opens adult mode with the adult PIN"));
    col->addStretch();
    auto *thanks = new QSvgWidget(
        QDir(options.assetsDir).filePath(QStringLiteral("pictures/screens/thanks.svg")));
    thanks->setFixedSize(200, 200);
    thanks->setAccessibleName(tr("Picture"));
    thanks->setAccessibleDescription(tr("Thank you"));
    col->addWidget(thanks, 0, Qt::AlignCenter);
    col->addWidget(m_handBackText);
    col->addSpacing(30);
    col->addWidget(unlock, 0, Qt::AlignCenter);
    col->addStretch();
    m_handBack->setStyleSheet(
        QStringLiteral("QWidget#handBackScreen { background: #fffaf0; }"
                       "QLabel { font-size: 36px; color: #1a1a1a; }"
                       "QPushButton { font-size: 22px; padding: 8px 24px; }"));
    m_handBack->setAttribute(Qt::WA_StyledBackground);
    m_stack->addWidget(m_pinPrompt);
    m_stack->addWidget(m_handBack);
    m_stack->setCurrentWidget(m_pinPrompt);

    m_corner = new CornerHotspot(options.cornerHoldMs, this);
    m_corner->raise();
    connect(m_corner, &CornerHotspot::held, this, &KioskWindow::requestAdult);
    connect(unlock, &QPushButton::clicked, this, [this] {
        m_pinPrompt->reset();
        m_pinPrompt->setCancellable(false);
        m_stack->setCurrentWidget(m_pinPrompt);
    });
    connect(m_pinPrompt, &PinPrompt::unlocked, this, &KioskWindow::unlocked);
    connect(m_pinPrompt, &PinPrompt::cancelled, this, [this] {
        if (m_flow)
            m_stack->setCurrentWidget(m_flow);
    });
    qApp->installEventFilter(this);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    delete m_flow;
}

void KioskWindow::setDeviceSync(DeviceSync *sync)
{
    m_sync = sync;
}

KioskWindow::Page KioskWindow::page() const
{
    QWidget *w = m_stack->currentWidget();
    if (w == m_pinPrompt)
        return Page::Pin;
    if (w == m_setup)
        return Page::Setup;
    if (w == m_handBack)
        return Page::HandBack;
    return Page::Child;
}

QStringList KioskWindow::status() const
{
    QStringList lines;
    const Result<qint64> pending = m_storage.outbox().pendingCount();
    lines.append(pending.ok()
                     ? tr("Answers waiting to upload: %1").arg(pending.value())
                     : tr("Answers waiting to upload: unknown (%1)").arg(pending.error().message));
    // Refused answers are kept, never resent: an adult must know, or they wait there unseen.
    if (const Result<qint64> refused = m_storage.outbox().rejectedCount();
        refused.ok() && refused.value() > 0)
        lines.append(tr("Answers the inbox refused, kept on this device: %1. Tell the LA; they "
                        "can be exported with heard-device export.")
                         .arg(refused.value()));
    const DeviceSync::Status sync = m_sync ? m_sync->status() : DeviceSync::Status();
    lines.append(
        sync.lastSuccess.isValid()
            ? tr("Last successful upload: %1")
                  .arg(QLocale().toString(sync.lastSuccess.toLocalTime(), QLocale::ShortFormat))
            : tr("Last successful upload: never"));
    lines.append(sync.enrolled ? tr("Enrolment: enrolled with %1").arg(sync.inbox)
                               : tr("Enrolment: not enrolled"));
    if (!sync.lastProblem.isEmpty())
        lines.append(tr("Upload problem: %1").arg(sync.lastProblem));
    for (const QString &notice : m_storage.notices())
        lines.append(tr("Notice: %1").arg(notice));
    return lines;
}

void KioskWindow::setSurveys(QList<Survey> surveys)
{
    m_nextSurveys = std::move(surveys);
}

void KioskWindow::showSetup()
{
    if (m_nextSurveys) {
        // Only here, before the adult sees the list: its indexes must match m_surveys.
        if (m_setup) {
            m_stack->removeWidget(m_setup);
            delete m_setup;
            m_setup = nullptr;
        }
        m_surveys = std::move(*m_nextSurveys);
        m_nextSurveys.reset();
    }
    if (!m_setup) { // built on first unlock: the PIN screen comes up faster
        m_setup = new AdultSetup(m_surveys);
        m_stack->addWidget(m_setup);
        connect(m_setup, &AdultSetup::handOver, this, &KioskWindow::startSession);
        connect(m_setup, &AdultSetup::quitRequested, this, [this] {
            m_quitAllowed = true;
            close();
        });
    }
    m_setup->setStatus(status());
    m_setup->setNote(m_note);
    m_setup->setQuitVisible(true);
    m_stack->setCurrentWidget(m_setup);
}

void KioskWindow::unlocked()
{
    if (m_flow) // the adult interrupted a child: end that session, keeping what was answered
        m_flow->stopSession(SessionOutcome::Stopped);
    if (m_flow)
        endSession(SessionOutcome::Stopped, m_flow->engine().talkRequested());
    showSetup();
    m_note.clear(); // said once, then gone
}

void KioskWindow::requestAdult()
{
    if (page() == Page::Pin)
        return;
    m_pinPrompt->reset(m_flow ? tr("A child is using the survey. Unlocking ends their session; "
                                   "what they answered is kept.")
                              : QString());
    m_pinPrompt->setCancellable(m_flow != nullptr);
    m_stack->setCurrentWidget(m_pinPrompt);
}

void KioskWindow::startSession(const HandOver &choice)
{
    if (m_flow || choice.surveyIndex < 0 || choice.surveyIndex >= m_surveys.size())
        return;
    const Survey &survey = m_surveys.at(choice.surveyIndex);
    const SessionInfo info = SessionInfo::begin(survey, choice.language, choice.mode);
    ChildFlowOptions options;
    options.assetsDir = m_options.assetsDir;
    options.advocacyContact = m_options.advocacyContact;
    options.idleWarnMs = m_options.idleWarnMs;
    options.idleStopMs = m_options.idleStopMs;
    options.speaker = m_speaker;
    if (!m_options.dataDir.isEmpty()) {
        // The newest message the LA wrote in this child's language (or the survey's).
        for (const LaMessage &message : LaMessages::load(m_options.dataDir)) {
            options.laMessage = message.textFor(info.language, survey.defaultLanguage());
            if (!options.laMessage.isEmpty()) {
                options.laMessagePicture = LaMessages::pictureFile(m_options.dataDir, message);
                break;
            }
        }
    }
    if (m_speaker)
        m_speaker->setLanguage(info.language);
    std::unique_ptr<AnswerSink> sink = m_storage.sinkFor(survey);
    AnswerSink &sinkRef = *sink;
    auto *flow = new ChildFlow(survey, info, choice.profile, sinkRef, options);
    flow->adoptSink(std::move(sink));
    m_flow = flow;
    connect(flow, &ChildFlow::handBack, this, &KioskWindow::endSession);
    connect(flow, &ChildFlow::storageProblem, this,
            [this](const QString &message) { m_note = tr("Storage problem: %1").arg(message); });
    m_stack->addWidget(flow);
    m_stack->setCurrentWidget(flow);
    m_corner->raise();
    const Result<void> started = flow->start();
    if (!started.ok()) {
        m_note = tr("The survey could not start: %1").arg(started.error().message);
        endSession(SessionOutcome::Stopped, false);
        showSetup();
        return;
    }
    Q_EMIT sessionStarted();
}

void KioskWindow::endSession(SessionOutcome outcome, bool askedToTalk)
{
    if (!m_flow)
        return;
    // Tear down everything of this child: the flow owns the engine, the sink and every screen.
    ChildFlow *flow = m_flow;
    const bool withdrawn = flow->withdrawn();
    m_flow = nullptr;
    m_stack->removeWidget(flow);
    flow->hide();
    flow->disconnect(this);
    flow->deleteLater();
    if (m_speaker) {
        m_speaker->stop();
        m_speaker->clear();
    }
    if (m_sync)
        m_sync->syncSoon(); // what this child said is sealed and can leave now
    QString note;
    switch (outcome) {
    case SessionOutcome::Completed:
        note = tr("The last child finished the survey.");
        break;
    case SessionOutcome::Stopped:
        note = tr("The last child stopped before the end. What they answered is kept.");
        break;
    case SessionOutcome::TimedOut:
        note = tr("The last session ended after nobody touched the screen for a while. What was "
                  "answered is kept.");
        break;
    }
    if (withdrawn)
        note = tr("The last child chose not to keep their answers: everything they answered "
                  "has been deleted from this tablet.");
    if (askedToTalk)
        note = tr("The child asked to talk to someone. Please make time to talk with them.") + u'\n'
            + note;
    m_note = m_note.isEmpty() ? note : m_note + u'\n' + note;
    m_handBackText->setText(askedToTalk
                                ? tr("Thank you! Please give the tablet back to the "
                                     "grown-up. They will know you want to talk.")
                                : tr("Thank you! Please give the tablet back to the grown-up."));
    m_handBackText->setAccessibleName(m_handBackText->text());
    if (page() != Page::Pin)
        m_stack->setCurrentWidget(m_handBack);
    m_pinPrompt->setCancellable(false);
    Q_EMIT sessionEnded(outcome, askedToTalk);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.kioskMode && !m_quitAllowed) {
        event->ignore(); // window-manager close and Alt+F4 end up here
        return;
    }
    if (m_flow) {
        m_flow->stopSession(SessionOutcome::Stopped);
        if (m_flow)
            endSession(SessionOutcome::Stopped, m_flow->engine().talkRequested());
    }
    event->accept();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers()
            & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier | Qt::MetaModifier);
        if (key->key() == Qt::Key_A
            && mods == (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier)) {
            if (event->type() == QEvent::KeyPress)
                requestAdult();
            return true;
        }
        const bool quitKey = (key->key() == Qt::Key_Q && (mods & Qt::ControlModifier))
            || (key->key() == Qt::Key_W && (mods & Qt::ControlModifier))
            || (key->key() == Qt::Key_F4 && (mods & Qt::AltModifier));
        if (m_options.kioskMode && (quitKey || key->key() == Qt::Key_Escape))
            return true; // swallowed: the child stays where they are
        if (quitKey) { // windowed (development) mode behaves like any desktop app
            if (event->type() == QEvent::KeyPress)
                close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_corner->move(0, 0);
    m_corner->raise();
}

} // namespace heard
