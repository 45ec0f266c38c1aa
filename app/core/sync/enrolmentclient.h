#pragma once

#include "sync/syncsettings.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace heard {

/// Enrols this device with an inbox (POST /v1/enrol, docs/sync-protocol.md) asynchronously.
/// First contact over https trusts only @p bootstrapCaPem (the CA an adult was given with the
/// code); the reply's CA is then pinned for good.
class EnrolmentClient : public QObject
{
    Q_OBJECT

public:
    explicit EnrolmentClient(QObject *parent = nullptr);

    void enrol(const QUrl &inboxUrl, const QString &code, const QByteArray &devicePublicKey,
               const QByteArray &bootstrapCaPem = QByteArray(), int timeoutMs = 30000);

    /// Valid after finished(true).
    const SyncSettings &settings() const { return m_settings; }
    QByteArray signedKeyBundle() const { return m_keyBundle; }

Q_SIGNALS:
    void finished(bool ok, const QString &errorCode, const QString &message);

private:
    QNetworkAccessManager m_network;
    SyncSettings m_settings;
    QByteArray m_keyBundle;
};

} // namespace heard
