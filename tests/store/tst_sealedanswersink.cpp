// Answers through the sealed sink: they become envelopes only the LA key opens, withdrawal
// removes them, no plaintext reaches any file, and a full disk surfaces as an error.

#include "crypto/envelope.h"
#include "crypto/responsepayload.h"
#include "session/answersink.h"
#include "store/devicestorage.h"
#include "store/outboxstore.h"
#include "storetestutil.h"
#include "util/errorcode.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

struct LaKey
{
    QByteArray publicKey;
    SecureBytes secretKey;
};

LaKey newLaKey()
{
    LaKey key;
    key.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    key.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<uchar *>(key.publicKey.data()), key.secretKey.data());
    return key;
}

Survey testSurvey()
{
    Survey survey;
    survey.id = u"children-8-11"_s;
    survey.version = 3;
    survey.ageBand = u"8-11"_s;
    survey.languages = { u"en"_s };
    Section section;
    section.id = u"s1"_s;
    Question safe;
    safe.id = u"q-safe"_s;
    safe.sectionId = section.id;
    safe.kind = QuestionKind::YesNo;
    safe.choices = { Choice { u"yes"_s, {}, {}, {} }, Choice { u"no"_s, {}, {}, {} } };
    safe.measures = { Measure { u"feel-safe"_s, { u"yes"_s } } };
    Question words;
    words.id = u"q-words"_s;
    words.sectionId = section.id;
    words.kind = QuestionKind::FreeText;
    words.maxLength = 500;
    Question info;
    info.id = u"q-info"_s;
    info.kind = QuestionKind::Info;
    section.questions = { safe, words, info };
    survey.sections = { section };
    return survey;
}

SessionInfo newSession(const Survey &survey)
{
    SessionInfo session;
    session.sessionId = QUuid::createUuid();
    session.surveyId = survey.id;
    session.surveyVersion = survey.version;
    session.ageBand = survey.ageBand;
    session.language = u"en"_s;
    session.day = QDate(2026, 11, 27);
    return session;
}

AnswerRecord choiceAnswer(const QString &code, int sequence)
{
    AnswerRecord answer;
    answer.questionId = u"q-safe"_s;
    answer.codes = { code };
    answer.sequence = sequence;
    return answer;
}

AnswerRecord textAnswer(const QString &text, int sequence)
{
    AnswerRecord answer;
    answer.questionId = u"q-words"_s;
    answer.freeText = text;
    answer.sequence = sequence;
    return answer;
}

} // namespace

class TestSealedAnswerSink : public QObject
{
    Q_OBJECT

    LaKey m_la = newLaKey();
    Survey m_survey = testSurvey();

    std::unique_ptr<DeviceStorage> openStorage(const QString &dir)
    {
        auto storage = DeviceStorage::open(dir, m_la.publicKey);
        if (!storage) {
            qWarning("storage: %s", qPrintable(storage.error().message));
            return {};
        }
        return std::move(storage).value();
    }

