#include "sync/devicesync.h"

#include "crypto/privatefile.h"
#include "sync/deviceconfig.h"
#include "sync/syncengine.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace heard {

DeviceSync::DeviceSync(QString dataDir, OutboxStore &outbox, QByteArray pinnedRootKey,
                       QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_outbox(outbox)
    , m_pinnedRootKey(std::move(pinnedRootKey))
{
    QFile file(QDir(m_dataDir).filePath(statusFileName()));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        m_status.lastSuccess
            = QDateTime::fromString(saved.value("lastSuccess"_L1).toString(), Qt::ISODate);
        m_status.lastProblem = saved.value("lastProblem"_L1).toString();
    }
}

DeviceSync::~DeviceSync() = default;

void DeviceSync::start()
{
    if (m_engine)
        return;
    auto settings = SyncSettings::load(m_dataDir);
    if (!settings || !settings->isEnrolled()) {
        m_status.enrolled = false;
        emit statusChanged();
        return;
    }
    m_status.enrolled = true;
    m_status.inbox = settings->inboxUrl.toString();
    // The engine shares the screens' thread and outbox connection on purpose: network I/O is
    // asynchronous, and each of its outbox steps is one short transaction
    // (bench_syncresponsiveness: at most ~14 ms here). A second connection on another thread
    // measured worse: an answer then waits on the engine's write lock through SQLite's sleeping
    // busy handler, and could fail.
    m_engine = std::make_unique<SyncEngine>(m_outbox, settings.value(), SyncEngine::Options());
    connect(m_engine.get(), &SyncEngine::batchDelivered, this, &DeviceSync::succeeded);
    connect(m_engine.get(), &SyncEngine::drained, this, &DeviceSync::succeeded);
    connect(m_engine.get(), &SyncEngine::attemptFailed, this,
            [this](const QString &, const QString &message, qint64) { problem(message); });
    connect(m_engine.get(), &SyncEngine::unauthorized, this,
            [this] { problem(tr("the inbox no longer accepts this device; enrol it again")); });
    connect(m_engine.get(), &SyncEngine::configReceived, this, &DeviceSync::takeConfig);
    connect(m_engine.get(), &SyncEngine::configFailed, this,
            [this](const QString &, const QString &message) { problem(message); });
    m_engine->useNetworkHints();
    m_engine->start();
    m_engine->pullConfig();
    emit statusChanged();
}

void DeviceSync::stop()
{
    if (m_engine)
        m_engine->stop();
}

void DeviceSync::syncSoon()
{
    if (m_engine)
        m_engine->syncNow();
}

void DeviceSync::succeeded()
{
    qCInfo(lcSync, "upload succeeded (a batch delivered or nothing left to send)");
    m_status.lastSuccess = QDateTime::currentDateTimeUtc();
    m_status.lastProblem.clear();
    saveStatus();
}

void DeviceSync::problem(const QString &message)
{
    // The engine's messages name HTTP statuses and network errors, never a token or an envelope.
    qCWarning(lcSync, "%s", qUtf8Printable(message));
    m_status.lastProblem = message;
    saveStatus();
}

void DeviceSync::saveStatus()
{
    const QJsonObject saved { { "lastSuccess"_L1, m_status.lastSuccess.toString(Qt::ISODate) },
                              { "lastProblem"_L1, m_status.lastProblem } };
    // Best effort: a status file that cannot be written must not stop uploads.
    (void)writeFileAtomically(QDir(m_dataDir).filePath(statusFileName()),
                              QJsonDocument(saved).toJson());
    emit statusChanged();
}

void DeviceSync::takeConfig(const QByteArray &signedKeyBundle, const QJsonArray &messages,
                            const QJsonArray &surveys)
{
    const DeviceConfig::Outcome outcome
        = DeviceConfig(m_dataDir, m_pinnedRootKey).take(signedKeyBundle, messages, surveys);
    for (const QString &line : outcome.problems)
        problem(line);
    if (outcome.surveysSaved > 0)
        emit surveysUpdated();
    if (outcome.keyBundleSaved)
        emit keyBundleUpdated();
    if (outcome.messagesSaved)
        emit messagesUpdated();
}

} // namespace heard
