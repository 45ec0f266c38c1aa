#include "inboxserver.h"

#include "promptacksslserver.h"
#include "promptacktcpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace heard {

namespace {
constexpr int kListenBacklog = 4096;
} // namespace

InboxServer::InboxServer(InboxService &service)
    : m_service(service)
{
    using Method = QHttpServerRequest::Method;
    m_server.route(u"/v1/health"_s, Method::Get,
                   [this](const QHttpServerRequest &) { return respond(m_service.health()); });
    m_server.route(u"/v1/enrol"_s, Method::Post, [this](const QHttpServerRequest &request) {
        return respond(m_service.enrol(request.body()));
    });
    m_server.route(u"/v1/batches"_s, Method::Post, [this](const QHttpServerRequest &request) {
        return respond(m_service.acceptBatch(request.value("Authorization"),
                                             request.value("Idempotency-Key"), request.body()));
    });
    m_server.route(u"/v1/config"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return respond(m_service.config(request.value("Authorization")));
    });
}

QHttpServerResponse InboxServer::respond(const ServiceReply &reply)
{
    if (!reply.logLine.isEmpty()) {
        // Log lines name devices by short id and batches by key only (InboxService's contract).
        QTextStream(stderr) << reply.logLine << '\n';
    }
    QHttpServerResponse response("application/json"_ba, reply.body,
                                 QHttpServerResponse::StatusCode(reply.status));
    if (reply.retryAfterSeconds > 0) {
        response.setHeader("Retry-After"_ba, QByteArray::number(reply.retryAfterSeconds));
    }
    return response;
}

void InboxServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificate(certificate);
    m_tlsConfiguration.setPrivateKey(key);
    m_tlsConfiguration.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = true;
}

quint16 InboxServer::listen(const QHostAddress &address, quint16 port)
{
    QTcpServer *tcp = nullptr;
    if (m_tls) {
        auto *ssl = new PromptAckSslServer;
        ssl->setSslConfiguration(m_tlsConfiguration);
        tcp = ssl;
    } else {
        tcp = new PromptAckTcpServer;
    }
    // Qt listens with a backlog of 50. Kiosks reconnecting together (200 in the load benchmark)
    // overflow it while the single-threaded inbox is busy storing a batch: the kernel answers the
    // excess with SYN cookies, cannot queue the completed connections, and resets them once the
    // device has sent its upload (bench_inbox saw one reset per SYN cookie). The kernel caps this
    // at net.core.somaxconn.
    tcp->setListenBacklogSize(kListenBacklog);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    m_server.bind(tcp); // the HTTP server takes ownership
    return tcp->serverPort();
}

} // namespace heard
