#include "sync/syncsettings.h"

#include "crypto/privatefile.h"
#include "util/errorcode.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace heard {

Result<SyncSettings> SyncSettings::load(const QString &dataDir)
{
    const QString path = DeviceFolder(dataDir).syncSettingsFile();
    if (!QFile::exists(path)) {
        return Result<SyncSettings>::failure(ErrorCode::NotEnrolled,
                                             u"this device is not enrolled with an inbox"_s);
    }
    auto bytes = PrivateFile::read(path);
    if (!bytes) {
        return bytes.error();
    }
    const QJsonObject object = QJsonDocument::fromJson(bytes.value()).object();
    SyncSettings settings;
    settings.inboxUrl = QUrl(object.value(u"inboxUrl"_s).toString());
    settings.token = object.value(u"token"_s).toString().toLatin1();
    settings.caCertificatePem = object.value(u"caCertificate"_s).toString().toLatin1();
    if (!settings.isEnrolled()) {
        return Result<SyncSettings>::failure(ErrorCode::BadSettings, u"%1 is damaged"_s.arg(path));
    }
    return settings;
}

Result<void> SyncSettings::save(const QString &dataDir) const
{
    const QJsonObject object { { u"inboxUrl"_s, inboxUrl.toString() },
                               { u"token"_s, QString::fromLatin1(token) },
                               { u"caCertificate"_s, QString::fromLatin1(caCertificatePem) } };
    return PrivateFile::write(DeviceFolder(dataDir).syncSettingsFile(),
                              QJsonDocument(object).toJson(QJsonDocument::Indented));
}

Result<QSslConfiguration> SyncSettings::tlsFor(const QUrl &url, const QByteArray &caPem)
{
    if (url.scheme() == u"http"_s) {
        const QHostAddress address(url.host());
        if (url.host() == u"localhost"_s || address.isLoopback()) {
            return QSslConfiguration();
        }
        return Result<QSslConfiguration>::failure(
            ErrorCode::InsecureUrl, u"plain http is only allowed to this machine (loopback)"_s);
    }
    if (url.scheme() != u"https"_s) {
        return Result<QSslConfiguration>::failure(ErrorCode::BadUrl,
                                                  u"the inbox URL must be https"_s);
    }
    const QList<QSslCertificate> cas = QSslCertificate::fromData(caPem, QSsl::Pem);
    if (cas.isEmpty()) {
        return Result<QSslConfiguration>::failure(
            ErrorCode::NoPinnedCa, u"no CA certificate is pinned for this inbox; enrol again"_s);
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Replacing the CA list also turns off on-demand loading of the system store.
    tls.setCaCertificates(cas);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace heard
