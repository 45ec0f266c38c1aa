#include "reportcommand.h"

#include "commandline.h"
#include "crypto/privatefile.h"
#include "crypto/signeddefinition.h"
#include "envelopereader.h"
#include "inbox/inboxstore.h"
#include "inboxenvelopesource.h"
#include "keyfiles.h"
#include "pdfrenderer.h"
#include "report/indicatorreport.h"
#include "report/reportcsv.h"
#include "report/reporthtml.h"
#include "report/responseset.h"
#include "survey/surveyloader.h"
#include "util/errorcode.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace heard::admin {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result<void>::failure(ErrorCode::WriteFailed, u"could not write %1"_s.arg(path));
    return Result<void>::success();
}

/// Adds every valid *.json survey in @p dir to @p surveys.
void loadSurveyDir(const SurveyLoader &loader, const QString &dir, QList<Survey> &surveys)
{
    QDirIterator it(dir, { u"*.json"_s }, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        auto outcome = loader.load(readFile(path), QFileInfo(path).fileName());
        if (outcome.ok())
            surveys.append(*outcome.survey);
        else
            err() << "report: " << QFileInfo(path).fileName()
                  << " is not a valid survey; its answers are not checked for response styles\n";
    }
}

/// Adds every version published to the inbox databases among @p sources, each checked against
/// the LA root key first: the report trusts a published definition no more than a kiosk does.
Result<void> loadPublishedSurveys(const SurveyLoader &loader, const QStringList &sources,
                                  const QByteArray &rootPublicKey, QList<Survey> &surveys)
{
    for (const QString &source : sources) {
        if (!InboxEnvelopeSource::isInboxSpec(source))
            continue;
        auto store = InboxStore::open(source);
        if (!store)
            return store.error();
        auto published = store.value()->surveyDefinitions();
        if (!published)
            return published.error();
        for (const InboxSurveyDefinition &row : published.value()) {
            const QString name = u"survey %1 version %2"_s.arg(row.surveyId).arg(row.version);
            auto verified = SignedDefinition::verify(row.signedBytes, rootPublicKey);
            if (!verified)
                return Result<void>::failure(
                    verified.error().code,
                    u"published %1 does not verify with the LA root key (la-root.pub): %2"_s.arg(
                        name, verified.error().message));
            if (verified->surveyId() != row.surveyId || verified->version() != row.version)
                return Result<void>::failure(ErrorCode::BadSignature,
                                             u"published %1 is signed as survey %2 version %3"_s
                                                 .arg(name, verified->surveyId())
                                                 .arg(verified->version()));
            auto outcome = loader.load(verified->definition(), name);
            if (outcome.ok())
                surveys.append(*outcome.survey);
            else
                err() << "report: published " << name
                      << " is not a valid survey; its answers are not checked for response "
                         "styles\n";
        }
    }
    return Result<void>::success();
}

/// Says on stderr which responses had no definition of their version (the report names them too).
void warnUnknownVersions(const IndicatorReport &figures, const QString &prefix)
{
    for (const IndicatorReport::Count &c : figures.quality().unknownVersions)
        err() << "report: " << prefix << c.count << (c.count == 1 ? " response" : " responses")
              << " to " << c.label
              << ": no definition of that version, so not checked for response styles\n";
}

QHash<QString, QString> loadPictures()
{
    QHash<QString, QString> pictures;
    QDirIterator it(u":/heard/pictures"_s, { u"*.svg"_s }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        pictures.insert(QFileInfo(path).baseName(), QString::fromUtf8(readFile(path)));
    }
    return pictures;
}

