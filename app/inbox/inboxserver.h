#pragma once

#include "inbox/inboxservice.h"

#include <QHttpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <functional>

namespace heard {

/// Routes docs/sync-protocol.md onto an InboxService. HTTPS when given a certificate and key,
/// else plain HTTP for loopback or behind a proxy. Either way it listens through its own server
/// socket (bound to the QHttpServer) so that uploads are acknowledged promptly.
class InboxServer
{
public:
    explicit InboxServer(InboxService &service);

    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    /// The port actually bound (0 on failure).
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    /// @p path answers @p method through @p handler and every other method with 405.
    void route(const QString &path, QHttpServerRequest::Method method,
               std::function<ServiceReply(const QHttpServerRequest &)> handler);
    QHttpServerResponse respond(const QHttpServerRequest &request, const ServiceReply &reply);
    static QByteArray methodName(QHttpServerRequest::Method method);

    InboxService &m_service;
    QHttpServer m_server;
    QSslConfiguration m_tlsConfiguration;
    bool m_tls = false;
};

} // namespace heard
