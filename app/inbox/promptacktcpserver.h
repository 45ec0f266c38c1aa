#pragma once

#include <QTcpServer>

namespace heard {

/// A QTcpServer whose connections acknowledge received data at once.
///
/// Qt's HTTP client writes a request body in 16 KiB pieces with Nagle's algorithm on, and Linux
/// delays the server's ACK once a connection has answered before. Together they stall the tail of
/// every upload after the first on a keep-alive connection by up to 40 ms (seen on loopback as
/// 57 ms per batch instead of 17). Asking the kernel for a prompt ACK whenever data arrives ends
/// the stall; TCP_QUICKACK is not sticky, so it is set again on every read.
class PromptAckTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    /// Sets TCP_QUICKACK on @p socket now and whenever it has data to read.
    static void ackPromptly(QAbstractSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace heard