int report(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Opens sealed envelopes with the LA keys and writes the indicator report (HTML and PDF), "
        "the children's Easy Read summary (HTML and PDF), indicators.csv and "
        "comments-for-review.csv into the --out folder. SOURCE is a folder of *.henv files, one "
        "envelope file or an outbox file."_s);
    const QCommandLineOption keysOption(u"keys"_s, u"The LA key folder."_s, u"DIR"_s);
    const QCommandLineOption passphraseOption(
        u"passphrase-file"_s, u"Read the passphrase from FILE instead of asking."_s, u"F"_s);
    const QCommandLineOption outOption(u"out"_s, u"The folder to write the report into."_s,
                                       u"DIR"_s);
    const QCommandLineOption thresholdOption(
        u"threshold"_s, u"Hide figures with fewer respondents than N (default 5, at least 3)."_s,
        u"N"_s, QString::number(Suppressor::DefaultThreshold));
    const QCommandLineOption compareOption(
        u"compare"_s, u"An earlier round's envelopes (repeatable), opened with the same keys."_s,
        u"SOURCE"_s);
    const QCommandLineOption surveysOption(
        u"surveys"_s, u"Survey definitions (default: the ones built in)."_s, u"DIR"_s);
    const QCommandLineOption frameworkOption(
        u"framework"_s, u"The framework CSV (default: the one built in)."_s, u"FILE"_s);
    const QCommandLineOption nextOption(
        u"next-steps"_s, u"A text file: what happens next, one short sentence a line."_s,
        u"FILE"_s);
    parser.addOptions({ keysOption, passphraseOption, outOption, thresholdOption, compareOption,
                        surveysOption, frameworkOption, nextOption });
    parser.addPositionalArgument(u"SOURCE"_s, u"Envelope folders or files."_s, u"SOURCE..."_s);
    if (const int code = parseCommandLine(parser, u"report"_s, args); code >= 0)
        return code;
    if (!parser.isSet(keysOption) || !parser.isSet(outOption)
        || parser.positionalArguments().isEmpty()) {
        err() << "report: needs --keys DIR, --out DIR and at least one SOURCE\n";
        return 2;
    }
    bool numeric = false;
    const int threshold = parser.value(thresholdOption).toInt(&numeric);
    auto suppressor = Suppressor::create(numeric ? threshold : 0);
    if (!suppressor) {
        err() << "report: " << suppressor.error().message << '\n';
        return 2;
    }
    auto framework
        = Framework::loadCsv(parser.isSet(frameworkOption) ? parser.value(frameworkOption)
                                                           : u":/heard/wellbeing-framework.csv"_s);
    if (!framework) {
        err() << "report: " << framework.error().message << '\n';
        return 1;
    }

    auto store = KeyFiles(parser.value(keysOption)).load(parser.value(passphraseOption));
    if (!store) {
        err() << "report: " << store.error().message << '\n';
        return 1;
    }
    auto opener = store->opener();
    if (!opener) {
        err() << "report: " << opener.error().message << '\n';
        return 1;
    }

    auto openAll = [&](const QStringList &paths, ResponseSet &set, EnvelopeReader &reader) {
        return reader.read(
            paths, opener.value(),
            [&](const EnvelopeHeader &h, const ResponsePayload &p) { return set.add(h, p); });
    };
    ResponseSet responses;
    EnvelopeReader reader;
    if (auto read = openAll(parser.positionalArguments(), responses, reader); !read) {
        err() << "report: " << read.error().message << '\n';
        return 1;
    }
    // The definitions answers are placed on their scales with, matched by id and version: those
    // built in, then --surveys DIR, then every version published to an inbox being reported on
    // (a later one of the same id and version wins).
    QList<Survey> surveys;
    const SurveyLoader loader(framework.value(), QString());
    loadSurveyDir(loader, u":/heard/surveys"_s, surveys);
    if (parser.isSet(surveysOption))
        loadSurveyDir(loader, parser.value(surveysOption), surveys);
    if (auto published
        = loadPublishedSurveys(loader, parser.positionalArguments() + parser.values(compareOption),
                               store->rootPublicKey(), surveys);
        !published) {
        err() << "report: " << published.error().message << '\n';
        return 1;
    }
    const IndicatorReport figures
        = IndicatorReport::compute(responses, framework.value(), surveys, suppressor.value());

    warnUnknownVersions(figures, QString());

    std::optional<IndicatorReport> earlier;
    EnvelopeReader earlierReader;
    if (parser.isSet(compareOption)) {
        ResponseSet before;
        if (auto read = openAll(parser.values(compareOption), before, earlierReader); !read) {
            err() << "report: --compare: " << read.error().message << '\n';
            return 1;
        }
        earlier = IndicatorReport::compute(before, framework.value(), surveys, suppressor.value());
        warnUnknownVersions(*earlier, u"--compare: "_s);
    }

    const QByteArray comments = ReportCsv::comments(responses);
    const int commentCount = int(comments.count("\r\n")) - 2;
    QStringList nextSteps;
    if (parser.isSet(nextOption)) {
        for (const QString &line :
             QString::fromUtf8(readFile(parser.value(nextOption))).split(u'\n'))
            if (!line.trimmed().isEmpty())
                nextSteps.append(line.trimmed());
    }
    auto page = [&](ReportHtml::Target target) {
        ReportHtml html(figures, target);
        html.setPictures(loadPictures());
        html.setNextSteps(nextSteps);
        html.setCommentCount(commentCount);
        if (earlier)
            html.setComparison(IndicatorReport::compare(*earlier, figures), u"the last round"_s);
        return html;
    };

    const QDir out(parser.value(outOption));
    if (!QDir().mkpath(out.path())) {
        err() << "report: cannot create " << out.path() << '\n';
        return 1;
    }
    ReportHtml browser = page(ReportHtml::Target::Browser);
    ReportHtml print = page(ReportHtml::Target::Print);
    const QString laPrint = print.laReport();
    const auto laImages = print.images();
    const QString childPrint = print.childReport();
    const auto childImages = print.images();
    const QList<Result<void>> written {
        writeFile(out.filePath(u"report.html"_s), browser.laReport().toUtf8()),
        writeFile(out.filePath(u"what-you-told-us.html"_s), browser.childReport().toUtf8()),
        writeFile(out.filePath(u"indicators.csv"_s), ReportCsv::indicators(figures)),
        // Children's own words: only its owner may read the file.
        PrivateFile::write(out.filePath(u"comments-for-review.csv"_s), comments),
        PdfRenderer::write(out.filePath(u"report.pdf"_s),
                           u"Heard: what children and young people told us"_s, laPrint, laImages),
        PdfRenderer::write(out.filePath(u"what-you-told-us.pdf"_s), u"What you told us"_s,
                           childPrint, childImages, 16, false),
    };
    for (const auto &result : written) {
        if (!result) {
            err() << "report: " << result.error().message << '\n';
            return 1;
        }
    }
    err() << "opened " << reader.opened << " envelopes into " << responses.size() << " responses";
    if (reader.duplicates > 0)
        err() << ", skipped " << reader.duplicates << " exact duplicates";
    if (reader.rejected + earlierReader.rejected > 0)
        err() << ", rejected " << reader.rejected + earlierReader.rejected;
    err() << "; wrote the report into " << out.path() << '\n';
    return reader.rejected + earlierReader.rejected > 0 ? 2 : 0;
}

} // namespace

Command reportCommand()
{
    return { u"report"_s,
             u"open sealed envelopes into the LA's report, the children's summary and CSVs"_s,
             report };
}

} // namespace heard::admin
