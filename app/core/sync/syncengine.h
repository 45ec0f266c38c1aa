#pragma once

#include "sync/backoff.h"
#include "sync/syncsettings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace heard {

class OutboxStore;
struct FrozenBatch;

/// Sends the outbox to the inbox (docs/sync-protocol.md) without ever blocking the thread it runs
/// on: network I/O is asynchronous; the only synchronous work is one short outbox transaction
/// per batch. A batch is frozen in the outbox before its first send, every retry sends the same
/// bytes under the same idempotency key, and records are deleted only in the transaction that
/// saves the receipt. Failures back off exponentially with full jitter; Retry-After is a floor;
/// every request has a transfer timeout; TLS trusts only the pinned CA.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxRecordsPerBatch = 200;
        qint64 maxBatchBytes = 4 * 1024 * 1024;
        std::chrono::milliseconds transferTimeout { 30000 };
        std::chrono::milliseconds backoffBase { 2000 };
        std::chrono::milliseconds backoffCap { 15 * 60 * 1000 };
        std::chrono::milliseconds idleInterval { 5 * 60 * 1000 }; ///< between cycles when drained
        Backoff::Random random; ///< injectable for tests
    };

    SyncEngine(OutboxStore &outbox, SyncSettings settings, Options options,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Starts cycling: send until drained, then look again every idleInterval.
    void start();
    void stop();
    /// Look for something to send now (e.g. a child just finished) instead of at the next idle
    /// cycle. Never shortens a wait after a failure: the inbox's Retry-After and backoff stand.
    void syncNow();
    /// Also listen to QNetworkInformation: coming online shortens a backoff wait (never more).
    void useNetworkHints();

    /// GET /v1/config once (asynchronously): configReceived or configFailed follows. The caller
    /// verifies the key bundle and every survey definition against the pinned root key before
    /// using them.
    void pullConfig();

    bool isRunning() const { return m_running; }

    /// The wait a Retry-After value asks for (RFC 9110 section 10.2.3), at most 24 h: whole
    /// seconds, or an HTTP-date in any of the three forms RFC 9110 makes recipients accept
    /// (IMF-fixdate, RFC 850, asctime; names in any case, runs of spaces allowed). Absent, past,
    /// negative or unreadable values give 0 (plain backoff). @p now is the device clock.
    static std::chrono::milliseconds parseRetryAfter(const QByteArray &value,
                                                     const QDateTime &now);
    static std::chrono::milliseconds parseRetryAfter(const QByteArray &value);
    int consecutiveFailures() const { return m_backoff.failures(); }

Q_SIGNALS:
    void batchDelivered(const QUuid &batchId, int deleted, int rejected);
    /// Nothing left to send (right now).
    void drained();
    void attemptFailed(const QString &code, const QString &message, qint64 retryInMs);
    /// 401: the token is unknown or revoked; the engine stops until re-enrolled.
    void unauthorized();
    /// @p surveys holds signed survey definition objects (SignedDefinition), not yet verified.
    void configReceived(const QByteArray &signedKeyBundle, const QJsonArray &messages,
                        const QJsonArray &surveys);
    void configFailed(const QString &code, const QString &message);

private:
    void step();
    void send(const FrozenBatch &batch);
    void onReply(QNetworkReply *reply, const QUuid &batchId, const QList<QUuid> &recordIds);
    void fail(const QString &code, const QString &message,
              std::chrono::milliseconds retryAfter = {});
    void schedule(std::chrono::milliseconds delay);
    /// A request to BASE/v1/NAME with the token, the timeout and the pinned-CA TLS settings.
    Result<QNetworkRequest> requestFor(const QString &name) const;

    OutboxStore &m_outbox;
    SyncSettings m_settings;
    Options m_options;
    Backoff m_backoff;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QPointer<QNetworkReply> m_inFlight;
    bool m_running = false;
    bool m_waitingAfterFailure = false;
    bool m_serverSetFloor = false;
};

} // namespace heard
