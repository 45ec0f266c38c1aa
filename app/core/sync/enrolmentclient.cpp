#include "sync/enrolmentclient.h"

#include "sync/syncprotocol.h"
#include "util/errorcode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace heard {

EnrolmentClient::EnrolmentClient(QObject *parent)
    : QObject(parent)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void EnrolmentClient::enrol(const QUrl &inboxUrl, const QString &code,
                            const QByteArray &devicePublicKey, const QByteArray &bootstrapCaPem,
                            int timeoutMs)
{
    auto tls = SyncSettings::tlsFor(inboxUrl, bootstrapCaPem);
    if (!tls) {
        Q_EMIT finished(false, tls.error().code, tls.error().message);
        return;
    }
    const QUrl url = SyncProtocol::endpoint(inboxUrl, u"enrol"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(timeoutMs);
    if (url.scheme() == u"https"_s) {
        request.setSslConfiguration(tls.value());
    }
    const QByteArray body
        = QJsonDocument(QJsonObject { { u"code"_s, code },
                                      { u"devicePublicKey"_s,
                                        QString::fromLatin1(devicePublicKey.toBase64()) } })
              .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, inboxUrl, bootstrapCaPem] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            Q_EMIT finished(false, ErrorCode::Network, reply->errorString());
            return;
        }
        if (status == 401) {
            Q_EMIT finished(false, ErrorCode::BadCode,
                            u"the code is unknown, already used or expired; ask for a new one"_s);
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200 || object.value(u"token"_s).toString().isEmpty()) {
            Q_EMIT finished(false, ErrorCode::Refused,
                            u"the inbox refused enrolment (HTTP %1)"_s.arg(status));
            return;
        }
        m_settings.inboxUrl = inboxUrl;
        m_settings.token = object.value(u"token"_s).toString().toLatin1();
        const QByteArray ca = object.value(u"caCertificate"_s).toString().toLatin1();
        m_settings.caCertificatePem = ca.isEmpty() ? bootstrapCaPem : ca;
        m_keyBundle = QByteArray::fromBase64(object.value(u"keyBundle"_s).toString().toLatin1());
        Q_EMIT finished(true, QString(), QString());
    });
}

} // namespace heard
