#include "sync/devicesync.h"

#include "crypto/keybundle.h"
#include "crypto/privatefile.h"
#include "crypto/signeddefinition.h"
#include "store/outboxstore.h"
#include "sync/syncthread.h"

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
    // The engine runs on its own thread with its own outbox connection: never on the screens'.
    m_engine = std::make_unique<SyncThread>(m_outbox.path(), settings.value());
    connect(m_engine.get(), &SyncThread::batchDelivered, this, &DeviceSync::succeeded);
    connect(m_engine.get(), &SyncThread::drained, this, &DeviceSync::succeeded);
    connect(m_engine.get(), &SyncThread::attemptFailed, this,
            [this](const QString &, const QString &message, qint64) { problem(message); });
    connect(m_engine.get(), &SyncThread::startFailed, this, &DeviceSync::problem);
    connect(m_engine.get(), &SyncThread::unauthorized, this,
            [this] { problem(tr("the inbox no longer accepts this device; enrol it again")); });
    connect(m_engine.get(), &SyncThread::configReceived, this, &DeviceSync::takeConfig);
    connect(m_engine.get(), &SyncThread::configFailed, this,
            [this](const QString &, const QString &message) { problem(message); });
    m_engine->start();
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
