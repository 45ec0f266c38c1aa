#pragma once

#include "sync/syncengine.h"

#include <QJsonArray>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace heard {

class OutboxStore;

/// A SyncEngine on a thread of its own, with its own connection to the outbox file, for programs
/// that draw a child's screens: freezing a batch and saving its receipt are short, but they write
/// and fsync, and on a slow tablet that must not happen where taps are answered. SQLite (WAL,
/// BEGIN IMMEDIATE, Qt's 5 s busy timeout) serialises the two connections' writes.
///
/// The engine's signals are relayed from the worker thread; receivers on the caller's thread get
/// them queued. The methods only post work to the thread and never wait for it.
class SyncThread final : public QObject
{
    Q_OBJECT

public:
    SyncThread(QString outboxPath, SyncSettings settings, SyncEngine::Options options = {},
               QObject *parent = nullptr);
    /// Stops the engine, closes its outbox connection and joins the thread.
    ~SyncThread() override;

    /// Opens the outbox connection in the thread, then starts the engine there (network hints
    /// on, config pulled once); startFailed follows if the outbox cannot be opened.
    void start();
    void stop();
    void syncNow();
    void pullConfig();

Q_SIGNALS:
    void startFailed(const QString &message);
    void batchDelivered(const QUuid &batchId, int deleted, int rejected);
    void drained();
    void attemptFailed(const QString &code, const QString &message, qint64 retryInMs);
    void unauthorized();
    void configReceived(const QByteArray &signedKeyBundle, const QJsonArray &messages,
                        const QJsonArray &surveys);
    void configFailed(const QString &code, const QString &message);

private:
    /// Runs @p work on the sync thread with the engine, if it has been created.
    void post(std::function<void(SyncEngine &)> work);

    QString m_outboxPath;
    SyncSettings m_settings;
    SyncEngine::Options m_options;
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives in m_thread: what work is posted to
    // Created, used and destroyed only on m_thread.
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace heard
