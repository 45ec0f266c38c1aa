#include "rotatecommand.h"

#include "commandline.h"
#include "crypto/privatefile.h"
#include "keyfiles.h"
#include "passphrase.h"
#include "util/processhardening.h"

using namespace Qt::StringLiterals;

namespace heard::admin {

namespace {

int rotate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Adds a new LA encryption key to the keys in DIR and re-signs the key "
        "bundle. Old secret keys are kept."_s);
    const QCommandLineOption keysOption(u"keys"_s, u"The LA key folder."_s, u"DIR"_s);
    const QCommandLineOption passphraseOption(
        u"passphrase-file"_s, u"Read the passphrase from FILE instead of asking."_s, u"F"_s);
    parser.addOptions({ keysOption, passphraseOption });
    const KeyValidityOptions validity(parser);
    if (const int code = parseCommandLine(parser, u"rotate"_s, args); code >= 0)
        return code;
    if (!parser.isSet(keysOption)) {
        err() << "rotate: --keys DIR is required\n";
        return 2;
    }
    const auto period = validity.read(parser, u"rotate"_s);
    if (!period)
        return 2;
    const auto [from, until] = *period;

    const KeyFiles files(parser.value(keysOption));
    if (auto hardened = disableCoreDumps(); !hardened) {
        err() << "rotate: " << hardened.error().message << '\n';
        return 1;
    }
    // The passphrase is needed twice (load, then save under it again), so read it once here.
    auto passphrase = readPassphrase(parser.value(passphraseOption), /*confirm=*/false);
    if (!passphrase) {
        err() << "rotate: " << passphrase.error().message << '\n';
        return 1;
    }
    auto store = LaKeyStore::load(files.secret, passphrase.value());
    if (!store) {
        wipe(passphrase.value());
        err() << "rotate: " << store.error().message << '\n';
        return 1;
    }
    auto root = files.readRootPublicKey();
    if (!root || root.value() != store->rootPublicKey()) {
        wipe(passphrase.value());
        err() << "rotate: " << files.rootPublicKey << " is missing or not the root key in "
              << files.secret << '\n';
        return 1;
    }
    auto added = store.value().addEncryptionKey(from, until);
    if (!added) {
        wipe(passphrase.value());
        err() << "rotate: " << added.error().message << '\n';
        return 1;
    }
    // Secret keys first, then the bundle: never publish a key whose secret is not saved.
    auto saved
        = store->save(files.secret, passphrase.value(), KdfStrength::Moderate, /*overwrite=*/true);
    wipe(passphrase.value());
    if (!saved) {
        err() << "rotate: " << saved.error().message << '\n';
        return 1;
    }
    auto bundle = store->signedBundle(QDate::currentDate());
    if (!bundle) {
        err() << "rotate: " << bundle.error().message << '\n';
        return 1;
    }
    if (auto written = writeFileAtomically(files.bundle, bundle.value()); !written) {
        err() << "rotate: " << written.error().message << '\n';
        return 1;
    }
    out() << "added encryption key " << QString::fromLatin1(added->keyId.toHex()) << " valid "
          << from.toString(Qt::ISODate) << " to " << until.toString(Qt::ISODate) << '\n'
          << "re-signed " << files.bundle << " (" << store->encryptionKeys().size()
          << " keys); give it to devices. Old secret keys are kept in " << files.secret << '\n';
    return 0;
}

} // namespace

Command rotateCommand()
{
    return { u"rotate"_s, u"add a new LA encryption key and re-sign the key bundle"_s, rotate };
}

} // namespace heard::admin