    EnvelopeOpener opener()
    {
        EnvelopeOpener opener;
        if (!opener.addKeyPair(m_la.publicKey, m_la.secretKey).ok()) {
            qFatal("LA key pair refused");
        }
        return opener;
    }

private slots:
    void answersBecomeEnvelopesTheLaCanOpen()
    {
        QTemporaryDir dir;
        auto storage = openStorage(dir.path());
        QVERIFY(storage);
        auto sink = storage->sinkFor(m_survey);
        const SessionInfo session = newSession(m_survey);
        QVERIFY(sink->recordAnswer(session, choiceAnswer(u"yes"_s, 1)).ok());
        QVERIFY(sink->recordAnswer(session, textAnswer(u"my words"_s, 2)).ok());
        // Durable before returning: already in the file, but not sendable while the session is
        // open.
        QCOMPARE(storage->outbox().totalCount().value(), 2);
        QCOMPARE(storage->outbox().pendingCount().value(), 0);

        SessionSummary summary;
        summary.outcome = SessionOutcome::Completed;
        summary.answered = 2;
        summary.shown = 2;
        QVERIFY(sink->finishSession(session, summary).ok());
        const QList<OutboxRecord> records = storage->outbox().pending(10).value();
        QCOMPARE(records.size(), 3);

        // The admin path reads the same bytes from the file.
        auto fromFile = OutboxStore::readEnvelopes(
            QDir(dir.path()).filePath(DeviceStorage::outboxFileName()));
        QVERIFY(fromFile.ok());
        QCOMPARE(fromFile->size(), 3);

        const EnvelopeOpener la = opener();
        QSet<QUuid> ids;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(fromFile->at(i), records[i].envelope);
            auto opened = la.open(records[i].envelope);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            const EnvelopeHeader &header = opened->header;
            QCOMPARE(header.recordId, records[i].recordId);
            QCOMPARE(header.surveyId, m_survey.id);
            QCOMPARE(int(header.surveyVersion), m_survey.version);
            QCOMPARE(header.day, session.day);
            QCOMPARE(header.devicePublicKey, storage->devicePublicKey());
            QVERIFY(records[i].sessionId.isNull());
            ids.insert(header.recordId);
            const EnvelopeKind kind = i < 2 ? EnvelopeKind::Answer : EnvelopeKind::SessionEnd;
            QCOMPARE(header.kind, kind);
            QCOMPARE(records[i].kind, envelopeKindCode(kind));
            auto payload = decodeResponsePayload(kind, opened->payload);
            QVERIFY(payload.ok());
            QCOMPARE(payload->sessionId, session.sessionId);
            if (i == 0) {
                QCOMPARE(payload->questionId, u"q-safe"_s);
                QCOMPARE(payload->codes, QStringList { u"yes"_s });
                QCOMPARE(payload->positive, QStringList { u"feel-safe"_s });
            } else if (i == 1) {
                QCOMPARE(payload->questionId, u"q-words"_s);
                QCOMPARE(payload->text.value_or(QString()), u"my words"_s);
            } else {
                QCOMPARE(payload->outcome, sessionOutcomeCode(SessionOutcome::Completed));
                QCOMPARE(payload->answered, 2);
            }
        }
        QCOMPARE(ids.size(), 3); // a fresh record id per envelope

