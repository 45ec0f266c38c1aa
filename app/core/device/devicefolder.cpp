#include "device/devicefolder.h"

#include "crypto/keybundle.h"
#include "store/outboxstore.h"
#include "sync/deviceconfig.h"
#include "util/errorcode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// mkdir with the mode given, so the folder is never wider than 0700, not even until a chmod;
// an existing one (an older device, a folder made by hand) is tightened.
Result<void> makePrivateDir(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QString absolute = info.absoluteFilePath();
        if (!QDir().mkpath(QFileInfo(absolute).absolutePath())
            || (!QDir().mkdir(absolute, ownerOnly) && !QFileInfo(absolute).isDir())) {
            return Result<void>::failure(ErrorCode::DataDirFailed,
                                         u"The data folder %1 could not be created."_s.arg(path));
        }
    } else if (!info.isDir()) {
        return Result<void>::failure(ErrorCode::DataDirFailed,
                                     u"The data folder %1 is not a folder."_s.arg(path));
    }
    // Best effort, as before this class: a file system without modes must not stop the kiosk;
    // the secret files themselves are 0600 and refused on reading when they are not.
    QFile::setPermissions(path, ownerOnly);
    return {};
}

} // namespace

QString DeviceFolder::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"heard/device"_s);
}

DeviceFolder::DeviceFolder(QString path)
    : m_path(std::move(path))
{
}

QString DeviceFolder::file(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

Result<void> DeviceFolder::create() const
{
    return makePrivateDir(m_path);
}

Result<void> DeviceFolder::createSurveyUpdatesDir() const
{
    if (auto made = create(); !made)
        return made;
    return makePrivateDir(surveyUpdatesDir());
}

QList<DeviceFolder::Entry> DeviceFolder::layout()
{
    return {
        { identityFileName(), false, true },     { outboxFileName(), false, false },
        { syncSettingsFileName(), false, true }, { syncStatusFileName(), false, false },
        { adultPinFileName(), false, true },     { keyBundleFileName(), false, false },
        { messagesFileName(), false, false },    { kioskSettingsFileName(), false, false },
        { surveyUpdatesDirName(), true, false },
    };
}

Result<DeviceFolder::Outbox> DeviceFolder::openOutbox() const
{
    if (auto made = create(); !made)
        return made.error();
    Outbox opened;
    auto store = OutboxStore::open(outboxFile());
    if (!store && store.error().code == ErrorCode::CorruptMovedAside) {
        // The damaged file is kept aside for recovery; answers can still be taken in a new one.
        opened.notices.append(store.error().message);
        store = OutboxStore::open(outboxFile());
    }
    if (!store)
        return store.error();
    opened.store = std::move(store).value();
    return Result<Outbox>(std::move(opened));
}

Result<DeviceFolder::SealingKey> DeviceFolder::sealingKey(const SealingInputs &inputs,
                                                          QDate day) const
{
    using R = Result<SealingKey>;
    if (inputs.laPublicKey) {
        if (inputs.laPublicKey->size() != 32)
            return R::failure(ErrorCode::BadKey,
                              u"The LA public key given is not a 32-byte key."_s);
        return SealingKey { *inputs.laPublicKey, {} };
    }
    if (inputs.pinnedRoot.size() != 32)
        return R::failure(ErrorCode::NoKey, u"No LA root key to check a key bundle with."_s);
    // What the LA served (sync kept it only when the root signed it; checked again here) wins
    // over what the program was given.
    const QStringList candidates { keyBundleFile(), inputs.givenKeyBundle };
    Error lastError { ErrorCode::NoKey, u"No LA key bundle found."_s };
    for (const QString &path : candidates) {
        QFile bundle(path);
        if (path.isEmpty() || !bundle.open(QIODevice::ReadOnly))
            continue;
        const Result<KeyBundle> verified = KeyBundle::verify(bundle.readAll(), inputs.pinnedRoot);
        if (!verified) {
            lastError = { verified.error().code, path + u": "_s + verified.error().message };
            continue;
        }
        const Result<LaPublicKey> key = verified.value().sealingKeyFor(day);
        if (key)
            return SealingKey { key.value().publicKey, path };
        lastError = { key.error().code, path + u": "_s + key.error().message };
    }
    return lastError;
}

Result<void> DeviceFolder::keepKeyBundle(const QByteArray &signedKeyBundle,
                                         const QByteArray &pinnedRoot) const
{
    if (pinnedRoot.isEmpty())
        return Result<void>::failure(ErrorCode::NoRoot,
                                     u"no LA root key to verify the key bundle with"_s);
    if (auto made = create(); !made)
        return Result<void>::failure(ErrorCode::StoreFailed, made.error().message);
    return DeviceConfig(m_path, pinnedRoot).takeKeyBundle(signedKeyBundle);
}

} // namespace heard
