// heard-admin report, run as the real binary on envelopes sealed with real keys.
// Set HEARD_REPORT_KEEP=DIR to keep the outputs (scripts/report-screenshots.sh renders them).
#include "crypto/keybundle.h"
#include "inbox/inboxstore.h"
#include "store/outboxstore.h"
#include "support/filebytes.h"
#include "support/programrun.h"
#include "support/surveyresponder.h"
#include "support/testidentities.h"
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

constexpr char Marker[] = "ZZ-free-text-marker";

// Reports over thousands of envelopes take a while on a loaded machine.
constexpr int Timeout = 120000;

ProgramRun run(const QString &program, const QStringList &args)
{
    return ProgramRun::run(program, args, Timeout);
}

ProgramRun admin(const QStringList &args)
{
    return ProgramRun::admin(args, Timeout);
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    if (!writeFileBytes(path, bytes))
        qFatal("cannot write");
}

} // namespace

class TestAdminReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keys = m_dir.filePath(u"keys"_s);
        m_pass = m_dir.filePath(u"pass.txt"_s);
        writeAll(m_pass, "a long and good passphrase\n");
        const ProgramRun keygen
            = admin({ u"keygen"_s, u"--out"_s, m_keys, u"--passphrase-file"_s, m_pass });
        QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));

        const EnvelopeSealer sealer = makeSealer();
        const QList<Survey> surveys = loadRealSurveys();
        QRandomGenerator random(42);
        auto make = [&](const QString &folder, const Survey &survey, int count, bool comments) {
            QDir().mkpath(folder);
            for (int i = 0; i < count; ++i) {
                const QDate day = QDate(2026, 3, 2).addDays(i % 20);
                const auto mode
                    = i % 3 == 0 ? CompletionMode::ChildWithHelp : CompletionMode::ChildAlone;
                const QString text
                    = comments && i % 4 == 0 ? QString::fromLatin1(Marker) : QString();
                const auto envelopes = respond(sealer, survey, day, random, text, mode,
                                               i % 7 == 0 ? u"cy"_s : u"en"_s);
                for (qsizetype e = 0; e < envelopes.size(); ++e)
                    writeAll(QDir(folder).filePath(u"%1-%2-%3.henv"_s.arg(survey.id).arg(i).arg(e)),
                             envelopes.at(e));
            }
        };
        m_now = m_dir.filePath(u"now"_s);
        m_then = m_dir.filePath(u"then"_s);
        make(m_now, surveys.at(0), 3, false); // 4-7: a small band
        make(m_now, surveys.at(1), 24, false);
        make(m_now, surveys.at(2), 20, true);
        make(m_then, surveys.at(1), 20, false);
        make(m_then, surveys.at(2), 10, true);

        m_out = qEnvironmentVariableIsSet("HEARD_REPORT_KEEP")
            ? qEnvironmentVariable("HEARD_REPORT_KEEP")
            : m_dir.filePath(u"out"_s);
        m_run = admin({ u"report"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass,
                        u"--out"_s, m_out, u"--compare"_s, m_then, m_now });
    }

    void exitsCleanly()
    {
        QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.err));
        QVERIFY2(m_run.err.contains(u"into 47 responses"_s), qPrintable(m_run.err));
        QVERIFY(!m_run.err.contains(QString::fromLatin1(Marker)));
    }

    void everyFileIsWritten_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             { "report.html", "report.pdf", "indicators.csv", "what-you-told-us.html",
               "what-you-told-us.pdf", "comments-for-review.csv" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyFileIsWritten()
    {
        QFETCH(QString, name);
        QVERIFY(QFileInfo(QDir(m_out).filePath(name)).size() > 200);
    }

    void htmlIsSelfContained_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("report") << u"report.html"_s;
        QTest::newRow("children") << u"what-you-told-us.html"_s;
    }
    void htmlIsSelfContained()
    {
        QFETCH(QString, name);
        QString html = QString::fromUtf8(readFileBytes(QDir(m_out).filePath(name)));
        QVERIFY(html.contains(u"<svg"_s));
        // The SVG namespace is a name, not a link; nothing else may point outside the file.
        html.remove(u"xmlns=\"http://www.w3.org/2000/svg\""_s);
        for (const QString &bad : { u"http:"_s, u"https:"_s, u"src="_s, u"<link"_s, u"@import"_s,
                                    u"<script"_s, u"file:"_s })
            QVERIFY2(!html.contains(bad, Qt::CaseInsensitive), qPrintable(bad));
        QVERIFY(!html.contains(QRegularExpression(u"url\\((?!#)"_s)));
        QVERIFY(html.contains(u"@media print"_s));
    }

    void chartsHaveTextAlternatives()
    {
        const QString html
            = QString::fromUtf8(readFileBytes(QDir(m_out).filePath(u"report.html"_s)));
        const int charts = int(html.count(u"role=\"img\""_s));
        QVERIFY(charts >= 6);
        QCOMPARE(int(html.count(u"<desc id="_s)), charts);
        QCOMPARE(int(html.count(u"aria-label="_s)), charts);
        QVERIFY(html.contains(u"#0072B2"_s)); // Okabe-Ito
        QVERIFY(html.contains(u"class=\"hatch\""_s)); // hatching for black and white print
    }

    void indicatorsCsv()
    {
        const QList<QByteArray> lines
            = readFileBytes(QDir(m_out).filePath(u"indicators.csv"_s)).mid(3).split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("indicator,domain,description,age_band,respondents,"
                            "positive,percentage,suppressed,note\r"));
        QHash<QString, QList<QStringList>> byIndicator;
        int small = 0;
        for (const QByteArray &line : lines.mid(1)) {
            if (line.isEmpty())
                continue;
            // Descriptions hold no quotes or commas except quoted ones: take fields from the end
            // (the last, the note, says why a row is hidden).
            QStringList f = QString::fromUtf8(line.trimmed()).split(u',');
            const QString note = f.last();
            f.removeLast();
            const QStringList tail = f.mid(f.size() - 5);
            byIndicator[f.first()].append(tail);
            if (tail.at(4) == u"yes") {
                QVERIFY2(tail.at(1).isEmpty() && tail.at(2).isEmpty() && tail.at(3).isEmpty(),
                         line.constData());
                QVERIFY2(note == u"fewer than 5" || note == u"hidden to protect a small group",
                         line.constData());
                ++small;
            } else {
                QVERIFY2(note.isEmpty(), line.constData());
                const int respondents = tail.at(1).toInt();
                QVERIFY2(respondents >= 5, line.constData());
                QCOMPARE(tail.at(3),
                         QString::number(100.0 * tail.at(2).toInt() / respondents, 'f', 1));
            }
        }
        QVERIFY2(small > 0, "the 4-7 band has 3 children: its cells must be suppressed");
        // Secondary suppression: never exactly one hidden band beside a shown total.
        for (auto it = byIndicator.cbegin(); it != byIndicator.cend(); ++it) {
            int hidden = 0;
            bool totalShown = false;
            for (const QStringList &row : it.value()) {
                if (row.at(0) == u"all")
                    totalShown = row.at(4) == u"no";
                else
                    hidden += row.at(4) == u"yes";
            }
            QVERIFY2(!(totalShown && hidden == 1), qPrintable(it.key()));
        }
        QVERIFY(byIndicator.contains(u"TR03"_s));
    }

    void pdfPagesAndText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("minPages");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("report") << u"report.pdf"_s << 4
                                << QStringList { u"Heard: what children and young people told us"_s,
                                                 u"Overall well-being"_s,
                                                 u"Trusting relationships"_s,
                                                 u"fewer than 5"_s,
                                                 u"Changes since the last round"_s,
                                                 u"How surveys were completed"_s,
                                                 u"Data quality"_s };
        QTest::newRow("children") << u"what-you-told-us.pdf"_s << 2
                                  << QStringList { u"What you told us"_s, u"Thank you!"_s,
                                                   u"What happens next"_s };
    }
    void pdfPagesAndText()
    {
        QFETCH(QString, name);
        QFETCH(int, minPages);
        QFETCH(QStringList, expected);
        const QString path = QDir(m_out).filePath(name);
        QVERIFY(readFileBytes(path).startsWith("%PDF-"));
        const ProgramRun info = run(u"pdfinfo"_s, { path });
        QCOMPARE(info.exitCode, 0);
        const auto pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info.out);
        QVERIFY(pages.hasMatch());
        QVERIFY2(pages.captured(1).toInt() >= minPages, qPrintable(pages.captured(1)));
        const ProgramRun text = run(u"pdftotext"_s, { path, u"-"_s });
        QCOMPARE(text.exitCode, 0);
        const QString flat = text.out.simplified();
        for (const QString &want : expected)
            QVERIFY2(flat.contains(want), qPrintable(want));
        QVERIFY(!flat.contains(QString::fromLatin1(Marker)));
        // The first page opens with the title and, for the LA, how to read the figures.
        const ProgramRun first
            = run(u"pdftotext"_s, { u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, path, u"-"_s });
        QVERIFY(first.out.simplified().contains(expected.first()));
        if (name == u"report.pdf")
            QVERIFY(first.out.simplified().contains(u"How to read this report"_s));
    }

    void freeTextOnlyInComments_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : { "report.html", "indicators.csv", "what-you-told-us.html",
                                  "report.pdf", "what-you-told-us.pdf" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void freeTextOnlyInComments()
    {
        QFETCH(QString, name);
        QVERIFY(!readFileBytes(QDir(m_out).filePath(name)).contains(Marker));
    }

    void commentsForReview()
    {
        const QString path = QDir(m_out).filePath(u"comments-for-review.csv"_s);
        const QByteArray csv = readFileBytes(path);
        QVERIFY(csv.mid(3).startsWith("# SENSITIVE:"));
        // 20 young people, every fourth wrote a comment: 5, and no session ids beside them.
        QCOMPARE(int(csv.count(Marker)), 5);
        QVERIFY(!csv.contains("session"));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    void thresholdBelowThreeIsRefused_data()
    {
        QTest::addColumn<QString>("threshold");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("2") << u"2"_s << 2;
        QTest::newRow("0") << u"0"_s << 2;
        QTest::newRow("words") << u"five"_s << 2;
    }
    void thresholdBelowThreeIsRefused()
    {
        QFETCH(QString, threshold);
        QFETCH(int, exitCode);
        const ProgramRun r
            = admin({ u"report"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass, u"--out"_s,
                      m_dir.filePath(u"refused"_s), u"--threshold"_s, threshold, m_now });
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(u"at least 3"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"refused/report.html"_s)));
    }

    void higherThresholdHidesMore()
    {
        const QString out = m_dir.filePath(u"t25"_s);
        const ProgramRun r = admin({ u"report"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s,
                                     m_pass, u"--out"_s, out, u"--threshold"_s, u"25"_s, m_now });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString html = QString::fromUtf8(readFileBytes(QDir(out).filePath(u"report.html"_s)));
        QVERIFY(html.contains(u"fewer than 25"_s));
        // 24 and 20 children: every band is hidden, and the total shown is 47 or hidden.
        const QByteArray csv = readFileBytes(QDir(out).filePath(u"indicators.csv"_s));
        QVERIFY(!csv.contains(",8-11,24,"));
    }

    /// A kiosk's outbox file is a source like a folder: the 8-11 envelopes, copied into one.
    void outboxFileIsASource()
    {
        const QString path = m_dir.filePath(u"outbox.sqlite"_s);
        {
            auto store = OutboxStore::open(path);
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
            QDir now(m_now);
            for (const QString &name : now.entryList({ u"children-8-11-*.henv"_s }, QDir::Files)) {
                const QByteArray bytes = readFileBytes(now.filePath(name));
                const auto header = EnvelopeHeader::decode(bytes);
                QVERIFY(header.ok());
                OutboxRecord record;
                record.recordId = header->recordId;
                record.surveyId = header->surveyId;
                record.day = header->day;
                record.kind = envelopeKindCode(header->kind);
                record.envelope = bytes;
                QVERIFY(store.value()->append(record).ok());
            }
        }
        const QString out = m_dir.filePath(u"from-outbox"_s);
        const ProgramRun r = admin({ u"report"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s,
                                     m_pass, u"--out"_s, out, path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"into 24 responses"_s), qPrintable(r.err));
        QVERIFY(readFileBytes(QDir(out).filePath(u"indicators.csv"_s)).contains(",8-11,24,"));
    }

    /// A published version 2 with a question version 1 lacks, and its answers, all in the inbox:
    /// placed on version 2 with no warning; answers to an unpublished version 3 are named.
    void publishedVersionsFromTheInbox()
    {
        const QString inbox = publishVersion2(u"inbox.sqlite"_s);
        QVERIFY(!inbox.isEmpty());
        const Survey v2 = m_v2.value();
        Survey v3 = v2;
        v3.version = 3;
        {
            auto store = InboxStore::open(inbox);
            QVERIFY(store.ok());
            const EnvelopeSealer sealer = makeSealer();
            QRandomGenerator random(7);
            QList<IncomingRecord> records;
            for (int i = 0; i < 7; ++i) {
                const auto envelopes
                    = respond(sealer, i < 6 ? v2 : v3, QDate(2026, 3, 2), random, QString());
                for (const QByteArray &bytes : envelopes)
                    records.append({ EnvelopeHeader::decode(bytes)->recordId, bytes });
            }
            QVERIFY(store.value()
                        ->storeBatch(u"k"_s, "device", "hash", records,
                                     [](const QList<StoreOutcome> &) { return QByteArray("ok"); })
                        .ok());
        }
        const QString out = m_dir.filePath(u"from-inbox"_s);
        const ProgramRun r = admin({ u"report"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s,
                                     m_pass, u"--out"_s, out, inbox });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"into 7 responses"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"version 2"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"1 response to children-8-11 version 3: no definition"_s),
                 qPrintable(r.err));
        const QString html = QString::fromUtf8(readFileBytes(QDir(out).filePath(u"report.html"_s)));
        QVERIFY(html.contains(u"no definition for: children-8-11 version 3"_s));

        // The same answers from envelope files, without the inbox: version 2 is named too.
        const QString files = m_dir.filePath(u"v2-files"_s);
        QDir().mkpath(files);
        auto store = InboxStore::open(inbox);
        QVERIFY(store.ok());
        const auto envelopes = store.value()->envelopes();
        QVERIFY(envelopes.ok());
        for (qsizetype i = 0; i < envelopes->size(); ++i)
            writeAll(QDir(files).filePath(u"%1.henv"_s.arg(i)), envelopes->at(i));
        const ProgramRun alone
            = admin({ u"report"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass, u"--out"_s,
                      m_dir.filePath(u"from-files"_s), files });
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.err));
        QVERIFY2(alone.err.contains(u"6 responses to children-8-11 version 2: no definition"_s),
                 qPrintable(alone.err));
    }

    /// A published definition whose signature does not verify stops the report, naming it.
    void tamperedPublishedDefinitionIsAnError()
    {
        const QString inbox = publishVersion2(u"tampered.sqlite"_s);
        QVERIFY(!inbox.isEmpty());
        {
            auto store = InboxStore::open(inbox);
            QVERIFY(store.ok());
            const auto published = store.value()->surveyDefinitions();
            QVERIFY(published.ok() && published->size() == 1);
            // Version 2's signature over version 4's bytes.
            QJsonObject object = QJsonDocument::fromJson(published->first().signedBytes).object();
            const QByteArray v4
                = QByteArray::fromBase64(object.value(u"definition"_s).toString().toLatin1())
                      .replace("\"version\": 2", "\"version\": 4");
            object.insert(u"definition"_s, QString::fromLatin1(v4.toBase64()));
            InboxSurveyDefinition tampered = published->first();
            tampered.version = 4;
            tampered.signedBytes = QJsonDocument(object).toJson();
            QVERIFY(store.value()->addSurveyDefinition(tampered).ok());
        }
        const ProgramRun r
            = admin({ u"report"_s, u"--keys"_s, m_keys, u"--passphrase-file"_s, m_pass, u"--out"_s,
                      m_dir.filePath(u"tampered"_s), inbox, m_now });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"survey children-8-11 version 4 does not verify"_s),
                 qPrintable(r.err));
    }

