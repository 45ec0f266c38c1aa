#include "keygencommand.h"

#include "commandline.h"
#include "crypto/lakeystore.h"
#include "crypto/privatefile.h"
#include "keyfiles.h"
#include "passphrase.h"
#include "util/processhardening.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace heard::admin {

namespace {

int keygen(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Creates the LA's keys in DIR: la-secret.json (passphrase-protected secret keys, keep "
        "offline), la-root.pub (pin on devices) and key-bundle.json (give to devices)."_s);
    const QCommandLineOption outOption(u"out"_s, u"Folder for the new keys."_s, u"DIR"_s);
    const QCommandLineOption passphraseOption(
        u"passphrase-file"_s, u"Read the passphrase from FILE instead of asking."_s, u"F"_s);
    parser.addOptions({ outOption, passphraseOption });
    const KeyValidityOptions validity(parser);
    if (const int code = parseCommandLine(parser, u"keygen"_s, args); code >= 0)
        return code;
    if (!parser.isSet(outOption)) {
        err() << "keygen: --out DIR is required\n";
        return 2;
    }
    const auto period = validity.read(parser, u"keygen"_s);
    if (!period)
        return 2;
    const auto [from, until] = *period;

    const QString dir = parser.value(outOption);
    const KeyFiles files(dir);
    for (const QString &path : { files.secret, files.rootPublicKey, files.bundle }) {
        if (QFileInfo::exists(path)) {
            err() << "keygen: " << path << " already exists; refusing to overwrite LA keys\n";
            return 1;
        }
    }
    if (!QDir().mkpath(dir)) {
        err() << "keygen: cannot create " << dir << '\n';
        return 1;
    }

    // The new secret keys must never reach a core dump.
    if (auto hardened = disableCoreDumps(); !hardened) {
        err() << "keygen: " << hardened.error().message << '\n';
        return 1;
    }
    auto passphrase = readPassphrase(parser.value(passphraseOption), /*confirm=*/true);
    if (!passphrase) {
        err() << "keygen: " << passphrase.error().message << '\n';
        return 1;
    }
    auto store = LaKeyStore::generate(from, until);
    if (!store) {
        err() << "keygen: " << store.error().message << '\n';
        return 1;
    }
    // Secret first: a published key whose secret was never saved would strand every answer.
    auto saved
        = store->save(files.secret, passphrase.value(), KdfStrength::Moderate, /*overwrite=*/false);
    wipe(passphrase.value());
    if (!saved) {
        err() << "keygen: " << saved.error().message << '\n';
        return 1;
    }
    auto bundle = store->signedBundle(QDate::currentDate());
    if (!bundle) {
        err() << "keygen: " << bundle.error().message << '\n';
        return 1;
    }
    for (const auto &[path, bytes] :
         { std::pair { files.rootPublicKey, store->rootPublicKey().toBase64() + '\n' },
           std::pair { files.bundle, bundle.value() } }) {
        if (auto written = writeFileAtomically(path, bytes, /*overwrite=*/false); !written) {
            err() << "keygen: " << written.error().message << '\n';
            return 1;
        }
    }
    const LaPublicKey &key = store->encryptionKeys().first().info;
    out() << "created LA keys in " << dir << '\n'
          << "  secret keys:      " << files.secret
          << " (keep offline; back it up with the passphrase)\n"
          << "  root public key:  " << files.rootPublicKey << " (pin on devices)\n"
          << "  key bundle:       " << files.bundle << " (give to devices)\n"
          << "  encryption key:   " << QString::fromLatin1(key.keyId.toHex()) << " valid "
          << key.validFrom.toString(Qt::ISODate) << " to " << key.validUntil.toString(Qt::ISODate)
          << '\n';
    return 0;
}

} // namespace

Command keygenCommand()
{
    return { u"keygen"_s, u"create the LA's root and encryption keys and the signed key bundle"_s,
             keygen };
}

} // namespace heard::admin
