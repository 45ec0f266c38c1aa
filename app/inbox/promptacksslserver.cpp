#include "promptacksslserver.h"

#include "promptacktcpserver.h"

#include <QSslSocket>

namespace heard {

void PromptAckSslServer::incomingConnection(qintptr descriptor)
{
    // QSslServer makes the socket a child of the server and starts the handshake; find it by its
    // descriptor rather than rebuilding that handling here.
    QSslServer::incomingConnection(descriptor);
    const auto sockets = findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
    for (QSslSocket *socket : sockets) {
        if (socket->socketDescriptor() == descriptor) {
            PromptAckTcpServer::ackPromptly(socket);
            return;
        }
    }
}

} // namespace heard