        // A wrong LA key opens nothing: the device itself could not read these back.
        EnvelopeOpener stranger;
        const LaKey other = newLaKey();
        QVERIFY(stranger.addKeyPair(other.publicKey, other.secretKey).ok());
        QVERIFY(!stranger.open(records[0].envelope).ok());
    }

    void refusesWhatItCannotSeal()
    {
        QTemporaryDir dir;
        auto storage = openStorage(dir.path());
        QVERIFY(storage);
        auto sink = storage->sinkFor(m_survey);
        SessionInfo session = newSession(m_survey);
        AnswerRecord unknown = choiceAnswer(u"yes"_s, 1);
        unknown.questionId = u"q-nope"_s;
        QCOMPARE(sink->recordAnswer(session, unknown).error().code, ErrorCode::UnknownQuestion);
        AnswerRecord info = choiceAnswer(u"yes"_s, 1);
        info.questionId = u"q-info"_s;
        QCOMPARE(sink->recordAnswer(session, info).error().code, ErrorCode::UnknownQuestion);
        session.surveyVersion = 2;
        QCOMPARE(sink->recordAnswer(session, choiceAnswer(u"yes"_s, 1)).error().code,
                 ErrorCode::SurveyMismatch);
        QCOMPARE(storage->outbox().totalCount().value(), 0);
    }

    void changedAnswerReplacesTheEarlierEnvelope()
    {
        QTemporaryDir dir;
        auto storage = openStorage(dir.path());
        QVERIFY(storage);
        auto sink = storage->sinkFor(m_survey);
        const SessionInfo session = newSession(m_survey);
        const SessionInfo other = newSession(m_survey);
        QVERIFY(sink->recordAnswer(other, choiceAnswer(u"yes"_s, 1)).ok());
        QVERIFY(sink->recordAnswer(session, choiceAnswer(u"yes"_s, 1)).ok());
        QVERIFY(sink->recordAnswer(session, textAnswer(u"first words"_s, 2)).ok());
        QVERIFY(sink->recordAnswer(session, choiceAnswer(u"no"_s, 3)).ok()); // went back
        QCOMPARE(storage->outbox().totalCount().value(), 3);
        QVERIFY(sink->finishSession(session, SessionSummary {}).ok());
        QVERIFY(sink->finishSession(other, SessionSummary {}).ok());

        const EnvelopeOpener la = opener();
        QStringList safeCodes;
        const QList<OutboxRecord> records = storage->outbox().pending(10).value();
        QCOMPARE(records.size(), 5);
        for (const OutboxRecord &record : records) {
            auto opened = la.open(record.envelope);
            QVERIFY(opened.ok());
            if (opened->header.kind != EnvelopeKind::Answer) {
                continue;
            }
            auto payload = decodeResponsePayload(EnvelopeKind::Answer, opened->payload);
            QVERIFY(payload.ok());
            if (payload->sessionId == session.sessionId && payload->questionId == u"q-safe"_s) {
                safeCodes += payload->codes;
            }
        }
        QCOMPARE(safeCodes, QStringList { u"no"_s });
    }

    void withdrawalRemovesTheSession()
    {
        QTemporaryDir dir;
        auto storage = openStorage(dir.path());
        QVERIFY(storage);
        auto sink = storage->sinkFor(m_survey);
        const SessionInfo earlier = newSession(m_survey);
        QVERIFY(sink->recordAnswer(earlier, choiceAnswer(u"no"_s, 1)).ok());
        QVERIFY(sink->finishSession(earlier, SessionSummary {}).ok());

        const SessionInfo session = newSession(m_survey);
        QVERIFY(sink->recordAnswer(session, choiceAnswer(u"yes"_s, 1)).ok());
        QVERIFY(sink->recordAnswer(session, textAnswer(u"take it back"_s, 2)).ok());
        QCOMPARE(storage->outbox().totalCount().value(), 4);
        QVERIFY(sink->withdrawSession(session).ok());
        QCOMPARE(storage->outbox().totalCount().value(), 2);
        QCOMPARE(storage->outbox().pendingCount().value(), 2);
    }

    void canaryNeverReachesDisk()
    {
        QTemporaryDir dir;
        const QByteArray marker = "CANARY-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QString markerText = QString::fromLatin1(marker);
        QList<QByteArray> sealed;
        {
            auto storage = openStorage(dir.path());
            QVERIFY(storage);
            auto sink = storage->sinkFor(m_survey);
            // One finished session, one withdrawn, one left open (as if the app were killed).
            for (int round = 0; round < 3; ++round) {
                const SessionInfo session = newSession(m_survey);
                QVERIFY(sink->recordAnswer(session, choiceAnswer(markerText, 1)).ok());
                QVERIFY(sink->recordAnswer(session, textAnswer(u"secret "_s + markerText, 2)).ok());
                QVERIFY(sink->recordAnswer(session, textAnswer(markerText.repeated(40), 3)).ok());
                if (round == 0) {
                    QVERIFY(sink->finishSession(session, SessionSummary {}).ok());
                } else if (round == 1) {
                    QVERIFY(sink->withdrawSession(session).ok());
                }
            }
            const QList<OutboxRecord> pending = storage->outbox().pending(100).value();
            for (const OutboxRecord &record : pending) {
                sealed.append(record.envelope);
            }
            // Scan while the store is open (WAL and -shm in use) ...
            QCOMPARE(filesContaining(dir.path(), marker), QStringList());
            QCOMPARE(filesContaining(dir.path(), marker.toLower()), QStringList());
            QCOMPARE(filesContaining(dir.path(), QString::fromLatin1(marker).toUtf8().toBase64()),
                     QStringList());
        }
        // ... and after it closed.
        QCOMPARE(filesContaining(dir.path(), marker), QStringList());
        // The scan does see what is really on disk (envelope bytes), so the absence means
        // something.
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!filesContaining(dir.path(), sealed.first().right(64)).isEmpty());
        // And the LA can still read the marker out of them.
        const EnvelopeOpener la = opener();
        auto opened = la.open(sealed.first());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(opened->payload.contains(marker));
    }

    void diskFullSurfacesAndLosesNothing()
    {
        QTemporaryDir dir;
        auto storage = openStorage(dir.path());
        QVERIFY(storage);
        auto sink = storage->sinkFor(m_survey);
        const SessionInfo session = newSession(m_survey);
        QVERIFY(sink->recordAnswer(session, choiceAnswer(u"yes"_s, 1)).ok());
        QSqlQuery query(QSqlDatabase::database(storage->outbox().connectionName(), false));
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const qint64 pages = query.value(0).toLongLong();
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 4)));

        int saved = 1;
        Result<void> last;
        for (int i = 2; i < 2000 && last.ok(); ++i) {
            // A session each, so no answer supersedes another.
            last = sink->recordAnswer(newSession(m_survey), textAnswer(QString(400, u'x'), i));
            saved += last.ok() ? 1 : 0;
        }
        QVERIFY(!last.ok());
        QCOMPARE(last.error().code, ErrorCode::DiskFull);
        QCOMPARE(storage->outbox().totalCount().value(), saved);

        QVERIFY(query.exec(u"PRAGMA max_page_count = 1000000"_s));
        query.finish();
        QVERIFY(sink->recordAnswer(session, textAnswer(u"again"_s, 5000)).ok());
        QVERIFY(sink->finishSession(session, SessionSummary {}).ok());
        QCOMPARE(storage->outbox().totalCount().value(), saved + 2);
        QVERIFY(storage->outbox().verifyIntegrity().ok());
    }

    void storageRefusesABadLaKey()
    {
        QTemporaryDir dir;
        auto storage = DeviceStorage::open(dir.path(), QByteArray(31, 'k'));
        QVERIFY(!storage.ok());
        QCOMPARE(storage.error().code, ErrorCode::BadLaKey);
    }

    void storageKeepsIdentityAndTidiesAfterCrashes()
    {
        QTemporaryDir dir;
        QByteArray device;
        {
            auto storage = openStorage(dir.path());
            QVERIFY(storage);
            QVERIFY(storage->notices().isEmpty());
            device = storage->devicePublicKey();
            auto sink = storage->sinkFor(m_survey);
            // Interrupted session: never finished.
            QVERIFY(sink->recordAnswer(newSession(m_survey), choiceAnswer(u"yes"_s, 1)).ok());
        }
        {
            auto storage = openStorage(dir.path());
            QVERIFY(storage);
            QCOMPARE(storage->devicePublicKey(), device);
            QCOMPARE(storage->notices().size(), 1); // the interrupted session was kept
            QCOMPARE(storage->outbox().pendingCount().value(), 1);
        }
        // A damaged outbox is moved aside and reported; a fresh one takes answers.
        const QString path = QDir(dir.path()).filePath(DeviceStorage::outboxFileName());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(9000, '\x5a'));
        file.close();
        auto storage = openStorage(dir.path());
        QVERIFY(storage);
        QCOMPARE(storage->notices().size(), 1);
        QVERIFY(storage->notices().first().contains(u".corrupt-"_s));
        QVERIFY(storage->notices().first().contains(path));
        QCOMPARE(storage->outbox().totalCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSealedAnswerSink)
#include "tst_sealedanswersink.moc"
