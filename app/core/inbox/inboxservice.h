#pragma once

#include "crypto/signeddefinition.h"
#include "inbox/inboxstore.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <chrono>

namespace heard {

/// What the HTTP layer sends back: a status, a JSON body, for 429/503 Retry-After seconds and for
/// 405 the Allow header. logLine names devices by short id and batches by key, never a token,
/// envelope or answer.
struct ServiceReply
{
    int status = 200;
    QByteArray body;
    int retryAfterSeconds = 0;
    QString logLine;
    QByteArray allow;
};

struct InboxLimits
{
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxEnvelopes = 500;
};

/// The inbox side of docs/sync-protocol.md as pure logic over an InboxStore: no sockets, so tests
/// drive it directly and heard-inbox and heard-admin import share one acceptance path.
class InboxService
{
public:
    /// When @p signedKeyBundle parses as a key bundle, envelopes sealed to a key it does not list
    /// are refused ("unknown_key"): the LA could never open them, and the device keeps them.
    InboxService(InboxStore &store, QByteArray signedKeyBundle, QByteArray caCertificatePem,
                 InboxLimits limits = {});

    ServiceReply enrol(const QByteArray &body);
    ServiceReply acceptBatch(const QByteArray &authorization, const QByteArray &idempotencyKey,
                             const QByteArray &body);
    /// A batch file carried on USB: the device is the one that signed the envelopes (it must be
    /// enrolled and not revoked); otherwise exactly as acceptBatch.
    ServiceReply importBatch(const QByteArray &body);
    ServiceReply config(const QByteArray &authorization);
    ServiceReply health();
    /// 405: a protocol path asked with a method it does not take; @p allowed (e.g. "POST") is
    /// the Allow header. Logs the method and path only: no header, query or body.
    static ServiceReply methodNotAllowed(const QByteArray &method, const QString &path,
                                         const QByteArray &allowed);
    /// 404: a path the protocol does not have.
    static ServiceReply notFound(const QByteArray &method, const QString &path);

    /// A fresh one-time code "XXXX-XXXX-XXXX", valid for @p validFor; only its hash is stored.
    Result<QString> createEnrolmentCode(std::chrono::seconds validFor = std::chrono::hours(24));
    Result<void> revokeDevice(const QByteArray &publicKey);
    Result<QList<InboxDevice>> listDevices();
    Result<QUuid> publishMessage(InboxMessage message);
    /// Stores a survey definition update the LA root key signed (the caller has verified it);
    /// devices get the newest version per survey id. "version_not_newer" as InboxStore.
    Result<void> publishSurvey(const SignedDefinition &definition);

    const InboxLimits &limits() const { return m_limits; }

    /// BLAKE2b-256: how tokens and codes are kept.
    static QByteArray hashSecret(const QByteArray &secret);
    /// Hex of the first 8 bytes of BLAKE2b of a device key: the name logs use.
    static QString shortDeviceId(const QByteArray &publicKey);
    /// Codes are typed by people: case, spaces and dashes do not matter.
    static QByteArray normaliseCode(const QString &code);

private:
    Result<InboxDevice> authenticate(const QByteArray &authorization);
    ServiceReply acceptFor(const InboxDevice &device, const QByteArray &idempotencyKey,
                           const QByteArray &body);

    InboxStore &m_store;
    QByteArray m_signedKeyBundle;
    QByteArray m_caPem;
    InboxLimits m_limits;
    QSet<QByteArray> m_knownKeyIds; ///< empty: no bundle given, any key id is accepted
};

} // namespace heard
