#pragma once

#include "inbox/inboxservice.h"

#include <QHttpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

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
    QHttpServerResponse respond(const ServiceReply &reply);

    InboxService &m_service;
    QHttpServer m_server;
    QSslConfiguration m_tlsConfiguration;
    bool m_tls = false;
};

} // namespace heard
