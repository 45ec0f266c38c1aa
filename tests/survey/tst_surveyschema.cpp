// The JSON Schema authors use in their editors must agree with the loader: the real surveys pass
// it, typical mistakes fail it, and its lists of codes are the loader's.
#include "survey/framework.h"
#include "survey/survey.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;

namespace {

const QString sourceDir = QStringLiteral(HEARD_SOURCE_DIR);
const QString schemaPath = sourceDir + QStringLiteral("/survey_definitions/schema/survey.schema.json");

QJsonObject schema()
{
    QFile file(schemaPath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the schema");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &v : array.toArray())
        result.append(v.toString());
    return result;
}

// Runs the schema check over @p files; returns file -> "OK" or the first error.
QMap<QString, QString> check(const QStringList &files)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"),
                  QStringList{sourceDir + QStringLiteral("/tests/survey/check_schema.py"), schemaPath} + files);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("schema check failed to run: %s", process.readAllStandardError().constData());
    QMap<QString, QString> result;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QString text = QString::fromUtf8(line);
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        if (space > 0)
            result.insert(text.left(space), text.mid(space + 1));
    }
    return result;
}

} // namespace

class TestSurveySchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesAgreeWithTheLoader();
    void realSurveysPass();
    void mistakesFail_data();
    void mistakesFail();
};

void TestSurveySchema::codesAgreeWithTheLoader()
{
    const QJsonObject defs = schema().value(QStringLiteral("$defs")).toObject();
    const QJsonObject question = defs.value(QStringLiteral("question")).toObject()
                                     .value(QStringLiteral("properties")).toObject();
    QStringList kinds;
    for (const QString &code : strings(question.value(QStringLiteral("kind")).toObject().value(QStringLiteral("enum"))))
        kinds.append(questionKindFromCode(code) ? code : QStringLiteral("?") + code);
    QCOMPARE(kinds, (QStringList{QStringLiteral("single_choice"), QStringLiteral("multiple_choice"),
                                 QStringLiteral("faces"), QStringLiteral("frequency"), QStringLiteral("ladder"),
                                 QStringLiteral("yes_no"), QStringLiteral("free_text"), QStringLiteral("info")}));
    for (const QString &code : strings(defs.value(QStringLiteral("special")).toObject().value(QStringLiteral("enum"))))
        QVERIFY2(specialAnswerFromCode(code).has_value(), qPrintable(code));
    for (const QString &code : strings(question.value(QStringLiteral("role")).toObject().value(QStringLiteral("enum"))))
        QVERIFY2(infoRoleFromCode(code).has_value(), qPrintable(code));
    QCOMPARE(strings(schema().value(QStringLiteral("properties")).toObject()
                         .value(QStringLiteral("ageBand")).toObject().value(QStringLiteral("enum"))),
             Framework::ageBands());

    const auto framework = Framework::loadCsv(sourceDir + QStringLiteral("/survey_definitions/framework/wellbeing-framework.csv"));
    QVERIFY(framework.ok());
    QStringList domains = strings(defs.value(QStringLiteral("section")).toObject().value(QStringLiteral("properties"))
                                      .toObject().value(QStringLiteral("domain")).toObject().value(QStringLiteral("enum")));
    QStringList frameworkDomains = framework->domains();
    domains.sort();
    frameworkDomains.sort();
    QCOMPARE(domains, frameworkDomains);
}

void TestSurveySchema::realSurveysPass()
{
    QStringList files;
    for (const QString &name : QDir(sourceDir + QStringLiteral("/survey_definitions")).entryList({QStringLiteral("*.json")}))
        files.append(sourceDir + QStringLiteral("/survey_definitions/") + name);
    files.append(sourceDir + QStringLiteral("/tests/survey/fixtures/survey_definitions/valid.json"));
    QCOMPARE(files.size(), 5);
    const auto results = check(files);
    QCOMPARE(results.size(), files.size());
    for (const QString &file : files)
        QVERIFY2(results.value(file) == QLatin1String("OK"), qPrintable(file + QLatin1Char(' ') + results.value(file)));
}

void TestSurveySchema::mistakesFail_data()
{
    QTest::addColumn<QByteArray>("find");
    QTest::addColumn<QByteArray>("replace");
    QTest::newRow("unknown field") << QByteArray("\"version\": 3,") << QByteArray("\"version\": 3, \"colour\": 1,");
    QTest::newRow("missing id") << QByteArray("\"id\": \"test-8-11\",") << QByteArray();
    QTest::newRow("unknown kind") << QByteArray("\"kind\": \"frequency\"") << QByteArray("\"kind\": \"slider\"");
    QTest::newRow("faces 4 points") << QByteArray("\"points\": 3") << QByteArray("\"points\": 4");
    QTest::newRow("info without role") << QByteArray("\"kind\": \"info\", \"role\": \"thanks\",") << QByteArray("\"kind\": \"info\",");
    QTest::newRow("special as choice code") << QByteArray("\"code\": \"music\"") << QByteArray("\"code\": \"skip\"");
    QTest::newRow("image escapes assets") << QByteArray("\"pictures/cat.svg\"") << QByteArray("\"../cat.svg\"");
    QTest::newRow("points on ladder") << QByteArray("\"kind\": \"ladder\",") << QByteArray("\"kind\": \"ladder\", \"points\": 3,");
    QTest::newRow("free text without reminder")
        << QByteArray("\"reminder\": {\"en\": \"Please don't write names.\", \"cy\": \"Paid ag ysgrifennu enwau.\"},") << QByteArray();
    QTest::newRow("withhold without reason") << QByteArray(", \"reason\": \"children always know this\"") << QByteArray();
}

void TestSurveySchema::mistakesFail()
{
    QFETCH(QByteArray, find);
    QFETCH(QByteArray, replace);
    QFile file(sourceDir + QStringLiteral("/tests/survey/fixtures/survey_definitions/valid.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    QVERIFY(text.contains(find));
    text.replace(text.indexOf(find), find.size(), replace);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const QString result = check({path}).value(path);
    QVERIFY2(result.startsWith(QLatin1String("INVALID")), qPrintable(result));
}

QTEST_GUILESS_MAIN(TestSurveySchema)
#include "tst_surveyschema.moc"
