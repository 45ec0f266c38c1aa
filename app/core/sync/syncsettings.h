#pragma once

#include "device/devicefolder.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace heard {

/// Where and how this device syncs, kept in DIR/sync.json with mode 0600 (the token is a secret).
/// Written at enrolment; read by the sync engine.
struct SyncSettings
{
    QUrl inboxUrl;
    QByteArray token; ///< bearer token; never log it
    QByteArray caCertificatePem; ///< the only CA this device trusts for the inbox

    static QString fileName() { return DeviceFolder::syncSettingsFileName(); }
    bool isEnrolled() const { return inboxUrl.isValid() && !token.isEmpty(); }

    /// "not_enrolled" when the file does not exist.
    static Result<SyncSettings> load(const QString &dataDir);
    Result<void> save(const QString &dataDir) const;

    /// The TLS configuration that trusts only @p caPem (no system store). "no_pinned_ca" for an
    /// https URL without a usable CA. Plain http is allowed only to a loopback host.
    static Result<QSslConfiguration> tlsFor(const QUrl &url, const QByteArray &caPem);
};

} // namespace heard
