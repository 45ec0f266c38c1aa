// heard-admin keygen / check / rotate / open, run as the real binary.
#include "crypto/envelope.h"
#include "crypto/keybundle.h"
#include "crypto/responsepayload.h"
#include "support/envelopeheaders.h"
#include "support/filebytes.h"
#include "support/programrun.h"
#include "support/sessioninfos.h"
#include "support/testidentities.h"
#include "util/errorcode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <sys/stat.h>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

void writeAll(const QString &path, const QByteArray &bytes)
{
    QVERIFY(writeFileBytes(path, bytes));
}

ProgramRun admin(const QStringList &args)
{
    return ProgramRun::admin(args);
}

} // namespace

class TestAdminKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(HEARD_BIN_DIR "/heard-admin")));
        m_keys = m_dir.filePath(u"keys"_s);
        m_pass = m_dir.filePath(u"pass.txt"_s);
        writeAll(m_pass, "a long and good passphrase\n");
        writeAll(m_dir.filePath(u"wrong.txt"_s), "not the passphrase\n");
    }

    void keygen()
    {
        const ProgramRun run
            = admin({ u"keygen"_s, u"--out"_s, m_keys, u"--passphrase-file"_s, m_pass });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &name : { u"la-secret.json"_s, u"la-root.pub"_s, u"key-bundle.json"_s })
            QVERIFY2(QFile::exists(QDir(m_keys).filePath(name)), qPrintable(name));
        struct stat st
        {
        };
        QCOMPARE(
            stat(QFile::encodeName(QDir(m_keys).filePath(u"la-secret.json"_s)).constData(), &st),
            0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QVERIFY(!run.out.contains(u"a long and good passphrase"_s));
    }

    void keygenRefusesToOverwrite()
    {
        const QByteArray before = readFileBytes(QDir(m_keys).filePath(u"la-secret.json"_s));
        const ProgramRun run
            = admin({ u"keygen"_s, u"--out"_s, m_keys, u"--passphrase-file"_s, m_pass });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"refusing to overwrite"_s), qPrintable(run.err));
        QCOMPARE(readFileBytes(QDir(m_keys).filePath(u"la-secret.json"_s)), before);
    }

    void noTerminalNoPassphraseFile()
    {
        const ProgramRun run = admin({ u"check"_s, u"--keys"_s, m_keys });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--passphrase-file"_s), qPrintable(run.err));
    }

    void check()
    {
        const ProgramRun run
            = admin({ u"check"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"signed by the root key"_s));
        QVERIFY(run.out.contains(u"a sample sealed to it opens"_s));
        QVERIFY(run.out.contains(u"all checks passed"_s));
    }

    void wrongPassphrase()
    {
        const ProgramRun run = admin({ u"check"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s,
                                       m_dir.filePath(u"wrong.txt"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"wrong passphrase"_s), qPrintable(run.err));
    }

    void tamperedBundleFailsCheck()
    {
        const QString bundlePath = QDir(m_keys).filePath(u"key-bundle.json"_s);
        const QByteArray good = readFileBytes(bundlePath);
        QJsonObject o = QJsonDocument::fromJson(good).object();
        QByteArray inner = QByteArray::fromBase64(o.value(u"bundle"_s).toString().toLatin1());
        inner.replace("\"v\":1", "\"v\":1 ");
        o[u"bundle"_s] = QString::fromLatin1(inner.toBase64());
        writeAll(bundlePath, QJsonDocument(o).toJson());
        const ProgramRun run
            = admin({ u"check"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass });
        writeAll(bundlePath, good);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not signed by the pinned LA root key"_s), qPrintable(run.err));
    }

    void rotateThenCheck()
    {
        // Seal one envelope under the first key before rotating.
        sealResponses(m_dir.filePath(u"before-rotate"_s), 1);

        const ProgramRun rotate
            = admin({ u"rotate"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass,
                      u"--valid-from"_s, QDate::currentDate().toString(Qt::ISODate) });
        QVERIFY2(rotate.exitCode == 0, qPrintable(rotate.err));
        const ProgramRun check
            = admin({ u"check"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QCOMPARE(check.out.count(u"a sample sealed to it opens"_s), 2);
        QVERIFY(check.out.contains(u"(2 encryption keys)"_s));

        // Devices now seal to the new key, and both old and new envelopes open.
        const auto bundle = verifiedBundle();
        QCOMPARE(bundle.keys().size(), 2);
        QCOMPARE(bundle.sealingKeyFor(QDate::currentDate()).value().keyId,
                 bundle.keys().at(1).keyId);
        sealResponses(m_dir.filePath(u"after-rotate"_s), 1);
        const QString out = m_dir.filePath(u"rotated.jsonl"_s);
        const ProgramRun open
            = admin({ u"open"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass, u"--format"_s,
                      u"jsonl"_s, u"--out"_s, out, m_dir.filePath(u"before-rotate"_s),
                      m_dir.filePath(u"after-rotate"_s) });
        QVERIFY2(open.exitCode == 0, qPrintable(open.err));
        QCOMPARE(readFileBytes(out).count('\n'), 2);
    }

    void openFolderToCsvAndJsonl()
    {
        const QString folder = m_dir.filePath(u"envelopes"_s);
        const QList<QUuid> records = sealResponses(folder, 3);

        // One tampered envelope and one unreadable file among them.
        const QString victim
            = QDir(folder).filePath(records.at(5).toString(QUuid::WithoutBraces) + u".henv"_s);
        QByteArray bytes = readFileBytes(victim);
        bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x10);
        writeAll(victim, bytes);
        writeAll(QDir(folder).filePath(u"garbage.henv"_s), "not an envelope");

        const QString csvPath = m_dir.filePath(u"out.csv"_s);
        const ProgramRun csv
            = admin({ u"open"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass, u"--format"_s,
                      u"csv"_s, u"--out"_s, csvPath, folder });
        QCOMPARE(csv.exitCode, 2);
        QVERIFY2(
            csv.err.contains(u"rejected record "_s + records.at(5).toString(QUuid::WithoutBraces)),
            qPrintable(csv.err));
        QVERIFY(csv.err.contains(ErrorCode::BadSignature));
        QVERIFY2(csv.err.contains(u"garbage.henv: malformed"_s), qPrintable(csv.err));
        QCOMPARE(csv.err.split(u'\n').filter(QRegularExpression(u"^rejected "_s)).size(), 2);
        QVERIFY(csv.err.contains(u"rejected 2;"_s));

        const QByteArray text = readFileBytes(csvPath);
        QVERIFY(text.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = text.mid(3).split('\n');
        // Header, three responses (the second lost one answer, not its row), then the final CRLF.
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(lines.at(i).endsWith('\r'), "CRLF line endings");
        QVERIFY(lines.last().isEmpty());
        QCOMPARE(
            lines.at(0),
            QByteArray(
                "session,survey,version,language,ageBand,completionMode,day,outcome,q:feel-safe,"
                "q:feel-safe:indicators,q:odd,q:odd:indicators,q:tell-us,q:tell-us:indicators\r"));
        // Quoting: a code with a comma and a quote, and a formula-looking code.
        QVERIFY2(text.contains(",\"yes, \"\"really\"\"|x\","), text.constData());
        QVERIFY(text.contains(",'=1+1,"));
        // Highest sequence wins; free text withheld; completed vs incomplete.
        QVERIFY(text.contains(",completed,no,feel-safe=0,"));
        QVERIFY(text.contains("[free text withheld]"));
        QVERIFY(!text.contains("my secret words"));
        QVERIFY(text.contains(",incomplete,"));

        const QString jsonPath = m_dir.filePath(u"out.jsonl"_s);
        const ProgramRun jsonl
            = admin({ u"open"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass, u"--format"_s,
                      u"jsonl"_s, u"--out"_s, jsonPath, folder });
        QCOMPARE(jsonl.exitCode, 2);
        const QList<QByteArray> objects = readFileBytes(jsonPath).trimmed().split('\n');
        QCOMPARE(objects.size(), 3);
        bool sawCompleted = false;
        for (const QByteArray &line : objects) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(u"survey"_s).toString(), u"children-8-11"_s);
            if (o.value(u"outcome"_s).toString() == u"completed") {
                sawCompleted = true;
                const QJsonObject answers = o.value(u"answers"_s).toObject();
                QCOMPARE(answers.value(u"feel-safe"_s)
                             .toObject()
                             .value(u"codes"_s)
                             .toArray()
                             .first()
                             .toString(),
                         u"no"_s);
                QCOMPARE(answers.value(u"tell-us"_s).toObject().value(u"text"_s).toString(),
                         u"[free text withheld]"_s);
            }
        }
        QVERIFY(sawCompleted);
        QVERIFY(!readFileBytes(jsonPath).contains("my secret words"));

        // Without the bad files everything opens: exit 0.
        QFile::remove(victim);
        QFile::remove(QDir(folder).filePath(u"garbage.henv"_s));
        const ProgramRun clean
            = admin({ u"open"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass, u"--format"_s,
                      u"csv"_s, u"--out"_s, csvPath, folder });
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
    }

    void terminalPromptHasEchoOff()
    {
        // script(1) gives heard-admin a real terminal; what it echoes back is what a person sees.
        const QString keys = m_dir.filePath(u"tty-keys"_s);
        const QString passphrase = u"typed on a terminal"_s;
        const QString keygen = terminal(
            u"'%1' keygen --out '%2'"_s.arg(QStringLiteral(HEARD_BIN_DIR "/heard-admin"), keys),
            { passphrase, passphrase });
        QVERIFY2(keygen.contains(u"Repeat the passphrase"_s), qPrintable(keygen));
        QVERIFY2(keygen.contains(u"created LA keys"_s), qPrintable(keygen));
        QVERIFY2(!keygen.contains(passphrase), qPrintable(keygen));

        const QString check = terminal(
            u"'%1' check --keys '%2'"_s.arg(QStringLiteral(HEARD_BIN_DIR "/heard-admin"), keys),
            { passphrase });
        QVERIFY2(check.contains(u"all checks passed"_s), qPrintable(check));
        QVERIFY(!check.contains(passphrase));

        const QString mismatch
            = terminal(u"'%1' keygen --out '%2'"_s.arg(QStringLiteral(HEARD_BIN_DIR "/heard-admin"),
                                                       m_dir.filePath(u"tty-2"_s)),
                       { passphrase, u"something else"_s });
        QVERIFY2(mismatch.contains(u"the two passphrases differ"_s), qPrintable(mismatch));
        QVERIFY(!QFile::exists(m_dir.filePath(u"tty-2/la-secret.json"_s)));
    }

    void demoKeysCheck()
    {
        // The committed demo keys open with the committed passphrase (after the chmod git loses).
        const QString demo = QStringLiteral(HEARD_SOURCE_DIR "/assets/demo-keys");
        const QString copy = m_dir.filePath(u"demo-keys"_s);
        QVERIFY(QDir().mkpath(copy));
        for (const QString &name : { u"la-secret.json"_s, u"la-root.pub"_s, u"key-bundle.json"_s })
            QVERIFY(QFile::copy(QDir(demo).filePath(name), QDir(copy).filePath(name)));
        QVERIFY(QFile::setPermissions(QDir(copy).filePath(u"la-secret.json"_s),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const ProgramRun run = admin({ u"check"_s, u"--keys"_s, copy, u"--passphrase-file"_s,
                                       QDir(demo).filePath(u"demo-passphrase.txt"_s) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"all checks passed"_s));
    }

private:
    KeyBundle verifiedBundle()
    {
        const QByteArray root = QByteArray::fromBase64(
            readFileBytes(QDir(m_keys).filePath(u"la-root.pub"_s)).trimmed());
        auto bundle
            = KeyBundle::verify(readFileBytes(QDir(m_keys).filePath(u"key-bundle.json"_s)), root);
        if (!bundle)
            qFatal("bundle does not verify");
        return bundle.value();
    }

    /// Runs @p command on a pseudo-terminal, typing each of @p lines after the next prompt.
    static QString terminal(const QString &command, const QStringList &lines)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(u"script"_s, { u"-qec"_s, command, u"/dev/null"_s });
        if (!process.waitForStarted(10000))
            return u"script(1) did not start"_s;
        QByteArray seen;
        int prompts = 0;
        for (const QString &line : lines) {
            while (seen.count(": ") <= prompts && process.waitForReadyRead(30000))
                seen += process.readAll();
            ++prompts;
            process.write(line.toUtf8() + '\n');
        }
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return QString::fromUtf8(seen + process.readAll());
    }

    /// Seals, as a device would, @p responses sessions into @p folder; returns the record ids in
    /// order of writing. The first session is completed and answers one question twice.
    QList<QUuid> sealResponses(const QString &folder, int responses)
    {
        QDir().mkpath(folder);
        const LaPublicKey key = verifiedBundle().sealingKeyFor(QDate::currentDate()).value();
        const EnvelopeSealer sealer(randomDevice(), key.publicKey);
        QList<QUuid> records;
        auto write = [&](EnvelopeKind kind, const QByteArray &payload) {
            const EnvelopeHeader h
                = envelopeHeader(kind, u"children-8-11"_s, 2, QDate::currentDate());
            const QByteArray bytes = sealer.seal(h, payload).value();
            writeAll(QDir(folder).filePath(h.recordId.toString(QUuid::WithoutBraces) + u".henv"_s),
                     bytes);
            records.append(h.recordId);
        };
        const Question safe = measuredQuestion(u"feel-safe"_s, QuestionKind::YesNo,
                                               { Measure { u"feel-safe"_s, { u"yes"_s } } });
        const Question odd = measuredQuestion(u"odd"_s, QuestionKind::SingleChoice);
        const Question tell = measuredQuestion(u"tell-us"_s, QuestionKind::FreeText);
        for (int i = 0; i < responses; ++i) {
            const SessionInfo session
                = newSession(u"children-8-11"_s, 2, u"8-11"_s, QDate::currentDate());
            AnswerRecord a { u"feel-safe"_s, { u"yes"_s }, std::nullopt, QString(), 1 };
            write(EnvelopeKind::Answer, encodeAnswerPayload(session, a, safe));
            if (i == 0) {
                AnswerRecord changed { u"feel-safe"_s, { u"no"_s }, std::nullopt, QString(), 5 };
                write(EnvelopeKind::Answer, encodeAnswerPayload(session, changed, safe));
                AnswerRecord quoted {
                    u"odd"_s, { u"yes, \"really\""_s, u"x"_s }, std::nullopt, QString(), 6
                };
                write(EnvelopeKind::Answer, encodeAnswerPayload(session, quoted, odd));
                AnswerRecord text { u"tell-us"_s, {}, std::nullopt, u"my secret words"_s, 7 };
                write(EnvelopeKind::Answer, encodeAnswerPayload(session, text, tell));
                SessionSummary summary;
                summary.outcome = SessionOutcome::Completed;
                summary.answered = 3;
                summary.shown = 3;
                write(EnvelopeKind::SessionEnd, encodeSessionEndPayload(session, summary));
            } else if (i == 1) {
                AnswerRecord formula { u"odd"_s, { u"=1+1"_s }, std::nullopt, QString(), 2 };
                write(EnvelopeKind::Answer, encodeAnswerPayload(session, formula, odd));
            }
        }
        return records;
    }

    QTemporaryDir m_dir;
    QString m_keys;
    QString m_pass;
};

QTEST_GUILESS_MAIN(TestAdminKeys)
#include "tst_admin_keys.moc"
