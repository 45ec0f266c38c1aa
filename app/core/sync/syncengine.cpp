#include "sync/syncengine.h"

#include "store/outboxstore.h"
#include "sync/syncprotocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkInformation>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace heard {

SyncEngine::SyncEngine(OutboxStore &outbox, SyncSettings settings, Options options, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_settings(std::move(settings))
    , m_options(std::move(options))
    , m_backoff(m_options.backoffBase, m_options.backoffCap, m_options.random)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::step);
    // No cookies, no caches, no proxies picked up from the environment: a fixed, small client.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.setAutoDeleteReplies(false);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    schedule(0ms);
}

void SyncEngine::syncNow()
{
    if (m_running && !m_inFlight && !m_waitingAfterFailure)
        schedule(0ms);
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight) {
        QNetworkReply *reply = m_inFlight;
        m_inFlight = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SyncEngine::useNetworkHints()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                // A hint only: try sooner, but never before a server's Retry-After.
                if (reachability == QNetworkInformation::Reachability::Online && m_running
                    && m_waitingAfterFailure && !m_serverSetFloor
                    && m_timer.remainingTime() > 1000) {
                    m_timer.start(1000);
                }
            });
}

void SyncEngine::schedule(milliseconds delay)
{
    if (m_running) {
        m_timer.start(int(std::min<qint64>(delay.count(), std::numeric_limits<int>::max())));
    }
}

void SyncEngine::step()
{
    if (!m_running || m_inFlight) {
        return;
    }
    m_waitingAfterFailure = false;
    m_serverSetFloor = false;
    auto open = m_outbox.openBatch();
    if (!open) {
        fail(open.error().code, open.error().message);
        return;
    }
    if (!open->has_value()) {
        open = m_outbox.freezeBatch(m_options.maxRecordsPerBatch, m_options.maxBatchBytes,
                                    &SyncProtocol::batchBody);
        if (!open) {
            fail(open.error().code, open.error().message);
            return;
        }
    }
    if (!open->has_value()) {
        Q_EMIT drained();
        schedule(m_options.idleInterval);
        return;
    }
    send(**open);
}

Result<QNetworkRequest> SyncEngine::requestFor(const QString &name) const
{
    auto tls = SyncSettings::tlsFor(m_settings.inboxUrl, m_settings.caCertificatePem);
    if (!tls) {
        return tls.error();
    }
    const QUrl url = SyncProtocol::endpoint(m_settings.inboxUrl, name);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_settings.token);
    request.setTransferTimeout(int(m_options.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (url.scheme() == u"https"_s) {
        request.setSslConfiguration(tls.value());
    }
    return request;
}

void SyncEngine::pullConfig()
{
    auto request = requestFor(u"config"_s);
    if (!request) {
        Q_EMIT configFailed(request.error().code, request.error().message);
        return;
    }
    QNetworkReply *reply = m_network.get(request.value());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 || reply->error() != QNetworkReply::NoError) {
            if (status == 401) {
                Q_EMIT unauthorized();
            }
            Q_EMIT configFailed(status == 0 ? u"network"_s : u"refused"_s,
                                status == 0 ? reply->errorString()
                                            : u"the inbox answered HTTP %1"_s.arg(status));
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        const QByteArray bundle
            = QByteArray::fromBase64Encoding(object.value(u"keyBundle"_s).toString().toLatin1(),
                                             QByteArray::AbortOnBase64DecodingErrors)
                  .decoded;
        Q_EMIT configReceived(bundle, object.value(u"messages"_s).toArray(),
                              object.value(u"surveys"_s).toArray());
    });
}

void SyncEngine::send(const FrozenBatch &batch)
{
    auto made = requestFor(u"batches"_s);
    if (!made) {
        fail(made.error().code, made.error().message, m_options.backoffCap);
        return;
    }
    QNetworkRequest request = made.value();
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Idempotency-Key", SyncProtocol::idText(batch.batchId).toLatin1());
    QNetworkReply *reply = m_network.post(request, batch.body);
    m_inFlight = reply;
    const QUuid batchId = batch.batchId;
    const QList<QUuid> recordIds = batch.recordIds;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, batchId, recordIds] { onReply(reply, batchId, recordIds); });
}

void SyncEngine::onReply(QNetworkReply *reply, const QUuid &batchId, const QList<QUuid> &recordIds)
{
    reply->deleteLater();
    if (m_inFlight != reply) {
        return;
    }
    m_inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (reply->error() != QNetworkReply::NoError && status == 200)) {
        // Reset, timeout, TLS refusal, truncated body: nothing is known, so nothing is deleted.
        fail(u"network"_s, reply->errorString());
        return;
    }
    if (status == 200) {
        const QByteArray body = reply->readAll();
        auto receipt = SyncProtocol::parseBatchReply(body, batchId, recordIds);
        if (!receipt) {
            fail(receipt.error().code, receipt.error().message);
            return;
        }
        auto done = m_outbox.completeBatch(batchId, body, receipt->delivered, receipt->rejected);
        if (!done) {
            fail(done.error().code, done.error().message);
            return;
        }
        m_backoff.succeeded();
        Q_EMIT batchDelivered(batchId, done.value(), int(receipt->rejected.size()));
        schedule(0ms);
        return;
    }
    if (status == 401) {
        m_running = false;
        Q_EMIT unauthorized();
        return;
    }
    const milliseconds retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
    if (status == 429 || status == 503) {
        m_serverSetFloor = retryAfter.count() > 0;
        fail(u"busy"_s, u"the inbox asked to wait (HTTP %1)"_s.arg(status), retryAfter);
        return;
    }
    if (status >= 500) {
        fail(u"server_error"_s, u"the inbox failed (HTTP %1)"_s.arg(status), retryAfter);
        return;
    }
    // 400, 409, 413: retrying soon will not help; keep the batch and wait the longest.
    fail(u"refused"_s, u"the inbox refused the batch (HTTP %1)"_s.arg(status),
         m_options.backoffCap);
}

void SyncEngine::fail(const QString &code, const QString &message, milliseconds retryAfter)
{
    const milliseconds wait = m_backoff.failed(retryAfter);
    m_waitingAfterFailure = true;
    Q_EMIT attemptFailed(code, message, wait.count());
    schedule(wait);
}

milliseconds SyncEngine::parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty()) {
        return 0ms;
    }
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok) {
        return milliseconds(std::clamp<qint64>(seconds, 0, 24 * 3600) * 1000);
    }
    // An HTTP date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()).chopped(4),
                                                   u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!when.isValid()) {
        return 0ms;
    }
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(utc);
    return milliseconds(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000));
}

} // namespace heard
