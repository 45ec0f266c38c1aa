// `heard-admin audio-pack`: every prompt and choice of a survey spoken into a real WAV file, and
// only what changed spoken again.
#include "support/filebytes.h"
#include "support/programrun.h"
#include "survey/audioscript.h"
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace heard::testutil;

namespace {

const QString root = QStringLiteral(HEARD_SOURCE_DIR);
const QString fixture
    = root + QStringLiteral("/tests/survey/fixtures/survey_definitions/valid.json");
const QString frameworkCsv
    = root + QStringLiteral("/survey_definitions/framework/wellbeing-framework.csv");

QString runPack(const QString &language, const QString &outDir, const QString &file, int *exitCode)
{
    const ProgramRun run = ProgramRun::admin(
        { QStringLiteral("audio-pack"), QStringLiteral("--language"), language,
          QStringLiteral("--out"), outDir, QStringLiteral("--framework"), frameworkCsv, file },
        120000);
    *exitCode = run.exitCode;
    return (run.out + run.err).trimmed();
}

} // namespace

class TestAdminAudioPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptListsEveryKeyOnce();
    void speaksEveryLineIntoAWav_data();
    void speaksEveryLineIntoAWav();
    void speaksOnlyWhatChanged();
};

void TestAdminAudioPack::scriptListsEveryKeyOnce()
{
    const auto framework = Framework::loadCsv(frameworkCsv);
    QVERIFY(framework.ok());
    const auto outcome = SurveyLoader(*framework, QString()).loadFile(fixture);
    QVERIFY(outcome.ok());
    const auto lines = AudioScript::linesFor(*outcome.survey, QStringLiteral("cy"));
    QStringList keys;
    for (const auto &line : lines)
        keys.append(line.key);
    // Prompts in order, each choice after its prompt; the shared face set only once.
    QCOMPARE(keys,
             (QStringList { "hello", "trust", "face_sad", "face_ok", "face_happy", "has_pet", "dog",
                            "cat", "see_family", "life", "often", "never", "sometimes", "always",
                            "things", "sport", "music", "anything_else", "thanks" }));
    QCOMPARE(lines.at(0).text, QStringLiteral("Helo!"));
    QCOMPARE(lines.at(4).text, QStringLiteral("Hapus"));
}

void TestAdminAudioPack::speaksEveryLineIntoAWav_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Welsh") << "cy";
}

void TestAdminAudioPack::speaksEveryLineIntoAWav()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    int exitCode = -1;
    const QString output = runPack(language, dir.path(), fixture, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(output, QStringLiteral("audio-pack %1: 19 clips spoken, 0 unchanged").arg(language));
    const QStringList wavs = QDir(dir.filePath(language)).entryList({ QStringLiteral("*.wav") });
    QCOMPARE(wavs.size(), 19);
    for (const QString &wav : wavs) {
        QFile file(dir.filePath(language + QLatin1Char('/') + wav));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WAVE", qPrintable(wav));
        // 22,050 samples a second of 16-bit mono: anything spoken lasts well over a tenth of one.
        QVERIFY2(bytes.size() > 44 + 22050 * 2 / 10, qPrintable(wav));
    }
}

void TestAdminAudioPack::speaksOnlyWhatChanged()
{
    QTemporaryDir dir;
    int exitCode = -1;
    runPack(QStringLiteral("en"), dir.path(), fixture, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(runPack(QStringLiteral("en"), dir.path(), fixture, &exitCode),
             QStringLiteral("audio-pack en: 0 clips spoken, 19 unchanged"));

    QByteArray text = readFileBytes(fixture);
    QVERIFY(!text.isEmpty());
    text.replace("\"en\": \"How is life?\"", "\"en\": \"How is your life going?\"");
    const QString changed = dir.filePath(QStringLiteral("changed.json"));
    QVERIFY(writeFileBytes(changed, text));
    // The fixture's pictures live beside the original; the pack needs only the text.
    QCOMPARE(runPack(QStringLiteral("en"), dir.path(), changed, &exitCode),
             QStringLiteral("audio-pack en: 1 clips spoken, 18 unchanged"));
    QCOMPARE(exitCode, 0);
}

QTEST_GUILESS_MAIN(TestAdminAudioPack)
#include "tst_admin_audiopack.moc"
