#pragma once

#include "inbox/inboxservice.h"

#include <QHttpServer>
#include <QSslCertificate>
#include <QSslKey>

namespace heard {

/// Routes docs/sync-protocol.md onto an InboxService. HTTPS when given a certificate and key
/// (Qt 6.4: QAbstractHttpServer::sslSetup), else plain HTTP for loopback or behind a proxy.
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
};

} // namespace heard
