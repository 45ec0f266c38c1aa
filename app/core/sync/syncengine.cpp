#include "sync/syncengine.h"

#include "store/outboxstore.h"
#include "sync/syncprotocol.h"
#include "util/errorcode.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkInformation>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace heard {

namespace {

constexpr qint64 retryAfterCapMs = 24 * 3600 * 1000;

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// @p text as a number of exactly @p minDigits to @p maxDigits ASCII digits, else -1.
int number(QByteArrayView text, int minDigits, int maxDigits)
{
    if (text.size() < minDigits || text.size() > maxDigits
        || !std::all_of(text.begin(), text.end(), isAsciiDigit)) {
        return -1;
    }
    return QByteArray(text.data(), text.size()).toInt();
}

bool isDayName(QByteArrayView name)
{
    static const char *const names[]
        = { "mon",    "tue",     "wed",       "thu",      "fri",    "sat",      "sun",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
    return std::any_of(std::begin(names), std::end(names),
                       [name](const char *known) { return name == QByteArrayView(known); });
}

/// 1-12 for "jan".."dec", else -1.
int monthNumber(QByteArrayView name)
{
    static const char *const names[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    for (int i = 0; i < 12; ++i) {
        if (name == QByteArrayView(names[i])) {
            return i + 1;
        }
    }
    return -1;
}

/// "HH:MM:SS" (second 60 allowed: a leap second) added to @p date as UTC.
std::optional<QDateTime> at(const QDate &date, QByteArrayView clock)
{
    if (clock.size() != 8 || clock[2] != ':' || clock[5] != ':') {
        return std::nullopt;
    }
    const int hour = number(clock.sliced(0, 2), 2, 2);
    const int minute = number(clock.sliced(3, 2), 2, 2);
    const int second = number(clock.sliced(6, 2), 2, 2);
    if (!date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 60) {
        return std::nullopt;
    }
    // Built as UTC from its fields: never through local time, whose DST gaps would move it.
    return QDateTime(date, QTime(hour, minute), Qt::UTC).addSecs(second);
}

/// An HTTP-date (RFC 9110 section 5.6.7) in any of its three forms. Names are matched in any
/// case and runs of spaces count as one, which costs nothing here: the result is only ever a
/// floor on a wait, capped. The weekday must be a day name but is not checked against the date
/// (the date decides, as in curl and browsers). @p now places RFC 850's two-digit years.
std::optional<QDateTime> parseHttpDate(const QByteArray &text, const QDateTime &now)
{
    const QList<QByteArray> parts = text.toLower().simplified().split(' ');
    if (parts.size() == 6 && parts[0].endsWith(',') && parts[5] == "gmt") {
        // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
        if (!isDayName(QByteArrayView(parts[0]).chopped(1))) {
            return std::nullopt;
        }
        const int day = number(parts[1], 2, 2);
        const int year = number(parts[3], 4, 4);
        return at(QDate(year, monthNumber(parts[2]), day), parts[4]);
    }
    if (parts.size() == 4 && parts[0].endsWith(',') && parts[3] == "gmt") {
        // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
        const QList<QByteArray> dayMonthYear = parts[1].split('-');
        if (!isDayName(QByteArrayView(parts[0]).chopped(1)) || dayMonthYear.size() != 3) {
            return std::nullopt;
        }
        const int yy = number(dayMonthYear[2], 2, 2);
        if (yy < 0) {
            return std::nullopt;
        }
        // RFC 9110: a year more than 50 years ahead is the latest past year with those digits.
        int year = now.date().year() / 100 * 100 + yy;
        if (year > now.date().year() + 50) {
            year -= 100;
        }
        return at(QDate(year, monthNumber(dayMonthYear[1]), number(dayMonthYear[0], 2, 2)),
                  parts[2]);
    }
    if (parts.size() == 5 && isDayName(parts[0])) {
        // asctime: "Sun Nov  6 08:49:37 1994" (GMT without saying so)
        return at(QDate(number(parts[4], 4, 4), monthNumber(parts[1]), number(parts[2], 1, 2)),
                  parts[3]);
    }
    return std::nullopt;
}

} // namespace

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
    m_timer.setTimerType(Qt::CoarseTimer);
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
            Q_EMIT configFailed(status == 0 ? ErrorCode::Network : ErrorCode::Refused,
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
        fail(ErrorCode::Network, reply->errorString());
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
        fail(ErrorCode::Busy, u"the inbox asked to wait (HTTP %1)"_s.arg(status), retryAfter);
        return;
    }
    if (status >= 500) {
        fail(ErrorCode::ServerError, u"the inbox failed (HTTP %1)"_s.arg(status), retryAfter);
        return;
    }
    // 400, 409, 413: retrying soon will not help; keep the batch and wait the longest.
    fail(ErrorCode::Refused, u"the inbox refused the batch (HTTP %1)"_s.arg(status),
         m_options.backoffCap);
}

void SyncEngine::fail(const QString &code, const QString &message, milliseconds retryAfter)
{
    const milliseconds wait = m_backoff.failed(retryAfter);
    m_waitingAfterFailure = true;
    Q_EMIT attemptFailed(code, message, wait.count());
    // A coarse timer may fire up to 5% early: fine for backoff, not for a server's floor.
    m_timer.setTimerType(retryAfter > 0ms ? Qt::PreciseTimer : Qt::CoarseTimer);
    schedule(wait);
}

milliseconds SyncEngine::parseRetryAfter(const QByteArray &value)
{
    return parseRetryAfter(value, QDateTime::currentDateTimeUtc());
}

milliseconds SyncEngine::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return 0ms;
    }
    if (std::all_of(text.cbegin(), text.cend(), isAsciiDigit)) {
        // delta-seconds; too many digits for any integer is still "a long time": the cap.
        const qint64 seconds = text.size() > 9 ? retryAfterCapMs : text.toLongLong();
        return milliseconds(std::min(seconds * 1000, retryAfterCapMs));
    }
    const std::optional<QDateTime> when = parseHttpDate(text, now);
    if (!when) {
        return 0ms;
    }
    return milliseconds(std::clamp<qint64>(now.msecsTo(*when), 0, retryAfterCapMs));
}

} // namespace heard
