#include "opencommand.h"

#include "commandline.h"
#include "crypto/envelope.h"
#include "crypto/privatefile.h"
#include "crypto/responsepayload.h"
#include "envelopereader.h"
#include "keyfiles.h"
#include "responsetable.h"

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
    EnvelopeReader reader;
    auto read = reader.read(
        parser.positionalArguments(), opener.value(),
        [&](const EnvelopeHeader &h, const ResponsePayload &p) { return table.add(h, p); });
    if (!read) {
        err() << "open: " << read.error().message << '\n';
        return 1;
    }
    const int opened = reader.opened, rejected = reader.rejected, duplicates = reader.duplicates;

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
