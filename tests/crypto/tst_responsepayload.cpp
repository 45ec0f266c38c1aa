// The JSON inside the sealed box: what is encoded, and strict decoding.
#include "crypto/responsepayload.h"
#include "util/errorcode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

SessionInfo session()
{
    SessionInfo s;
    s.sessionId = QUuid::createUuid();
    s.surveyId = u"children-4-7"_s;
    s.surveyVersion = 1;
    s.ageBand = u"4-7"_s;
    s.language = u"en"_s;
    s.completionMode = CompletionMode::AdultReadAloud;
    s.day = QDate(2026, 11, 27);
    return s;
}

Question question(QuestionKind kind)
{
    Question q;
    q.id = u"q1"_s;
    q.kind = kind;
    q.measures
        = { Measure { u"ind-a"_s, { u"yes"_s } }, Measure { u"ind-b"_s, { u"no"_s, u"maybe"_s } } };
    return q;
}

} // namespace

class TestResponsePayload : public QObject
{
    Q_OBJECT

private slots:
    void answerRoundTrip_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("special");
        QTest::addColumn<QStringList>("positive");
        QTest::newRow("positive for a")
            << QStringList { u"yes"_s } << QString() << QStringList { u"ind-a"_s };
        QTest::newRow("positive for b")
            << QStringList { u"maybe"_s } << QString() << QStringList { u"ind-b"_s };
        QTest::newRow("both") << QStringList { u"yes"_s, u"no"_s } << QString()
                              << QStringList { u"ind-a"_s, u"ind-b"_s };
        QTest::newRow("neither") << QStringList { u"other"_s } << QString() << QStringList {};
        QTest::newRow("dont know") << QStringList {} << u"dont_know"_s << QStringList {};
        QTest::newRow("rather not say") << QStringList {} << u"rather_not_say"_s << QStringList {};
        QTest::newRow("skip") << QStringList {} << u"skip"_s << QStringList {};
    }

    void answerRoundTrip()
    {
        QFETCH(QStringList, codes);
        QFETCH(QString, special);
        QFETCH(QStringList, positive);
        const SessionInfo s = session();
        AnswerRecord answer { u"q1"_s, codes, std::nullopt, QString(), 9 };
        if (!special.isEmpty())
            answer.special = specialAnswerFromCode(special);
        const QByteArray json
            = encodeAnswerPayload(s, answer, question(QuestionKind::MultipleChoice));
        const auto decoded = decodeResponsePayload(EnvelopeKind::Answer, json);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(decoded->sessionId, s.sessionId);
        QCOMPARE(decoded->language, u"en"_s);
        QCOMPARE(decoded->ageBand, u"4-7"_s);
        QCOMPARE(decoded->completionMode, u"adult_read_aloud"_s);
        QCOMPARE(decoded->questionId, u"q1"_s);
        QCOMPARE(decoded->codes, codes);
        QCOMPARE(decoded->special, special);
        QCOMPARE(decoded->sequence, 9);
        QCOMPARE(decoded->indicators, (QStringList { u"ind-a"_s, u"ind-b"_s }));
        QCOMPARE(decoded->positive, positive);
        QVERIFY(!decoded->text.has_value());
        // Nothing identifying beyond the session: no survey id, no time of day.
        QVERIFY(!json.contains("children-4-7"));
    }

    void freeTextOnlyForFreeTextQuestions()
    {
        AnswerRecord answer { u"q1"_s, {}, std::nullopt, u"I like my room"_s, 1 };
        const auto text = decodeResponsePayload(
            EnvelopeKind::Answer,
            encodeAnswerPayload(session(), answer, question(QuestionKind::FreeText)));
        QVERIFY(text.ok());
        QCOMPARE(text->text.value_or(QString()), u"I like my room"_s);
        const auto notText = decodeResponsePayload(
            EnvelopeKind::Answer,
            encodeAnswerPayload(session(), answer, question(QuestionKind::YesNo)));
        QVERIFY(notText.ok());
        QVERIFY(!notText->text.has_value());
    }

    void sessionEndRoundTrip()
    {
        SessionSummary summary;
        summary.outcome = SessionOutcome::TimedOut;
        summary.completionMode = CompletionMode::ChildWithHelp;
        summary.answered = 7;
        summary.shown = 9;
        summary.askedToTalk = true;
        const auto decoded = decodeResponsePayload(EnvelopeKind::SessionEnd,
                                                   encodeSessionEndPayload(session(), summary));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->outcome, u"timed_out"_s);
        QCOMPARE(decoded->completionMode, u"child_with_help"_s);
        QCOMPARE(decoded->answered, 7);
        QCOMPARE(decoded->shown, 9);
        QVERIFY(decoded->askedToTalk);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("json");
        const QByteArray base
            = R"("v":1,"session":"3f2c6a1e-5b7d-4c8e-9a0f-1d2e3f405162","language":"en","ageBand":"4-7","completionMode":"child_alone")";
        const int answer = int(EnvelopeKind::Answer);
        const int end = int(EnvelopeKind::SessionEnd);
        QTest::newRow("not json") << answer << QByteArray("nope");
        QTest::newRow("array") << answer << QByteArray("[]");
        QTest::newRow("version 2")
            << answer
            << QByteArray(
                   "{" + QByteArray(base).replace("\"v\":1", "\"v\":2")
                   + R"(,"question":"q","codes":[],"special":null,"sequence":1,"indicators":[],"positive":[]})");
        QTest::newRow("no question")
            << answer
            << QByteArray(
                   "{" + base
                   + R"(,"codes":[],"special":null,"sequence":1,"indicators":[],"positive":[]})");
        QTest::newRow("codes not strings")
            << answer
            << QByteArray(
                   "{" + base
                   + R"(,"question":"q","codes":[1],"special":null,"sequence":1,"indicators":[],"positive":[]})");
        QTest::newRow("unknown special")
            << answer
            << QByteArray(
                   "{" + base
                   + R"(,"question":"q","codes":[],"special":"maybe","sequence":1,"indicators":[],"positive":[]})");
        QTest::newRow("fractional sequence")
            << answer
            << QByteArray(
                   "{" + base
                   + R"(,"question":"q","codes":[],"special":null,"sequence":1.5,"indicators":[],"positive":[]})");
        QTest::newRow("unknown mode")
            << answer
            << QByteArray(
                   "{" + QByteArray(base).replace("child_alone", "robot")
                   + R"(,"question":"q","codes":[],"special":null,"sequence":1,"indicators":[],"positive":[]})");
        QTest::newRow("unknown outcome")
            << end
            << QByteArray("{" + base
                          + R"(,"outcome":"exploded","answered":1,"shown":1,"askedToTalk":false})");
        QTest::newRow("negative count")
            << end
            << QByteArray(
                   "{" + base
                   + R"(,"outcome":"completed","answered":-1,"shown":1,"askedToTalk":false})");
        QTest::newRow("no session")
            << end
            << QByteArray(
                   R"({"v":1,"language":"en","ageBand":"4-7","completionMode":"child_alone","outcome":"completed","answered":1,"shown":1,"askedToTalk":false})");
    }

    void rejectsMalformed()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, json);
        const auto decoded = decodeResponsePayload(EnvelopeKind(kind), json);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::MalformedPayload);
    }
};

QTEST_GUILESS_MAIN(TestResponsePayload)
#include "tst_responsepayload.moc"
