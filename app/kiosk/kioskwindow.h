#pragma once

#include "adult/adultsetup.h"
#include "child/childflow.h"
#include "session/sessiontypes.h"
#include "survey/survey.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedLayout;

namespace heard {

class AdultPin;
class CornerHotspot;
class DeviceStorage;
class DeviceSync;
class PinPrompt;
class Speaker;

struct KioskOptions
{
    QString assetsDir;
    QString advocacyContact;
    QString dataDir; ///< where sync keeps the LA's messages; empty: none shown
    int idleWarnMs = 90'000;
    int idleStopMs = 60'000;
    int cornerHoldMs = 3'000;
    bool kioskMode = false; ///< full screen; leaving needs the adult PIN
};

/// The kiosk's one window: adult PIN, adult setup, the child's flow (created afresh for every
/// child and deleted at hand-back) and the hand-back screen. In kiosk mode closing, Escape,
/// Ctrl+Q and Alt+F4 do nothing; Ctrl+Alt+Shift+A or holding the top-left corner asks for the PIN.
class KioskWindow final : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Pin, Setup, Child, HandBack };
    Q_ENUM(Page)

    KioskWindow(QList<Survey> surveys, DeviceStorage &storage, AdultPin &pin,
                const KioskOptions &options, Speaker *speaker = nullptr, QWidget *parent = nullptr);
    ~KioskWindow() override;

    /// Background uploads, when the device is enrolled: shown in the adult's status, nudged
    /// after each child. Optional; must outlive the window.
    void setDeviceSync(DeviceSync *sync);
    /// New survey definitions (the LA published an update). Never swapped under a child or an
    /// adult choosing: they take effect the next time adult setup opens.
    void setSurveys(QList<Survey> surveys);

    Page page() const;
    ChildFlow *childFlow() const { return m_flow; }
    AdultSetup *adultSetup() const { return m_setup; }
    PinPrompt *pinPrompt() const { return m_pinPrompt; }
    /// The chord or the corner: ask for the PIN (cancellable while a child is busy).
    void requestAdult();

Q_SIGNALS:
    void sessionStarted();
    void sessionEnded(heard::SessionOutcome outcome, bool askedToTalk);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void startSession(const HandOver &choice);
    void endSession(SessionOutcome outcome, bool askedToTalk);
    void unlocked();
    void showSetup();
    QStringList status() const;

    QList<Survey> m_surveys;
    std::optional<QList<Survey>> m_nextSurveys; ///< waiting for the next adult setup
    DeviceStorage &m_storage;
    AdultPin &m_pin;
    KioskOptions m_options;
    Speaker *m_speaker = nullptr;
    DeviceSync *m_sync = nullptr;

    QStackedLayout *m_stack = nullptr;
    PinPrompt *m_pinPrompt = nullptr;
    AdultSetup *m_setup = nullptr;
    QWidget *m_handBack = nullptr;
    QLabel *m_handBackText = nullptr;
    CornerHotspot *m_corner = nullptr;
    QPointer<ChildFlow> m_flow;
    QString m_note; ///< for the adult at the next unlock; never an answer
    bool m_quitAllowed = false;
};

} // namespace heard
