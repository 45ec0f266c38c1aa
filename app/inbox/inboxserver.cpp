#include "inboxserver.h"

#include "promptacksslserver.h"
#include "promptacktcpserver.h"
#include "util/logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace heard {

namespace {
constexpr int kListenBacklog = 4096;
} // namespace

InboxServer::InboxServer(InboxService &service)
    : m_service(service)
{
    using Method = QHttpServerRequest::Method;
    route(u"/v1/health"_s, Method::Get,
          [this](const QHttpServerRequest &) { return m_service.health(); });
    route(u"/v1/enrol"_s, Method::Post,
          [this](const QHttpServerRequest &request) { return m_service.enrol(request.body()); });
    route(u"/v1/batches"_s, Method::Post, [this](const QHttpServerRequest &request) {
        return m_service.acceptBatch(request.value("Authorization"),
                                     request.value("Idempotency-Key"), request.body());
    });
    route(u"/v1/config"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return m_service.config(request.value("Authorization"));
    });
    // Qt 6.4 has no setMissingHandler and answers an unrouted request with an empty 404; this
    // last rule (QUrl captures any path) gives it the protocol's JSON body and a log line.
    m_server.route(u"/<arg>"_s, [this](const QUrl &, const QHttpServerRequest &request) {
        return respond(request,
                       InboxService::notFound(methodName(request.method()), request.url().path()));
    });
}

void InboxServer::route(const QString &path, QHttpServerRequest::Method method,
                        std::function<ServiceReply(const QHttpServerRequest &)> handler)
{
    m_server.route(path, method, [this, handler](const QHttpServerRequest &request) {
        return respond(request, handler(request));
    });
    // Qt tries rules in the order they were added, so this one only sees the methods the rule
    // above did not take.
    m_server.route(path, QHttpServerRequest::Method::AnyKnown,
                   [this, path, method](const QHttpServerRequest &request) {
                       return respond(request,
                                      InboxService::methodNotAllowed(methodName(request.method()),
                                                                     path, methodName(method)));
                   });
}

QByteArray InboxServer::methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : "UNKNOWN"_ba;
}

QHttpServerResponse InboxServer::respond(const QHttpServerRequest &request,
                                         const ServiceReply &reply)
{
    if (!reply.logLine.isEmpty()) {
        // Log lines name devices by short id and batches by key only (InboxService's contract).
        qCInfo(lcInbox, "%s", qUtf8Printable(reply.logLine));
    }
    // A reply to HEAD has no body (Qt 6.4 would send it, and a keep-alive client would then
    // read it as the start of the next reply).
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    QHttpServerResponse response("application/json"_ba, head ? QByteArray() : reply.body,
                                 QHttpServerResponse::StatusCode(reply.status));
    if (reply.retryAfterSeconds > 0) {
        response.setHeader("Retry-After"_ba, QByteArray::number(reply.retryAfterSeconds));
    }
    if (!reply.allow.isEmpty()) {
        response.setHeader("Allow"_ba, reply.allow);
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
