// The kiosk's surveys: built-in definitions overlaid by signed updates from the data folder, each
// update verified and validated again, and skipped (with the built-in kept) when it fails.
#include "crypto/securebytes.h"
#include "crypto/signeddefinition.h"
#include "crypto/sodium.h"
#include "support/filebytes.h"
#include "support/testkeypair.h"
#include "survey/surveycatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

const QString fixtures = QStringLiteral(HEARD_SOURCE_DIR "/tests/survey/fixtures");

} // namespace

class TestSurveyCatalog : public QObject
{
    Q_OBJECT

    std::optional<Framework> m_framework;
    TestKeyPair m_root;
    QTemporaryDir m_dir;
    QString m_builtIn;

    SurveyCatalog catalog() const
    {
        return SurveyCatalog(*m_framework, fixtures + u"/assets"_s, m_root.publicKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(ensureSodium());
        auto framework = Framework::loadCsv(QStringLiteral(
            HEARD_SOURCE_DIR "/survey_definitions/framework/wellbeing-framework.csv"));
        QVERIFY(framework);
        m_framework = framework.value();
        m_root = TestKeyPair::sign();
        // The built-in set: the fixture survey, test-8-11 version 3.
        m_builtIn = m_dir.filePath(u"builtin"_s);
        QVERIFY(QDir().mkpath(m_builtIn));
        QVERIFY(QFile::copy(fixtures + u"/survey_definitions/valid.json"_s,
                            m_builtIn + u"/valid.json"_s));
    }

    void withoutUpdatesTheBuiltInSurveysAreUsed()
    {
        const auto outcome = catalog().load(m_builtIn, m_dir.filePath(u"no-such-folder"_s));
        QCOMPARE(outcome.surveys.size(), 1);
        QCOMPARE(outcome.surveys.first().id, u"test-8-11"_s);
        QCOMPARE(outcome.surveys.first().version, 3);
        QVERIFY(outcome.problems.isEmpty());
        QVERIFY(outcome.skippedUpdates.isEmpty());
    }

    void updatesOverlayTheBuiltInSurveys_data()
    {
        QTest::addColumn<QStringList>("edits"); // "from=>to" applied to the fixture's text
        QTest::addColumn<bool>("signedByThePinnedRoot");
        QTest::addColumn<QStringList>("expected"); // "id@version", in the catalogue's order
        QTest::addColumn<QString>("skipReason"); // empty: the update is applied

        const QString v4 = u"\"version\": 3,=>\"version\": 4,"_s;
        const QString retitled = u"Test survey\"=>New wording\""_s;
        QTest::newRow("a higher version replaces the built-in one")
            << QStringList { v4, retitled } << true << QStringList { u"test-8-11@4"_s }
            << QString();
        QTest::newRow("the same version is not newer")
            << QStringList { retitled } << true << QStringList { u"test-8-11@3"_s }
            << u"version 3 of test-8-11 is not newer than version 3"_s;
        QTest::newRow("a lower version is not newer")
            << QStringList { u"\"version\": 3,=>\"version\": 2,"_s } << true
            << QStringList { u"test-8-11@3"_s }
            << u"version 2 of test-8-11 is not newer than version 3"_s;
        QTest::newRow("a new id is added")
            << QStringList { u"\"id\": \"test-8-11\"=>\"id\": \"test-new\""_s,
                             u"\"version\": 3,=>\"version\": 1,"_s }
            << true << QStringList { u"test-8-11@3"_s, u"test-new@1"_s } << QString();
        QTest::newRow("a missing picture is skipped")
            << QStringList { v4, u"pictures/dog.svg=>pictures/wolf.svg"_s } << true
            << QStringList { u"test-8-11@3"_s }
            << u"image file not found: assets/pictures/wolf.svg"_s;
        QTest::newRow("an unknown framework indicator is skipped")
            << QStringList { v4, u"\"TR03\"=>\"TR99\""_s } << true
            << QStringList { u"test-8-11@3"_s } << u"TR99"_s;
        QTest::newRow("a recorded clip may be missing: live speech stands in")
            << QStringList { v4, u"\"audio\": \"hello\"=>\"audio\": \"hello_again\""_s } << true
            << QStringList { u"test-8-11@4"_s } << QString();
        QTest::newRow("another root's signature is skipped")
            << QStringList { v4 } << false << QStringList { u"test-8-11@3"_s }
            << u"not signed by the pinned LA root key"_s;
    }

    void updatesOverlayTheBuiltInSurveys()
    {
        QFETCH(QStringList, edits);
        QFETCH(bool, signedByThePinnedRoot);
        QFETCH(QStringList, expected);
        QFETCH(QString, skipReason);

        QByteArray text = readFileBytes(fixtures + u"/survey_definitions/valid.json"_s);
        for (const QString &edit : std::as_const(edits)) {
            const QByteArray from = edit.section(u"=>"_s, 0, 0).toUtf8();
            QVERIFY2(text.contains(from), qPrintable(edit));
            text.replace(from, edit.section(u"=>"_s, 1).toUtf8());
        }
        const TestKeyPair other = TestKeyPair::sign();
        const auto made = SignedDefinition::sign(
            text, signedByThePinnedRoot ? m_root.secretKey : other.secretKey);
        QVERIFY(made);
        QTemporaryDir updates;
        const QString file = updates.filePath(u"test-8-11.signed.json"_s);
        QVERIFY(writeFileBytes(file, made->toBytes()));

        const auto outcome = catalog().load(m_builtIn, updates.path());
        QStringList got;
        for (const Survey &survey : outcome.surveys)
            got.append(u"%1@%2"_s.arg(survey.id).arg(survey.version));
        QCOMPARE(got, expected);
        if (skipReason.isEmpty()) {
            QCOMPARE(outcome.skippedUpdates, QStringList());
            QCOMPARE(outcome.appliedUpdates.size(), 1);
        } else {
            QCOMPARE(outcome.appliedUpdates, QStringList());
            QCOMPARE(outcome.skippedUpdates.size(), 1);
            // The log line names the file and says why.
            QVERIFY2(outcome.skippedUpdates.first().contains(file),
                     qPrintable(outcome.skippedUpdates.first()));
            QVERIFY2(outcome.skippedUpdates.first().contains(skipReason),
                     qPrintable(outcome.skippedUpdates.first()));
        }
        if (expected.first() == u"test-8-11@4"_s
            && edits.contains(u"Test survey\"=>New wording\""_s))
            QCOMPARE(outcome.surveys.first().title.value(u"en"_s), u"New wording"_s);
    }

    void aDamagedFileInTheDataFolderIsSkipped()
    {
        QTemporaryDir updates;
        const QString file = updates.filePath(u"test-8-11.signed.json"_s);
        QVERIFY(writeFileBytes(file, "{\"definition\": \"half a"));
        const auto outcome = catalog().load(m_builtIn, updates.path());
        QCOMPARE(outcome.surveys.size(), 1);
        QCOMPARE(outcome.surveys.first().version, 3);
        QCOMPARE(outcome.skippedUpdates.size(), 1);
        QVERIFY(outcome.skippedUpdates.first().contains(file));
    }
};

QTEST_GUILESS_MAIN(TestSurveyCatalog)
#include "tst_surveycatalog.moc"
