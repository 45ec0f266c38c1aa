#pragma once

#include <QSslServer>

namespace heard {

/// The HTTPS twin of PromptAckTcpServer: QSslServer's own handshake handling, plus prompt ACKs
/// on every accepted connection.
class PromptAckSslServer : public QSslServer
{
    Q_OBJECT
public:
    using QSslServer::QSslServer;

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace heard
