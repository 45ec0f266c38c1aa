// ResponseSet: one Response per session, the highest sequence per question wins whatever the
// arrival order, and a retraction (no codes, no special, no text) means "not answered".
#include "report/responseset.h"
#include "support/reportinputs.h"
#include "util/errorcode.h"

#include <QTest>

using namespace heard;
using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

struct Record
{
    int sequence;
    QStringList codes;
    QString special;
};

} // namespace

class TestResponseSet : public QObject
{
    Q_OBJECT

private slots:
    void highestSequenceWins_data()
    {
        QTest::addColumn<QList<Record>>("arrivals");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("special");
        QTest::newRow("one answer") << QList<Record> { { 1, { u"a"_s }, {} } } << true
                                    << QStringList { u"a"_s } << QString();
        QTest::newRow("changed, in order")
            << QList<Record> { { 1, { u"a"_s }, {} }, { 4, { u"b"_s }, {} } } << true
            << QStringList { u"b"_s } << QString();
        QTest::newRow("changed, out of order")
            << QList<Record> { { 4, { u"b"_s }, {} }, { 1, { u"a"_s }, {} } } << true
            << QStringList { u"b"_s } << QString();
        QTest::newRow("answer then special")
            << QList<Record> { { 1, { u"a"_s }, {} }, { 2, {}, u"dont_know"_s } } << true
            << QStringList {} << u"dont_know"_s;
        QTest::newRow("retracted") << QList<Record> { { 1, { u"a"_s }, {} }, { 3, {}, {} } }
                                   << false << QStringList {} << QString();
        QTest::newRow("retraction arrives first")
            << QList<Record> { { 3, {}, {} }, { 1, { u"a"_s }, {} } } << false << QStringList {}
            << QString();
        QTest::newRow("answered again after a retraction")
            << QList<Record> { { 1, { u"a"_s }, {} }, { 3, {}, {} }, { 5, { u"c"_s }, {} } } << true
            << QStringList { u"c"_s } << QString();
    }
    void highestSequenceWins()
    {
        QFETCH(QList<Record>, arrivals);
        ResponseSet set;
        const Child c { sessionId(1), u"s"_s, u"8-11"_s, QDate(2026, 3, 2) };
        for (const Record &r : arrivals)
            answer(set, c, u"q"_s, r.sequence, r.codes, { u"WB01"_s }, {}, r.special);
        QCOMPARE(set.size(), 1);
        const Response *response = set.sorted().first();
        const ResponseAnswer *a = response->answered(u"q"_s);
        QFETCH(bool, answered);
        QCOMPARE(a != nullptr, answered);
        if (a) {
            QTEST(a->codes, "codes");
            QTEST(a->special, "special");
        }
        QCOMPARE(response->outcome(), u"incomplete"_s);
    }

    void sessionsAreRows()
    {
        ResponseSet set;
        for (int i = 0; i < 3; ++i) {
            const Child c { sessionId(i), u"s"_s, u"8-11"_s, QDate(2026, 3, 2 + i) };
            answer(set, c, u"q2"_s, 2, { u"x"_s }, {}, {});
            answer(set, c, u"q1"_s, 1, { u"x"_s }, {}, {});
        }
        end(set, Child { sessionId(0), u"s"_s, u"8-11"_s, QDate(2026, 3, 2) });
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.questionOrder(), (QStringList { u"q1"_s, u"q2"_s }));
        QCOMPARE(set.sorted().first()->outcome(), u"completed"_s);
    }

    void conflictingSessionIsRefused()
    {
        ResponseSet set;
        answer(set, Child { sessionId(1), u"s"_s, u"8-11"_s, QDate(2026, 3, 2) }, u"q"_s, 1,
               { u"x"_s }, {}, {});
        EnvelopeHeader h;
        h.surveyId = u"s"_s;
        h.surveyVersion = 1;
        h.day = QDate(2026, 3, 2);
        ResponsePayload p;
        p.sessionId = QUuid::fromString(sessionId(1));
        p.ageBand = u"11-18"_s; // not the band it started with
        p.language = u"en"_s;
        p.questionId = u"q2"_s;
        p.sequence = 2;
        p.codes = { u"y"_s };
        const auto added = set.add(h, p);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::SessionConflict);
    }
};

QTEST_GUILESS_MAIN(TestResponseSet)
#include "tst_responseset.moc"
