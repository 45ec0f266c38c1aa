// `heard-admin validate` as an author or CI job runs it: exit codes and the exact output lines.
#include "support/filebytes.h"
#include "support/programrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace heard::testutil;

namespace {

const QString root = QStringLiteral(HEARD_SOURCE_DIR);

ProgramRun validate(const QStringList &args)
{
    return ProgramRun::admin(QStringList { QStringLiteral("validate") } + args, 30000);
}

} // namespace

class TestAdminValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realSurveysAreValid();
    void problemsAreListedOnePerLine();
    void everyFileIsChecked();
    void usageErrors_data();
    void usageErrors();
};

void TestAdminValidate::realSurveysAreValid()
{
    QStringList files;
    for (const QString &name :
         QDir(root + QStringLiteral("/survey_definitions")).entryList({ QStringLiteral("*.json") }))
        files.append(root + QStringLiteral("/survey_definitions/") + name);
    const ProgramRun run = validate(files);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QStringLiteral("4 files are valid\n"));
    QCOMPARE(run.exitCode, 0);
}

void TestAdminValidate::problemsAreListedOnePerLine()
{
    QTemporaryDir dir;
    QByteArray text = readFileBytes(
        root + QStringLiteral("/tests/survey/fixtures/survey_definitions/valid.json"));
    QVERIFY(!text.isEmpty());
    text.replace("\"TR03\"", "\"TR99\"");
    text.replace("\"version\": 3,", "\"version\": 3, \"colour\": 1,");
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFileBytes(path, text));

    const ProgramRun run
        = validate({ QStringLiteral("--assets"),
                     root + QStringLiteral("/tests/survey/fixtures/assets"), path });
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines,
             (QStringList {
                 path + QStringLiteral(":5:17: /colour: unknown field \"colour\""),
                 path
                     + QStringLiteral(":36:37: /sections/1/questions/0/measures/0/indicator: "
                                      "indicator \"TR99\" is not in the framework"),
             }));
    QCOMPARE(run.err, QStringLiteral("2 problems in 1 file\n"));
}

void TestAdminValidate::everyFileIsChecked()
{
    // One bad file among good ones still fails the run, and the good ones print nothing.
    const ProgramRun run
        = validate({ root + QStringLiteral("/survey_definitions/children-4-7.json"),
                     QStringLiteral("/nonexistent/x.json"),
                     root + QStringLiteral("/survey_definitions/children-8-11.json") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("/nonexistent/x.json:1:1: : cannot read the file")),
             qPrintable(run.out));
    QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
}

void TestAdminValidate::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("err");
    QTest::newRow("no files") << QStringList()
                              << "heard-admin validate: name at least one survey definition file\n";
    QTest::newRow("unknown option")
        << QStringList { "--colour" } << "heard-admin validate: Unknown option 'colour'.\n";
    QTest::newRow("missing framework")
        << QStringList { "--framework", "/nonexistent.csv", "x.json" }
        << "/nonexistent.csv: cannot read the framework: No such file or directory\n";
}

void TestAdminValidate::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, err);
    const ProgramRun run = validate(args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, err);
}

QTEST_GUILESS_MAIN(TestAdminValidate)
#include "tst_admin_validate.moc"
