#include "checkcommand.h"

#include "commandline.h"
#include "crypto/deviceidentity.h"
#include "crypto/envelope.h"
#include "crypto/keybundle.h"
#include "keyfiles.h"

#include <QFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace heard::admin {

namespace {

int check(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks the LA keys in DIR: passphrase, bundle signature, and that "
        "every published key seals and opens."_s);
    const QCommandLineOption keysOption(u"keys"_s, u"The LA key folder."_s, u"DIR"_s);
    const QCommandLineOption passphraseOption(
        u"passphrase-file"_s, u"Read the passphrase from FILE instead of asking."_s, u"F"_s);
    parser.addOptions({ keysOption, passphraseOption });
    if (const int code = parseCommandLine(parser, u"check"_s, args); code >= 0)
        return code;
    if (!parser.isSet(keysOption)) {
        err() << "check: --keys DIR is required\n";
        return 2;
    }
    const KeyFiles files(parser.value(keysOption));
    auto store = files.load(parser.value(passphraseOption));
    if (!store) {
        err() << "check: " << store.error().message << '\n';
        return 1;
    }
    out() << "ok   passphrase opens " << files.secret << " (" << store->encryptionKeys().size()
          << " encryption keys)\n";
    out() << "ok   root public key in " << files.rootPublicKey << " matches the secret root key\n";

    QFile bundleFile(files.bundle);
    if (!bundleFile.open(QIODevice::ReadOnly)) {
        err() << "check: cannot read " << files.bundle << '\n';
        return 1;
    }
    auto bundle = KeyBundle::verify(bundleFile.readAll(), store->rootPublicKey());
    if (!bundle) {
        err() << "check: " << files.bundle << ": " << bundle.error().message << '\n';
        return 1;
    }
    out() << "ok   " << files.bundle << " is signed by the root key (issued "
          << bundle->issued().toString(Qt::ISODate) << ", " << bundle->keys().size() << " keys)\n";

    auto opener = store->opener();
    if (!opener) {
        err() << "check: " << opener.error().message << '\n';
        return 1;
    }
    // A throwaway device key: the check must not depend on any real device.
    QByteArray seed(32, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    const Result<DeviceIdentity> device = DeviceIdentity::fromSeed(seed);
    if (!device) {
        err() << "check: " << device.error().message << '\n';
        return 1;
    }
    int failures = 0;
    for (const LaPublicKey &key : bundle->keys()) {
        const QString id = QString::fromLatin1(key.keyId.toHex());
        EnvelopeHeader header;
        header.recordId = QUuid::createUuid();
        header.surveyId = u"heard-check"_s;
        header.surveyVersion = 1;
        header.day = QDate::currentDate();
        const QByteArray sample("heard-admin check sample");
        auto sealed = EnvelopeSealer(*device, key.publicKey).seal(header, sample);
        auto opened
            = sealed ? opener->open(sealed.value()) : Result<OpenedEnvelope>(sealed.error());
        if (opened && opened->payload == sample) {
            out() << "ok   key " << id << " (valid " << key.validFrom.toString(Qt::ISODate)
                  << " to " << key.validUntil.toString(Qt::ISODate)
                  << "): a sample sealed to it opens\n";
        } else {
            ++failures;
            err() << "FAIL key " << id << ": "
                  << (opened ? u"payload differs"_s : opened.error().message) << '\n';
        }
    }
    const auto today = bundle->sealingKeyFor(QDate::currentDate());
    if (today)
        out() << "ok   devices seal to key " << QString::fromLatin1(today->keyId.toHex())
              << " today\n";
    else
        out() << "warn " << today.error().message << '\n';
    if (failures > 0) {
        err() << "check: " << failures << " keys failed\n";
        return 1;
    }
    out() << "all checks passed\n";
    return 0;
}

} // namespace

Command checkCommand()
{
    return { u"check"_s, u"check the LA keys: passphrase, bundle signature, seal and open"_s,
             check };
}

} // namespace heard::admin
