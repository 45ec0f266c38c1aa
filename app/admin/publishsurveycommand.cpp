#include "publishsurveycommand.h"

#include "commandline.h"
#include "inboxdb.h"
#include "keyfiles.h"
#include "survey/framework.h"
#include "survey/surveyloader.h"
#include "validatecommand.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace heard::admin {

namespace {

int publishSurvey(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Signs a survey definition update with the LA root key and stores it in the inbox "
        "database; kiosks receive the newest version of each survey with their next config pull."_s);
    const QCommandLineOption dbOption(
        u"db"_s, u"The inbox database (sqlite:PATH or postgres:URL)."_s, u"SPEC"_s);
    const QCommandLineOption keysOption(u"keys"_s, u"The LA key folder."_s, u"DIR"_s);
    const QCommandLineOption passphraseOption(
        u"passphrase-file"_s, u"Read the passphrase from FILE instead of asking."_s, u"F"_s);
    const QCommandLineOption frameworkOption(
        u"framework"_s, u"The well-being framework CSV (default: framework/ beside FILE)."_s,
        u"CSV"_s);
    const QCommandLineOption assetsOption(
        u"assets"_s,
        u"Where pictures and audio live (default: assets/ beside survey_definitions/)."_s,
        u"DIR"_s);
    parser.addOptions({ dbOption, keysOption, passphraseOption, frameworkOption, assetsOption });
    parser.addPositionalArgument(u"FILE"_s, u"The survey definition to publish."_s);
    if (const int code = parseCommandLine(parser, u"publish-survey"_s, arguments); code >= 0)
        return code;
    if (!parser.isSet(dbOption) || !parser.isSet(keysOption)
        || parser.positionalArguments().size() != 1) {
        err() << "usage: heard-admin publish-survey --db SPEC --keys DIR [--passphrase-file F] "
                 "FILE\n";
        return 2;
    }
    const QString file = parser.positionalArguments().first();

    // 1. The same checks as `heard-admin validate`, on the very bytes that will be signed.
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        err() << "publish-survey: cannot read " << file << ": " << in.errorString() << '\n';
        return 1;
    }
    if (in.size() > SurveyLoader::maxFileBytes) {
        err() << "publish-survey: " << file << " is larger than any survey definition may be\n";
        return 1;
    }
    const QByteArray definition = in.readAll();
    const auto framework = Framework::loadCsv(
        parser.isSet(frameworkOption) ? parser.value(frameworkOption) : defaultFrameworkFor(file));
    if (!framework) {
        err() << "publish-survey: " << framework.error().message << '\n';
        return 2;
    }
    const QString assets = parser.isSet(assetsOption) ? parser.value(assetsOption)
                                                      : SurveyLoader::defaultAssetsDirFor(file);
    const auto outcome = SurveyLoader(*framework, assets).load(definition, file);
    if (!outcome.survey) {
        for (const LoadProblem &problem : outcome.problems)
            out() << problem.toString() << '\n';
        err() << "publish-survey: " << outcome.problems.size()
              << (outcome.problems.size() == 1 ? " problem" : " problems") << " in " << file
              << "; nothing published\n";
        return 1;
    }
    const Survey &survey = *outcome.survey;

    // 2. Only forwards: a kiosk keeps the highest version it has, so a lower one would never show.
    QStringList dbArgs { u"--db"_s, parser.value(dbOption) };
    auto store = openInboxDb(dbArgs);
    if (!store)
        return 2;
    const auto newest = store->newestSurveyVersion(survey.id);
    if (!newest) {
        err() << "publish-survey: " << newest.error().message << '\n';
        return 1;
    }
    if (newest.value() >= survey.version) {
        err() << "publish-survey: " << file << ": survey " << survey.id << " version "
              << survey.version << " is not higher than version " << newest.value()
              << " already published; raise \"version\" and publish again\n";
        return 1;
    }

    // 3. Sign with the root key (core checks the result against the root public key), store.
    const KeyFiles keys(parser.value(keysOption));
    auto la = keys.load(parser.value(passphraseOption));
    if (!la) {
        err() << "publish-survey: " << la.error().message << '\n';
        return 1;
    }
    const auto signedDefinition = la->signedDefinition(definition);
    if (!signedDefinition) {
        err() << "publish-survey: " << signedDefinition.error().message << '\n';
        return 1;
    }
    InboxService service(*store, {}, {});
    if (auto stored = service.publishSurvey(signedDefinition.value()); !stored) {
        err() << "publish-survey: " << stored.error().message << '\n';
        return 1;
    }
    out() << "published survey " << survey.id << " version " << survey.version
          << "; kiosks receive it with their next config pull\n";
    return 0;
}

} // namespace

Command publishSurveyCommand()
{
    return { u"publish-survey"_s,
             u"sign a survey definition update and publish it to kiosks through the inbox"_s,
             publishSurvey };
}

} // namespace heard::admin
