#pragma once

#include "device/devicefolder.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace heard {

class AnswerSink;
class DeviceIdentity;
class EnvelopeSealer;
class OutboxStore;
struct Survey;

/// Everything the kiosk needs to keep answers on this device, from one app data directory
/// (DeviceFolder): core dumps off, the device identity, the outbox (a damaged one moved aside as
/// DeviceFolder::openOutbox does for heard-device too) and sinks that seal to the LA public key.
/// Programs hold one of these; nothing here is global.
///
/// Error codes: "hardening_failed", "data_dir_failed", "bad_la_key", those of
/// DeviceIdentity::loadOrCreate and OutboxStore::open (except "corrupt_moved_aside", which is
/// handled: see notices()).
class DeviceStorage
{
public:
    static QString outboxFileName() { return DeviceFolder::outboxFileName(); }

    /// @p laPublicKey is the LA's X25519 encryption key every envelope is sealed to.
    static Result<std::unique_ptr<DeviceStorage>> open(const QString &dataDir,
                                                       const QByteArray &laPublicKey);
    ~DeviceStorage();

    /// Things an adult should be told, e.g. that a damaged outbox was moved aside (with both
    /// paths) or that records of an interrupted session were kept. Never contains answers.
    QStringList notices() const { return m_notices; }

    OutboxStore &outbox() { return *m_outbox; }
    const EnvelopeSealer &sealer() const { return *m_sealer; }
    QByteArray devicePublicKey() const;

    /// A sink for one survey; @p survey and this storage must outlive it.
    std::unique_ptr<AnswerSink> sinkFor(const Survey &survey);

private:
    DeviceStorage() = default;

    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<EnvelopeSealer> m_sealer;
    QStringList m_notices;
};

} // namespace heard
