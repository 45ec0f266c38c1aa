// The JSON inside the sealed box: what is encoded, and strict decoding.
#include "crypto/responsepayload.h"
#include "support/sessioninfos.h"
#include "util/errorcode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

SessionInfo session()
{
    SessionInfo s = newSession(u"children-4-7"_s, 1, u"4-7"_s, QDate(2026, 11, 27));
    s.completionMode = CompletionMode::AdultReadAloud;
    return s;
}

Question question(QuestionKind kind)
{
    return measuredQuestion(
        u"q1"_s, kind,
        { Measure { u"ind-a"_s, { u"yes"_s } }, Measure { u"ind-b"_s, { u"no"_s, u"maybe"_s } } });
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
        // A valid answer or session end, then each row breaks one thing in it.
        const QByteArray answerFields
            = R"("question":"q","codes":[],"special":null,"sequence":1,"indicators":[],"positive":[])";
        const QByteArray endFields
            = R"("outcome":"completed","answered":1,"shown":1,"askedToTalk":false)";
        const auto object = [](const QByteArray &head, const QByteArray &fields) -> QByteArray {
            return "{" + head + "," + fields + "}";
        };
        const auto changed
            = [](QByteArray bytes, const QByteArray &from, const QByteArray &to) -> QByteArray {
            return bytes.replace(from, to);
        };
        QTest::newRow("version 2")
            << answer << object(changed(base, R"("v":1)", R"("v":2)"), answerFields);
        QTest::newRow("no question")
            << answer << object(base, changed(answerFields, R"("question":"q",)", ""));
        QTest::newRow("codes not strings")
            << answer << object(base, changed(answerFields, R"("codes":[])", R"("codes":[1])"));
        QTest::newRow("unknown special")
            << answer
            << object(base, changed(answerFields, R"("special":null)", R"("special":"maybe")"));
        QTest::newRow("fractional sequence")
            << answer
            << object(base, changed(answerFields, R"("sequence":1)", R"("sequence":1.5)"));
        QTest::newRow("unknown mode")
            << answer << object(changed(base, "child_alone", "robot"), answerFields);
        QTest::newRow("unknown outcome")
            << end << object(base, changed(endFields, "completed", "exploded"));
        QTest::newRow("negative count")
            << end << object(base, changed(endFields, R"("answered":1)", R"("answered":-1)"));
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