private:
    EnvelopeSealer makeSealer() const
    {
        const QByteArray root = QByteArray::fromBase64(
            readFileBytes(QDir(m_keys).filePath(u"la-root.pub"_s)).trimmed());
        auto bundle
            = KeyBundle::verify(readFileBytes(QDir(m_keys).filePath(u"key-bundle.json"_s)), root);
        const LaPublicKey key = bundle.value().sealingKeyFor(QDate::currentDate()).value();
        return EnvelopeSealer(randomDevice(), key.publicKey);
    }

    /// Publishes children-8-11 version 2, with a copy of life_happy under a new id, to a
    /// new inbox database @p name; returns its spec (empty on failure) and keeps the survey.
    QString publishVersion2(const QString &name)
    {
        const QString source = QStringLiteral(HEARD_SOURCE_DIR "/survey_definitions/");
        QJsonObject survey
            = QJsonDocument::fromJson(readFileBytes(source + u"children-8-11.json"_s)).object();
        survey.insert(u"version"_s, 2);
        QJsonArray sections = survey.value(u"sections"_s).toArray();
        for (qsizetype s = 0; s < sections.size(); ++s) {
            QJsonObject section = sections.at(s).toObject();
            QJsonArray questions = section.value(u"questions"_s).toArray();
            for (qsizetype i = 0; i < questions.size(); ++i) {
                QJsonObject q = questions.at(i).toObject();
                if (q.value(u"id"_s).toString() != u"life_happy"_s)
                    continue;
                q.insert(u"id"_s, u"life_happy_today"_s);
                questions.insert(i + 1, q);
                section.insert(u"questions"_s, questions);
                sections.replace(s, section);
                break;
            }
        }
        survey.insert(u"sections"_s, sections);
        const QByteArray bytes = QJsonDocument(survey).toJson();
        const QString file = m_dir.filePath(u"children-8-11-v2.json"_s);
        writeAll(file, bytes);

        const QString framework = source + u"framework/wellbeing-framework.csv"_s;
        const QString spec = u"sqlite:"_s + m_dir.filePath(name);
        const ProgramRun published
            = admin({ u"publish-survey"_s, u"--db"_s, spec, u"--keys"_s, m_keys,
                      u"--passphrase-file"_s, m_pass, u"--framework"_s, framework, u"--assets"_s,
                      QStringLiteral(HEARD_SOURCE_DIR "/assets"), file });
        if (published.exitCode != 0) {
            qWarning("%s", qPrintable(published.err + published.out));
            return {};
        }
        static const Framework kept = Framework::loadCsv(framework).value();
        auto loaded = SurveyLoader(kept, QString()).load(bytes, file);
        if (!loaded.ok()) {
            for (const LoadProblem &problem : loaded.problems)
                qWarning("%s", qPrintable(problem.toString()));
            return {};
        }
        m_v2 = *loaded.survey;
        if (!m_v2->question(u"life_happy_today"_s))
            return {};
        return spec;
    }

    QTemporaryDir m_dir;
    std::optional<Survey> m_v2;
    QString m_keys, m_pass, m_now, m_then, m_out;
    ProgramRun m_run;
};

QTEST_GUILESS_MAIN(TestAdminReport)
#include "tst_admin_report.moc"
