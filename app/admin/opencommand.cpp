#include "opencommand.h"

#include "commandline.h"
#include "crypto/envelope.h"
#include "crypto/privatefile.h"
#include "crypto/responsepayload.h"
#include "envelopesource.h"
#include "keyfiles.h"
#include "responsetable.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace heard::admin {

namespace {

int open(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Opens sealed envelopes with the LA keys and writes one row per response. SOURCE is a "
        u"folder "
        "of *.henv files or a single envelope file. Free text is withheld from the output."_s);
    const QCommandLineOption keysOption(u"keys"_s, u"The LA key folder."_s, u"DIR"_s);
    const QCommandLineOption passphraseOption(
        u"passphrase-file"_s, u"Read the passphrase from FILE instead of asking."_s, u"F"_s);
    const QCommandLineOption formatOption(u"format"_s, u"csv or jsonl."_s, u"FORMAT"_s, u"csv"_s);
    const QCommandLineOption outOption(u"out"_s, u"The output file (written with mode 0600)."_s,
                                       u"FILE"_s);
    parser.addOptions({ keysOption, passphraseOption, formatOption, outOption });
    parser.addPositionalArgument(u"SOURCE"_s, u"Envelope folders or files."_s, u"SOURCE..."_s);
    if (const int code = parseCommandLine(parser, u"open"_s, args); code >= 0)
        return code;
    const QString format = parser.value(formatOption);
    if (!parser.isSet(keysOption) || !parser.isSet(outOption)
        || parser.positionalArguments().isEmpty() || (format != u"csv" && format != u"jsonl")) {
        err() << "open: needs --keys DIR, --format csv|jsonl, --out FILE and at least one SOURCE\n";
        return 2;
    }

    auto store = KeyFiles(parser.value(keysOption)).load(parser.value(passphraseOption));
    if (!store) {
        err() << "open: " << store.error().message << '\n';
        return 1;
    }
    auto opener = store->opener();
    if (!opener) {
        err() << "open: " << opener.error().message << '\n';
        return 1;
    }

    ResponseTable table;
    int opened = 0;
    int rejected = 0;
    int duplicates = 0;
    QHash<QUuid, QByteArray> seen; // record id -> hash of its bytes
    auto reject = [&](const QString &what, const QString &code, const QString &message) {
        ++rejected;
        err() << "rejected " << what << ": " << code << ": " << message << '\n';
    };
    auto visit = [&](const SourcedEnvelope &item) {
        // Name the record id when the header is readable (it is not secret), else the file.
        auto header = EnvelopeHeader::decode(item.bytes);
        const QString what = header
            ? u"record %1 (%2)"_s.arg(header->recordId.toString(QUuid::WithoutBraces),
                                      QFileInfo(item.origin).fileName())
            : item.origin;
        if (item.bytes.isEmpty())
            return reject(what, u"unreadable"_s, u"the file cannot be read or is too large"_s);
        auto envelope = opener->open(item.bytes);
        if (!envelope)
            return reject(what, envelope.error().code, envelope.error().message);
        const QByteArray digest = QCryptographicHash::hash(item.bytes, QCryptographicHash::Sha256);
        const auto previous = seen.constFind(envelope->header.recordId);
        if (previous != seen.cend()) {
            if (*previous == digest) {
                ++duplicates;
                return;
            }
            return reject(what, u"conflict"_s,
                          u"another envelope with this record id has different bytes"_s);
        }
        seen.insert(envelope->header.recordId, digest);
        auto payload = decodeResponsePayload(envelope->header.kind, envelope->payload);
        if (!payload)
            return reject(what, payload.error().code, payload.error().message);
        if (auto added = table.add(envelope->header, payload.value()); !added)
            return reject(what, added.error().code, added.error().message);
        ++opened;
    };
    for (const QString &path : parser.positionalArguments()) {
        auto source = EnvelopeSource::forPath(path);
        if (!source) {
            err() << "open: " << source.error().message << '\n';
            return 1;
        }
        if (auto read = source.value()->forEach(visit); !read) {
            err() << "open: " << source.value()->description() << ": " << read.error().message
                  << '\n';
            return 1;
        }
    }

    const QByteArray output = format == u"csv" ? table.toCsv() : table.toJsonLines();
    // The export holds answers in the clear: only its owner may read it.
    if (auto written = PrivateFile::write(parser.value(outOption), output); !written) {
        err() << "open: " << written.error().message << '\n';
        return 1;
    }
    err() << "opened " << opened << " envelopes into " << table.responseCount() << " responses";
    if (duplicates > 0)
        err() << ", skipped " << duplicates << " exact duplicates";
    if (rejected > 0)
        err() << ", rejected " << rejected;
    err() << "; wrote " << parser.value(outOption) << '\n';
    return rejected > 0 ? 2 : 0;
}

} // namespace

Command openCommand()
{
    return { u"open"_s, u"open sealed envelopes with the LA keys into CSV or JSON Lines"_s, open };
}

} // namespace heard::admin
