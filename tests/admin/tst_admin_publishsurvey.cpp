// `heard-admin publish-survey` as the LA runs it: the validator's verdict, versions only forwards,
// and a definition stored signed by the root key, on SQLite and PostgreSQL.
#include "../sync/inboxtestdb.h"
#include "crypto/lakeystore.h"
#include "crypto/privatefile.h"
#include "crypto/signeddefinition.h"
#include "inbox/inboxstore.h"
#include "support/filebytes.h"
#include "support/programrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

const QString source = QStringLiteral(HEARD_SOURCE_DIR);
const QString fixture = source + u"/tests/survey/fixtures/survey_definitions/valid.json"_s;

// "line": N of the first occurrence of @p needle, 1-based.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    return int(text.left(text.indexOf(needle)).count('\n')) + 1;
}

} // namespace

class TestAdminPublishSurvey : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_keys;
    QString m_pass;
    QByteArray m_root;

    ProgramRun admin(const QString &spec, const QString &file, const QString &passFile = {})
    {
        return ProgramRun::admin(
            { u"publish-survey"_s, u"--db"_s, spec, u"--keys"_s, m_keys, u"--passphrase-file"_s,
              passFile.isEmpty() ? m_pass : passFile, u"--framework"_s,
              source + u"/survey_definitions/framework/wellbeing-framework.csv"_s, u"--assets"_s,
              source + u"/tests/survey/fixtures/assets"_s, file });
    }

    // The fixture with its version set to @p version, written as @p name.
    QString withVersion(int version, const QString &name)
    {
        QByteArray text = readFileBytes(fixture);
        text.replace("\"version\": 3,", "\"version\": " + QByteArray::number(version) + ",");
        const QString path = m_dir.filePath(name);
        return writeFileBytes(path, text) ? path : QString();
    }

    std::unique_ptr<InboxStore> openStore(const QString &spec)
    {
        auto store = InboxStore::open(spec);
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return {};
        }
        return std::move(store.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keys = m_dir.filePath(u"keys"_s);
        QVERIFY(QDir().mkpath(m_keys));
        auto la = LaKeyStore::generate(QDate::currentDate(), QDate::currentDate().addYears(1));
        QVERIFY(la);
        QVERIFY(la->save(QDir(m_keys).filePath(u"la-secret.json"_s), "correct horse",
                         KdfStrength::InteractiveForTestsOnly, true));
        m_root = la->rootPublicKey();
        QVERIFY(writeFileBytes(QDir(m_keys).filePath(u"la-root.pub"_s), m_root.toBase64() + '\n'));
        m_pass = m_dir.filePath(u"pass.txt"_s);
        QVERIFY(PrivateFile::write(m_pass, "correct horse\n"));
    }

    void refusesAnInvalidDefinition_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown indicator")
            << QByteArray("\"TR03\"") << QByteArray("\"TR99\"") << u"TR99"_s;
        QTest::newRow("missing picture")
            << QByteArray("\"pictures/dog.svg\"") << QByteArray("\"pictures/wolf.svg\"")
            << u"image file not found: assets/pictures/wolf.svg"_s;
        QTest::newRow("broken JSON") << QByteArray("\"ageBand\": \"8-11\",")
                                     << QByteArray("\"ageBand\": \"8-11\",,") << u"invalid JSON"_s;
    }

    void refusesAnInvalidDefinition()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray text = readFileBytes(fixture);
        QVERIFY(text.contains(from));
        const int line = lineOf(text, from);
        text.replace(from, to);
        const QString file = m_dir.filePath(u"invalid.json"_s);
        QVERIFY(writeFileBytes(file, text));
        const QString spec = u"sqlite:"_s + m_dir.filePath(u"invalid.db"_s);

        const ProgramRun run = admin(spec, file);
        QCOMPARE(run.exitCode, 1);
        // The validator's own line: FILE:LINE:COLUMN: POINTER: message, at the broken place.
        const QRegularExpression where(u"^%1:%2:\\d+: .*%3"_s.arg(QRegularExpression::escape(file))
                                           .arg(line)
                                           .arg(QRegularExpression::escape(message)),
                                       QRegularExpression::MultilineOption);
        QVERIFY2(where.match(run.out).hasMatch(), qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(u"nothing published"_s), qPrintable(run.err));
        auto store = openStore(spec);
        QVERIFY(store);
        QCOMPARE(store->newestSurveyVersion(u"test-8-11"_s).value(), 0);
    }

    void publishesOnlyHigherVersions_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("sqlite") << u"sqlite:"_s + m_dir.filePath(u"versions.db"_s);
        const QString pg = QProcessEnvironment::systemEnvironment().value(u"HEARD_TEST_PG_URL"_s);
        QTest::newRow("postgres") << (pg.isEmpty() ? QString() : u"postgres:"_s + pg);
    }

    void publishesOnlyHigherVersions()
    {
        QFETCH(QString, spec);
        // CI must not pass without having tried PostgreSQL (scripts/run-tests.sh sets the URL).
        QVERIFY2(!spec.isEmpty(), "HEARD_TEST_PG_URL is not set: PostgreSQL was not tested");
        // A clean database: a new file, or a PostgreSQL schema of this test's own.
        spec = testutil::freshInboxSpec(spec);
        QVERIFY(!spec.isEmpty());
        {
            auto store = openStore(spec);
            QVERIFY(store);
        }
        const QString v3 = withVersion(3, u"v3.json"_s);
        const ProgramRun first = admin(spec, v3);
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY2(first.out.contains(u"published survey test-8-11 version 3"_s),
                 qPrintable(first.out));

        const ProgramRun again = admin(spec, v3);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"not higher than version 3"_s), qPrintable(again.err));
        const ProgramRun older = admin(spec, withVersion(2, u"v2.json"_s));
        QCOMPARE(older.exitCode, 1);
        QVERIFY2(older.err.contains(u"not higher than version 3"_s), qPrintable(older.err));

        const QString v4 = withVersion(4, u"v4.json"_s);
        const ProgramRun newer = admin(spec, v4);
        QVERIFY2(newer.exitCode == 0, qPrintable(newer.out + newer.err));

        auto store = openStore(spec);
        QVERIFY(store);
        const auto newest = store->newestSurveyDefinitions();
        QVERIFY(newest);
        QCOMPARE(newest->size(), 1);
        QCOMPARE(newest->first().surveyId, u"test-8-11"_s);
        QCOMPARE(newest->first().version, 4);
        // Signed by the LA root, over the file's exact bytes.
        const auto verified = SignedDefinition::verify(newest->first().signedBytes, m_root);
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
        QCOMPARE(verified->definition(), readFileBytes(v4));
        QCOMPARE(verified->version(), 4);
    }

    void aWrongPassphrasePublishesNothing()
    {
        const QString wrong = m_dir.filePath(u"wrong.txt"_s);
        QVERIFY(PrivateFile::write(wrong, "battery staple\n"));
        const QString spec = u"sqlite:"_s + m_dir.filePath(u"wrong.db"_s);
        const ProgramRun run = admin(spec, withVersion(7, u"v7.json"_s), wrong);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"passphrase"_s), qPrintable(run.err));
        auto store = openStore(spec);
        QVERIFY(store);
        QCOMPARE(store->newestSurveyVersion(u"test-8-11"_s).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAdminPublishSurvey)
#include "tst_admin_publishsurvey.moc"
