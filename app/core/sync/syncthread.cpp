#include "sync/syncthread.h"

#include "store/outboxstore.h"

namespace heard {

SyncThread::SyncThread(QString outboxPath, SyncSettings settings, SyncEngine::Options options,
                       QObject *parent)
    : QObject(parent)
    , m_outboxPath(std::move(outboxPath))
    , m_settings(std::move(settings))
    , m_options(std::move(options))
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("heard-sync"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

SyncThread::~SyncThread()
{
    // The engine's network objects and the outbox's SQL connection belong to the sync thread:
    // end them there, then join.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_engine.reset();
            m_outbox.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void SyncThread::start()
{
    QMetaObject::invokeMethod(m_context, [this] {
        if (m_engine) {
            m_engine->start();
            return;
        }
        auto outbox = OutboxStore::open(m_outboxPath);
        if (!outbox) {
            Q_EMIT startFailed(outbox.error().message);
            return;
        }
        m_outbox = std::move(outbox.value());
        m_engine = std::make_unique<SyncEngine>(*m_outbox, m_settings, m_options);
        SyncEngine *engine = m_engine.get();
        connect(engine, &SyncEngine::batchDelivered, this, &SyncThread::batchDelivered,
                Qt::DirectConnection);
        connect(engine, &SyncEngine::drained, this, &SyncThread::drained, Qt::DirectConnection);
        connect(engine, &SyncEngine::attemptFailed, this, &SyncThread::attemptFailed,
                Qt::DirectConnection);
        connect(engine, &SyncEngine::unauthorized, this, &SyncThread::unauthorized,
                Qt::DirectConnection);
        connect(engine, &SyncEngine::configReceived, this, &SyncThread::configReceived,
                Qt::DirectConnection);
        connect(engine, &SyncEngine::configFailed, this, &SyncThread::configFailed,
                Qt::DirectConnection);
        engine->useNetworkHints();
        engine->start();
        engine->pullConfig();
    });
}

void SyncThread::stop()
{
    post([](SyncEngine &engine) { engine.stop(); });
}

void SyncThread::syncNow()
{
    post([](SyncEngine &engine) { engine.syncNow(); });
}

void SyncThread::pullConfig()
{
    post([](SyncEngine &engine) { engine.pullConfig(); });
}

void SyncThread::post(std::function<void(SyncEngine &)> work)
{
    QMetaObject::invokeMethod(m_context, [this, work = std::move(work)] {
        if (m_engine) {
            work(*m_engine);
        }
    });
}

} // namespace heard
