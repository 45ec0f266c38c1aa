#include "sync/devicesync.h"

#include "crypto/keybundle.h"
#include "crypto/privatefile.h"
#include "crypto/signeddefinition.h"
#include "sync/syncengine.h"

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
    m_status.lastSuccess = QDateTime::currentDateTimeUtc();
    m_status.lastProblem.clear();
    saveStatus();
}

void DeviceSync::problem(const QString &message)
{
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
    takeSurveys(surveys);
    if (!signedKeyBundle.isEmpty()) {
        // A bundle the pinned root did not sign is never used: whoever runs the network must not
        // be able to choose the key children's answers are sealed to.
        const auto bundle = KeyBundle::verify(signedKeyBundle, m_pinnedRootKey);
        if (!bundle) {
            problem(tr("the inbox sent a key bundle the LA root key did not sign (%1)")
                        .arg(bundle.error().message));
        } else if (writeFileAtomically(QDir(m_dataDir).filePath(keyBundleFileName()),
                                       signedKeyBundle)) {
            emit keyBundleUpdated();
        }
    }
    if (writeFileAtomically(QDir(m_dataDir).filePath(messagesFileName()),
                            QJsonDocument(messages).toJson()))
        emit messagesUpdated();
}

void DeviceSync::takeSurveys(const QJsonArray &surveys)
{
    const QDir dir(QDir(m_dataDir).filePath(surveyUpdatesDirName()));
    bool saved = false;
    for (const QJsonValue &value : surveys) {
        // Only what the pinned root signed is written: the questions children see are the LA's.
        const auto update = SignedDefinition::verify(value.toObject(), m_pinnedRootKey);
        if (!update) {
            problem(tr("the inbox sent a survey definition the LA root key did not sign (%1)")
                        .arg(update.error().message));
            continue;
        }
        const QString path = dir.filePath(surveyUpdateFileName(update->surveyId()));
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly)) {
            const auto kept = SignedDefinition::verify(existing.readAll(), m_pinnedRootKey);
            // Never step back: an older signed version replayed must not replace a newer one.
            if (kept && kept->version() >= update->version())
                continue;
        }
        if (!dir.mkpath(u"."_s)) {
            problem(tr("cannot create %1").arg(dir.path()));
            return;
        }
        if (auto written = writeFileAtomically(path, update->toBytes()); !written) {
            problem(written.error().message);
            continue;
        }
        saved = true;
    }
    if (saved)
        emit surveysUpdated();
}

} // namespace heard
