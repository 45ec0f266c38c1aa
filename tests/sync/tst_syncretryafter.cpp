// SyncEngine::parseRetryAfter: every Retry-After form RFC 9110 lets a server send, read against a
// fixed "now" so no case depends on the clock or sleeps.
#include "sync/syncengine.h"

#include <QTest>

#include <ctime>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 capMs = 24 * 3600 * 1000;

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestSyncRetryAfter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A zone with a daylight-saving gap: an HTTP-date is GMT whatever the device's zone is,
        // so a time that does not exist in local time must still be read correctly.
        qputenv("TZ", "Europe/London");
        ::tzset();
    }

    void parses_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<qint64>("expectedMs");

        const QDateTime now = utc(2026, 11, 28, 1, 0, 0); // a Saturday

        QTest::newRow("absent") << QByteArray() << now << qint64(0);
        QTest::newRow("seconds") << "120"_ba << now << qint64(120000);
        QTest::newRow("seconds with spaces") << " 7 "_ba << now << qint64(7000);
        QTest::newRow("zero") << "0"_ba << now << qint64(0);
        QTest::newRow("negative") << "-5"_ba << now << qint64(0);
        QTest::newRow("plus sign is not delta-seconds") << "+5"_ba << now << qint64(0);
        QTest::newRow("fraction") << "1.5"_ba << now << qint64(0);
        QTest::newRow("one day") << "86400"_ba << now << capMs;
        QTest::newRow("over a day is capped") << "86401"_ba << now << capMs;
        QTest::newRow("beyond 64 bits is capped") << "99999999999999999999999"_ba << now << capMs;
        QTest::newRow("garbage") << "soon"_ba << now << qint64(0);

        QTest::newRow("IMF-fixdate ahead")
            << "Sat, 28 Nov 2026 01:00:30 GMT"_ba << now << qint64(30000);
        QTest::newRow("IMF-fixdate now") << "Sat, 28 Nov 2026 01:00:00 GMT"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate past") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate next week is capped")
            << "Sat, 05 Dec 2026 01:00:00 GMT"_ba << now << capMs;
        QTest::newRow("IMF-fixdate lower case")
            << "sat, 28 nov 2026 01:00:30 gmt"_ba << now << qint64(30000);
        QTest::newRow("IMF-fixdate extra spaces")
            << "  Sat,  28 Nov  2026 01:00:30   GMT "_ba << now << qint64(30000);
        QTest::newRow("IMF-fixdate leap second")
            << "Sat, 28 Nov 2026 01:00:60 GMT"_ba << now << qint64(60000);
        // The date decides; a weekday that does not match it is ignored (as curl and browsers do).
        QTest::newRow("IMF-fixdate wrong weekday")
            << "Mon, 28 Nov 2026 01:00:30 GMT"_ba << now << qint64(30000);
        QTest::newRow("IMF-fixdate unknown weekday")
            << "Xyz, 28 Nov 2026 01:00:30 GMT"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate no weekday")
            << "28 Nov 2026 01:00:30 GMT"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate other zone")
            << "Sat, 28 Nov 2026 01:00:30 +0100"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate UTC is not GMT")
            << "Sat, 28 Nov 2026 01:00:30 UTC"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate no zone") << "Sat, 28 Nov 2026 01:00:30"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate 31 February")
            << "Sat, 31 Feb 2026 01:00:30 GMT"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate hour 25")
            << "Sat, 28 Nov 2026 25:00:30 GMT"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate unknown month")
            << "Sat, 28 Nox 2026 01:00:30 GMT"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate trailing junk")
            << "Sat, 28 Nov 2026 01:00:30 GMT x"_ba << now << qint64(0);
        QTest::newRow("IMF-fixdate in a local DST gap")
            << "Sun, 29 Mar 2026 01:30:00 GMT"_ba << utc(2026, 3, 29, 1, 29, 0) << qint64(60000);
        QTest::newRow("IMF-fixdate in local summer time")
            << "Sat, 27 Jun 2026 12:00:10 GMT"_ba << utc(2026, 6, 27, 12, 0, 0) << qint64(10000);

        // RFC 850 (obsolete, but RFC 9110 says recipients MUST accept it): two-digit year, the
        // century that is not more than 50 years ahead.
        QTest::newRow("RFC 850 ahead")
            << "Saturday, 28-Nov-26 01:00:30 GMT"_ba << now << qint64(30000);
        QTest::newRow("RFC 850 year 80 is 1980")
            << "Friday, 28-Nov-80 01:00:30 GMT"_ba << now << qint64(0);
        QTest::newRow("RFC 850 four-digit year")
            << "Saturday, 28-Nov-2026 01:00:30 GMT"_ba << now << qint64(0);

        // asctime (obsolete, also a MUST): no zone, means GMT; the day is space-padded.
        QTest::newRow("asctime ahead") << "Sat Nov 28 01:00:30 2026"_ba << now << qint64(30000);
        QTest::newRow("asctime padded day")
            << "Tue Dec  1 01:00:05 2026"_ba << utc(2026, 12, 1, 1, 0, 0) << qint64(5000);
        QTest::newRow("asctime past") << "Sun Nov  6 08:49:37 1994"_ba << now << qint64(0);
        QTest::newRow("asctime with zone") << "Sat Nov 28 01:00:30 2026 GMT"_ba << now << qint64(0);
    }

    void parses()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, now);
        QFETCH(qint64, expectedMs);
        QCOMPARE(qint64(SyncEngine::parseRetryAfter(value, now).count()), expectedMs);
    }

    void withoutNowUsesTheClock()
    {
        const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(100);
        const QByteArray date
            = QLocale::c().toString(ahead, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        const qint64 ms = SyncEngine::parseRetryAfter(date).count();
        QVERIFY2(ms > 98000 && ms <= 100000, QByteArray::number(ms).constData());
        QCOMPARE(qint64(SyncEngine::parseRetryAfter("3"_ba).count()), qint64(3000));
    }
};

QTEST_GUILESS_MAIN(TestSyncRetryAfter)
#include "tst_syncretryafter.moc"
