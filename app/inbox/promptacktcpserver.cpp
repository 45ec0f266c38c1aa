#include "promptacktcpserver.h"

#include <QTcpSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace heard {

void PromptAckTcpServer::ackPromptly(QAbstractSocket *socket)
{
    const auto quickAck = [socket] {
        const int one = 1;
        // Best effort: if the option is refused the connection still works, only slower.
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    };
    quickAck();
    // Connected before the HTTP server's own handler, so the ACK leaves before the body is read.
    QObject::connect(socket, &QIODevice::readyRead, socket, quickAck);
}

void PromptAckTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ackPromptly(socket);
    addPendingConnection(socket);
}

} // namespace heard
