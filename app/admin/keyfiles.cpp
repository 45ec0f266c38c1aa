#include "keyfiles.h"

#include "passphrase.h"
#include "util/errorcode.h"
#include "util/processhardening.h"
#include "util/strictbase64.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace heard::admin {

KeyFiles::KeyFiles(const QString &dir)
    : secret(QDir(dir).filePath(u"la-secret.json"_s))
    , rootPublicKey(QDir(dir).filePath(u"la-root.pub"_s))
    , bundle(QDir(dir).filePath(u"key-bundle.json"_s))
{
}

Result<QByteArray> KeyFiles::readRootPublicKey() const
{
    QFile file(rootPublicKey);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            ErrorCode::Io, u"cannot read %1: %2"_s.arg(rootPublicKey, file.errorString()));
    const auto decoded = strictBase64(file.readAll().trimmed());
    if (!decoded || decoded->size() != 32)
        return Result<QByteArray>::failure(
            ErrorCode::Malformed, u"%1 is not a base64 Ed25519 public key"_s.arg(rootPublicKey));
    return *decoded;
}

Result<LaKeyStore> KeyFiles::load(const QString &passphraseFile) const
{
    if (!QFile::exists(secret))
        return Result<LaKeyStore>::failure(ErrorCode::NotFound, u"%1 does not exist"_s.arg(secret));
    // The LA's secret keys are about to be in memory: a crash must not write them to disk.
    if (auto hardened = disableCoreDumps(); !hardened)
        return hardened.error();
    auto passphrase = readPassphrase(passphraseFile, /*confirm=*/false);
    if (!passphrase)
        return passphrase.error();
    auto store = LaKeyStore::load(secret, passphrase.value());
    wipe(passphrase.value());
    if (!store)
        return store;
    auto root = readRootPublicKey();
    if (!root)
        return root.error();
    if (root.value() != store->rootPublicKey())
        return Result<LaKeyStore>::failure(
            ErrorCode::RootMismatch, u"%1 is not the root key in %2"_s.arg(rootPublicKey, secret));
    return store;
}

} // namespace heard::admin
