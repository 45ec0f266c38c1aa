#include "validatecommand.h"

#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace heard::admin {

// The framework beside the definitions (survey_definitions/framework/) is the one they were
// written against; the copy built into heard-admin is the fallback.
QString defaultFrameworkFor(const QString &definitionPath)
{
    const QString beside = QFileInfo(definitionPath)
                               .absoluteDir()
                               .filePath(QStringLiteral("framework/wellbeing-framework.csv"));
    return QFileInfo::exists(beside) ? beside : QStringLiteral(":/heard/wellbeing-framework.csv");
}

namespace {

int runValidate(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks survey definition files."));
    parser.addHelpOption();
    const QCommandLineOption frameworkOption(
        QStringLiteral("framework"),
        QStringLiteral("The well-being framework CSV (default: framework/ beside each file)."),
        QStringLiteral("CSV"));
    const QCommandLineOption assetsOption(
        QStringLiteral("assets"),
        QStringLiteral(
            "Where pictures and audio live (default: assets/ beside survey_definitions/)."),
        QStringLiteral("DIR"));
    parser.addOption(frameworkOption);
    parser.addOption(assetsOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Survey definitions to check."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(QStringList { QStringLiteral("heard-admin validate") } + args)) {
        err << "heard-admin validate: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "heard-admin validate: name at least one survey definition file\n";
        return 2;
    }

    int problemCount = 0;
    for (const QString &file : files) {
        const QString frameworkPath = parser.isSet(frameworkOption) ? parser.value(frameworkOption)
                                                                    : defaultFrameworkFor(file);
        const auto framework = Framework::loadCsv(frameworkPath);
        if (!framework) {
            err << framework.error().message << '\n';
            return 2;
        }
        const QString assets = parser.isSet(assetsOption) ? parser.value(assetsOption)
                                                          : SurveyLoader::defaultAssetsDirFor(file);
        const auto outcome = SurveyLoader(*framework, assets).loadFile(file);
        for (const LoadProblem &problem : outcome.problems)
            out << problem.toString() << '\n';
        problemCount += outcome.problems.size();
    }
    out.flush();
    if (problemCount > 0) {
        err << problemCount << (problemCount == 1 ? " problem" : " problems") << " in "
            << files.size() << (files.size() == 1 ? " file" : " files") << '\n';
        return 1;
    }
    err << files.size() << (files.size() == 1 ? " file is" : " files are") << " valid\n";
    return 0;
}

} // namespace

Command validateCommand()
{
    return { QStringLiteral("validate"), QStringLiteral("check survey definition files"),
             runValidate };
}

} // namespace heard::admin
