#include "store/devicestorage.h"

#include "crypto/deviceidentity.h"
#include "crypto/envelope.h"
#include "store/outboxstore.h"
#include "store/sealedanswersink.h"
#include "util/errorcode.h"
#include "util/processhardening.h"

#include <QDir>
#include <QFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace heard {

DeviceStorage::~DeviceStorage() = default;

Result<std::unique_ptr<DeviceStorage>> DeviceStorage::open(const QString &dataDir,
                                                           const QByteArray &laPublicKey)
{
    using R = Result<std::unique_ptr<DeviceStorage>>;
    // First, before any answer or key is in memory.
    if (auto hardened = disableCoreDumps(); !hardened) {
        return hardened.error();
    }
    const DeviceFolder folder(dataDir);
    if (auto made = folder.create(); !made) {
        return made.error();
    }

    if (laPublicKey.size() != crypto_box_PUBLICKEYBYTES) {
        return R::failure(
            ErrorCode::BadLaKey,
            u"The LA public key must be %1 bytes, not %2."_s.arg(crypto_box_PUBLICKEYBYTES)
                .arg(laPublicKey.size()));
    }
    auto identity = DeviceIdentity::loadOrCreate(dataDir);
    if (!identity) {
        return identity.error();
    }

    std::unique_ptr<DeviceStorage> storage(new DeviceStorage);
    auto outbox = folder.openOutbox();
    if (!outbox) {
        return outbox.error();
    }
    storage->m_outbox = std::move(outbox.value().store);
    storage->m_notices = outbox.value().notices;

    auto released = storage->m_outbox->releaseOpenSessions();
    if (!released) {
        return released.error();
    }
    if (released.value() > 0) {
        storage->m_notices.append(u"%1 records from a session that was interrupted were kept and "
                                  u"will be sent."_s.arg(released.value()));
    }
    storage->m_sealer = std::make_unique<EnvelopeSealer>(identity.value(), laPublicKey);
    return R(std::move(storage));
}

QByteArray DeviceStorage::devicePublicKey() const
{
    return m_sealer->devicePublicKey();
}

std::unique_ptr<AnswerSink> DeviceStorage::sinkFor(const Survey &survey)
{
    return std::make_unique<SealedAnswerSink>(*m_outbox, *m_sealer, survey);
}

} // namespace heard
