// The whole device-to-LA path without a network: a child's answers to a real survey, sealed by
// DeviceStorage to the demo LA key, read by `heard-admin open` straight from the outbox file.
#include "crypto/keybundle.h"
#include "session/sessionengine.h"
#include "store/devicestorage.h"
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

const QString root = QStringLiteral(HEARD_SOURCE_DIR);
const QString demoKeys = root + u"/assets/demo-keys"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Parses the RFC 4180 output of `open` (no embedded newlines in these cells).
QList<QStringList> csvRows(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QStringList> rows;
    for (const QByteArray &line : bytes.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty())
            continue;
        QStringList cells;
        for (QString cell : text.split(u',')) {
            if (cell.startsWith(u'"') && cell.endsWith(u'"'))
                cell = cell.mid(1, cell.size() - 2);
            cells.append(cell);
        }
        rows.append(cells);
    }
    return rows;
}

} // namespace

class TestAdminOpenOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersTravelFromOutboxToCsv_data();
    void answersTravelFromOutboxToCsv();
};

void TestAdminOpenOutbox::answersTravelFromOutboxToCsv_data()
{
    QTest::addColumn<QString>("surveyFile");
    QTest::addColumn<QString>("language");
    QTest::newRow("4-7 in Welsh") << "children-4-7.json" << "cy";
    QTest::newRow("11-18") << "young-people-11-18.json" << "en";
}

void TestAdminOpenOutbox::answersTravelFromOutboxToCsv()
{
    QFETCH(QString, surveyFile);
    QFETCH(QString, language);

    const auto framework = Framework::loadCsv(root + u"/survey_definitions/framework/wellbeing-framework.csv"_s);
    QVERIFY(framework.ok());
    const auto loaded = SurveyLoader(*framework, root + u"/assets"_s).loadFile(root + u"/survey_definitions/"_s + surveyFile);
    QVERIFY(loaded.ok());
    const Survey &survey = *loaded.survey;

    const auto bundle = KeyBundle::verify(readAll(demoKeys + u"/key-bundle.json"_s),
                                          QByteArray::fromBase64(readAll(demoKeys + u"/la-root.pub"_s).trimmed()));
    QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
    const auto key = bundle->sealingKeyFor(QDate::currentDate());
    QVERIFY(key.ok());

    QTemporaryDir dataDir;
    QMap<QString, QString> given; // question id -> code the child chose
    {
        auto storage = DeviceStorage::open(dataDir.path(), key->publicKey);
        QVERIFY2(storage.ok(), qPrintable(storage.ok() ? QString() : storage.error().message));
        const auto sink = storage.value()->sinkFor(survey);
        const SessionInfo info = SessionInfo::begin(survey, language, CompletionMode::ChildWithHelp);
        SessionEngine engine(survey, info, PresentationProfile(), *sink);
        QVERIFY(engine.start().ok());
        // Alternate the last choice and "rather not say", so both kinds of answer travel.
        int n = 0;
        while (engine.state() == SessionEngine::State::InProgress) {
            const Question *q = engine.current();
            Result<void> step;
            if (!q->isAnswerable()) {
                step = engine.next();
            } else if (q->kind == QuestionKind::FreeText || (n++ % 2 == 1 && q->offers(SpecialAnswer::RatherNotSay))) {
                given.insert(q->id, u"rather_not_say"_s);
                step = engine.answerSpecial(SpecialAnswer::RatherNotSay);
            } else if (q->kind == QuestionKind::MultipleChoice) {
                given.insert(q->id, q->choices.last().code);
                step = engine.answerChoices({q->choices.last().code});
            } else {
                given.insert(q->id, q->choices.last().code);
                step = engine.answerChoice(q->choices.last().code);
            }
            QVERIFY2(step.ok(), qPrintable(step.ok() ? QString() : step.error().message));
        }
        QCOMPARE(engine.state(), SessionEngine::State::Finished);
    }

    QTemporaryDir outDir;
    const QString csvPath = outDir.filePath(u"answers.csv"_s);
    QProcess admin;
    admin.start(QStringLiteral(HEARD_BIN_DIR "/heard-admin"),
                {u"open"_s, u"--keys"_s, demoKeys, u"--passphrase-file"_s, demoKeys + u"/demo-passphrase.txt"_s,
                 u"--format"_s, u"csv"_s, u"--out"_s, csvPath, dataDir.filePath(DeviceStorage::outboxFileName())});
    QVERIFY(admin.waitForFinished(60000));
    QVERIFY2(admin.exitCode() == 0, admin.readAllStandardError().constData());

    const QList<QStringList> rows = csvRows(readAll(csvPath));
    QCOMPARE(rows.size(), 2); // header and this child's one response
    const QStringList &header = rows.at(0);
    const QStringList &row = rows.at(1);
    auto cell = [&](const QString &column) { return row.value(header.indexOf(column)); };
    QCOMPARE(cell(u"survey"_s), survey.id);
    QCOMPARE(cell(u"language"_s), language);
    QCOMPARE(cell(u"ageBand"_s), survey.ageBand);
    QCOMPARE(cell(u"completionMode"_s), u"child_with_help"_s);
    QCOMPARE(cell(u"outcome"_s), u"completed"_s);
    QVERIFY(!given.isEmpty());
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        QCOMPARE(cell(u"q:"_s + it.key()), it.value());
}

QTEST_GUILESS_MAIN(TestAdminOpenOutbox)
#include "tst_admin_open_outbox.moc"
