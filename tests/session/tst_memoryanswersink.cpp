// MemoryAnswerSink, the sink of previews and "try it" runs: it keeps what a store would keep,
// in memory, and a withdrawal forgets it all.
#include "session/memoryanswersink.h"

#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

AnswerRecord record(const char *question, QStringList codes, int sequence)
{
    AnswerRecord r;
    r.questionId = QString::fromLatin1(question);
    r.codes = std::move(codes);
    r.sequence = sequence;
    return r;
}

} // namespace

class TestMemoryAnswerSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveAnswersAreTheLatestPerQuestion_data()
    {
        QTest::addColumn<QList<AnswerRecord>>("records");
        QTest::addColumn<QStringList>("expected"); // "question=code", sorted

        QTest::newRow("nothing") << QList<AnswerRecord>() << QStringList();
        QTest::newRow("one each") << QList<AnswerRecord> { record("a", { u"yes"_s }, 1),
                                                           record("b", { u"no"_s }, 2) }
                                  << QStringList { u"a=yes"_s, u"b=no"_s };
        QTest::newRow("changed answer")
            << QList<AnswerRecord> { record("a", { u"yes"_s }, 1), record("a", { u"no"_s }, 3) }
            << QStringList { u"a=no"_s };
        QTest::newRow("higher sequence wins, not call order")
            << QList<AnswerRecord> { record("a", { u"no"_s }, 3), record("a", { u"yes"_s }, 1) }
            << QStringList { u"a=no"_s };
        QTest::newRow("retraction drops the question")
            << QList<AnswerRecord> { record("a", { u"yes"_s }, 1), record("b", { u"no"_s }, 2),
                                     record("b", {}, 3) }
            << QStringList { u"a=yes"_s };
    }

    void effectiveAnswersAreTheLatestPerQuestion()
    {
        QFETCH(QList<AnswerRecord>, records);
        QFETCH(QStringList, expected);
        MemoryAnswerSink sink;
        for (const AnswerRecord &r : records)
            QVERIFY(sink.recordAnswer({}, r));
        QCOMPARE(sink.records().size(), records.size());

        QStringList effective;
        const auto answers = sink.effectiveAnswers();
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
            effective.append(it.key() + u'=' + it->codes.join(u','));
        effective.sort();
        QCOMPARE(effective, expected);
    }

    void withdrawingForgetsEverything()
    {
        MemoryAnswerSink sink;
        QVERIFY(sink.recordAnswer({}, record("a", { u"yes"_s }, 1)));
        QVERIFY(sink.finishSession({}, SessionSummary()));
        QCOMPARE(sink.summaries().size(), 1);

        QVERIFY(sink.withdrawSession({}));
        QVERIFY(sink.records().isEmpty());
        QVERIFY(sink.summaries().isEmpty());
        QVERIFY(sink.effectiveAnswers().isEmpty());
        QCOMPARE(sink.withdrawals(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMemoryAnswerSink)
#include "tst_memoryanswersink.moc"
