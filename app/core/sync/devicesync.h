#pragma once

#include "sync/deviceconfig.h"
#include "sync/syncsettings.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace heard {

class OutboxStore;
class SyncEngine;

/// Background sync for a program that shows screens (the kiosk): runs the SyncEngine when the
/// device is enrolled, keeps the adult's status (enrolment, last successful upload, last problem)
/// across restarts, and takes the LA's key bundle, survey definition updates and "You said, we
/// did" messages from the inbox, the bundle and the surveys only when the pinned LA root key
/// signed them. Never blocks the caller: network I/O is asynchronous and each outbox step is one
/// short transaction.
class DeviceSync final : public QObject
{
    Q_OBJECT

public:
    struct Status
    {
        bool enrolled = false;
        QString inbox; ///< the inbox URL, when enrolled
        QDateTime lastSuccess; ///< invalid: never
        QString lastProblem; ///< empty when the last attempt went through; never an answer
    };

    /// Files this class keeps in the data directory (the config files: DeviceConfig's).
    static QString statusFileName() { return DeviceFolder::syncStatusFileName(); }
    static QString keyBundleFileName() { return DeviceConfig::keyBundleFileName(); }
    static QString messagesFileName() { return DeviceConfig::messagesFileName(); }
    /// The folder (in the data directory) of verified survey definition updates, one
    /// surveyUpdateFileName() per survey id; SurveyCatalog reads it.
    static QString surveyUpdatesDirName() { return DeviceConfig::surveyUpdatesDirName(); }
    static QString surveyUpdateFileName(const QString &surveyId)
    {
        return DeviceConfig::surveyUpdateFileName(surveyId);
    }

    /// @p pinnedRootKey is the LA root public key (Ed25519) the device trusts for key bundles and
    /// survey definition updates.
    DeviceSync(QString dataDir, OutboxStore &outbox, QByteArray pinnedRootKey,
               QObject *parent = nullptr);
    ~DeviceSync() override;

    /// Starts syncing if sync.json says the device is enrolled; otherwise does nothing.
    void start();
    void stop();
    /// A child just finished: send soon rather than at the next idle cycle.
    void syncSoon();

    Status status() const { return m_status; }

Q_SIGNALS:
    void statusChanged();
    /// A newer verified key bundle was saved to keyBundleFileName().
    void keyBundleUpdated();
    /// messagesFileName() was rewritten.
    void messagesUpdated();
    /// At least one verified survey definition update was saved.
    void surveysUpdated();

private:
    void succeeded();
    void problem(const QString &message);
    void saveStatus();
    void takeConfig(const QByteArray &signedKeyBundle, const QJsonArray &messages,
                    const QJsonArray &surveys);

    QString m_dataDir;
    OutboxStore &m_outbox;
    QByteArray m_pinnedRootKey;
    std::unique_ptr<SyncEngine> m_engine;
    Status m_status;
};

} // namespace heard
