#pragma once

// A fault-injecting HTTP/1.1 proxy for the sync tests: it frames each request and response
// (Content-Length) and can reset, duplicate, truncate, delay or answer for the inbox.

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace heard::testutil {

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        ResetBeforeBody, ///< the headers arrived; the connection dies before the body is read
        ResetAfterBody, ///< the whole request arrived; never forwarded
        ResetAfterStored, ///< forwarded and answered (the inbox stored it); the reply is lost
        Duplicate, ///< the inbox receives the request twice
        TruncateReply, ///< half the reply, then the connection closes
        Delay, ///< the reply is delayed by delayMs
        Status503, ///< 503 with Retry-After: retryAfter
        Status429,
        Status500,
    };
    Q_ENUM(Fault)

    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr)
        : QObject(parent)
        , m_upstreamPort(upstreamPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    }

    quint16 port() const { return m_server.serverPort(); }
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    std::function<Fault()> chooser = [] { return Fault::None; };
    int delayMs = 50;
    int retryAfter = 1;
    /// When set, the Retry-After value sent verbatim instead of retryAfter (e.g. an HTTP-date made
    /// when the reply is written).
    std::function<QByteArray()> retryAfterValue;
    QMap<Fault, int> counts;
    int requests = 0;

private:
    struct Client
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool busy = false;
        bool decided = false;
        Fault fault = Fault::None;
    };

    /// Length of the complete HTTP message at the start of @p data, or -1 if incomplete.
    static qsizetype messageLength(const QByteArray &data, qsizetype *headerEnd = nullptr)
    {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0) {
            return -1;
        }
        if (headerEnd) {
            *headerEnd = end + 4;
        }
        qsizetype length = 0;
        for (const QByteArray &line : data.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        return data.size() >= end + 4 + length ? end + 4 + length : -1;
    }

    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto *client = new Client;
            client->socket = socket;
            connect(socket, &QTcpSocket::readyRead, this, [this, client] {
                client->buffer += client->socket->readAll();
                process(client);
            });
            connect(socket, &QTcpSocket::disconnected, this, [client] {
                client->socket->deleteLater();
                client->socket = nullptr;
            });
        }
    }

    void process(Client *client)
    {
        if (!client->socket || client->busy) {
            return;
        }
        qsizetype headerEnd = 0;
        const qsizetype length = messageLength(client->buffer, &headerEnd);
        if (client->buffer.indexOf("\r\n\r\n") < 0) {
            return;
        }
        if (!client->decided) {
            client->decided = true;
            client->fault = chooser();
            ++requests;
            ++counts[client->fault];
            if (client->fault == Fault::ResetBeforeBody) {
                client->socket->abort();
                return;
            }
        }
        if (length < 0) {
            return;
        }
        const QByteArray request = client->buffer.left(length);
        client->buffer.remove(0, length);
        client->decided = false;
        const Fault fault = client->fault;
        switch (fault) {
        case Fault::ResetAfterBody:
            client->socket->abort();
            return;
        case Fault::Status503:
        case Fault::Status429:
        case Fault::Status500: {
            const QByteArray status = fault == Fault::Status503 ? "503 Service Unavailable"
                : fault == Fault::Status429                     ? "429 Too Many Requests"
                                                                : "500 Internal Server Error";
            // Retry-After only where HTTP gives it meaning (busy); a 500 just backs off.
            const QByteArray retry = fault == Fault::Status500 ? QByteArray()
                                                               : "Retry-After: "
                    + (retryAfterValue ? retryAfterValue() : QByteArray::number(retryAfter))
                    + "\r\n";
            client->socket->write("HTTP/1.1 " + status + "\r\n" + retry
                                  + "Content-Length: 0\r\n\r\n");
            process(client);
            return;
        }
        default:
            break;
        }
        client->busy = true;
        forward(request, [this, client, request, fault](const QByteArray &response) {
            if (fault == Fault::Duplicate) {
                forward(request, [this, client](const QByteArray &second) {
                    deliver(client, second, Fault::None);
                });
                return;
            }
            deliver(client, response, fault);
        });
    }

    void deliver(Client *client, const QByteArray &response, Fault fault)
    {
        client->busy = false;
        if (!client->socket) {
            return;
        }
        if (response.isEmpty() || fault == Fault::ResetAfterStored) {
            client->socket->abort();
            return;
        }
        if (fault == Fault::TruncateReply) {
            client->socket->write(response.left(response.size() / 2));
            client->socket->disconnectFromHost();
            return;
        }
        if (fault == Fault::Delay) {
            client->busy = true;
            QTimer::singleShot(delayMs, this, [this, client, response] {
                client->busy = false;
                if (client->socket) {
                    client->socket->write(response);
                    process(client);
                }
            });
            return;
        }
        client->socket->write(response);
        process(client);
    }

    void forward(const QByteArray &request, std::function<void(const QByteArray &)> done)
    {
        auto *upstream = new QTcpSocket(this);
        auto *buffer = new QByteArray;
        auto finished = std::make_shared<bool>(false);
        auto finish = [upstream, buffer, done, finished](const QByteArray &response) {
            if (*finished) {
                return;
            }
            *finished = true;
            upstream->disconnect();
            upstream->abort();
            upstream->deleteLater();
            delete buffer;
            done(response);
        };
        connect(upstream, &QTcpSocket::connected, this,
                [upstream, request] { upstream->write(request); });
        connect(upstream, &QTcpSocket::readyRead, this, [upstream, buffer, finish] {
            *buffer += upstream->readAll();
            const qsizetype length = messageLength(*buffer);
            if (length >= 0) {
                finish(buffer->left(length));
            }
        });
        connect(upstream, &QTcpSocket::errorOccurred, this, [finish] { finish(QByteArray()); });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
};

} // namespace heard::testutil
