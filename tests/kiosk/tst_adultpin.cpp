// The adult PIN: Argon2id on disk with 0600, attempts counted before the check, escalating waits.
#include "device/adultpin.h"
#include "util/errorcode.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;

class TestAdultPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setAndVerify();
    void refusesWeakPins_data();
    void refusesWeakPins();
    void failureCountedBeforeCheck();
    void delayEscalates();
    void clockBackwardsDoesNotShortenWait();
    void change();

private:
    static QJsonObject file(const QTemporaryDir &dir)
    {
        QFile f(dir.filePath(AdultPin::fileName()));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
};

void TestAdultPin::setAndVerify()
{
    QTemporaryDir dir;
    AdultPin pin(dir.path());
    QVERIFY(!pin.isSet());
    QCOMPARE(pin.verify(QStringLiteral("1234")).error().code, ErrorCode::NotSet);
    QVERIFY(pin.set(QStringLiteral("482913")).ok());
    QVERIFY(pin.isSet());
    QCOMPARE(pin.set(QStringLiteral("111111")).error().code, ErrorCode::AlreadySet);
    const QFile::Permissions perms = QFile::permissions(dir.filePath(AdultPin::fileName()));
    QVERIFY(
        !(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    const QString hash = file(dir).value(QStringLiteral("hash")).toString();
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(QStringLiteral("482913")));
    QVERIFY(pin.verify(QStringLiteral("482913")).ok());
    QCOMPARE(pin.verify(QStringLiteral("482914")).error().code, ErrorCode::WrongPin);
    QCOMPARE(pin.failures(), 1);
    QVERIFY(pin.verify(QStringLiteral("482913")).ok());
    QCOMPARE(pin.failures(), 0);
    // A fresh object (a restarted app) sees the same PIN.
    QVERIFY(AdultPin(dir.path()).verify(QStringLiteral("482913")).ok());
}

void TestAdultPin::refusesWeakPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << ErrorCode::TooShort;
    QTest::newRow("three") << QStringLiteral("123") << ErrorCode::TooShort;
    QTest::newRow("letters") << QStringLiteral("12ab") << ErrorCode::NotDigits;
}

void TestAdultPin::refusesWeakPins()
{
    QFETCH(QString, pin);
    QFETCH(QString, code);
    QTemporaryDir dir;
    AdultPin p(dir.path());
    QCOMPARE(p.set(pin).error().code, code);
    QVERIFY(!p.isSet());
}

void TestAdultPin::failureCountedBeforeCheck()
{
    QTemporaryDir dir;
    AdultPin pin(dir.path());
    QVERIFY(pin.set(QStringLiteral("2468")).ok());
    QList<int> onDiskDuringCheck;
    pin.setBeforeCheckHook(
        [&] { onDiskDuringCheck.append(file(dir).value(QStringLiteral("failures")).toInt()); });
    QCOMPARE(pin.verify(QStringLiteral("0000")).error().code, ErrorCode::WrongPin);
    QCOMPARE(pin.verify(QStringLiteral("0001")).error().code, ErrorCode::WrongPin);
    // Even the right PIN is counted as an attempt before it is checked, then reset.
    QVERIFY(pin.verify(QStringLiteral("2468")).ok());
    QCOMPARE(onDiskDuringCheck, (QList<int> { 1, 2, 3 }));
    QCOMPARE(file(dir).value(QStringLiteral("failures")).toInt(), 0);
}

void TestAdultPin::delayEscalates()
{
    QTemporaryDir dir;
    QDateTime now(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    AdultPin pin(dir.path(), [&] { return now; });
    QVERIFY(pin.set(QStringLiteral("13579")).ok());
    for (int i = 0; i < AdultPin::freeAttempts; ++i)
        QCOMPARE(pin.verify(QStringLiteral("00000")).error().code, ErrorCode::WrongPin);
    QCOMPARE(pin.failures(), 5);
    QCOMPARE(pin.waitSeconds(), 30);
    // Even the right PIN waits, and a refused attempt during the wait is not counted.
    QCOMPARE(pin.verify(QStringLiteral("13579")).error().code, ErrorCode::Wait);
    QCOMPARE(pin.failures(), 5);
    now = now.addSecs(29);
    QCOMPARE(pin.verify(QStringLiteral("00000")).error().code, ErrorCode::Wait);
    now = now.addSecs(1);
    QCOMPARE(pin.verify(QStringLiteral("00000")).error().code, ErrorCode::WrongPin);
    QCOMPARE(pin.waitSeconds(), 60);
    now = now.addSecs(60);
    QCOMPARE(pin.verify(QStringLiteral("00000")).error().code, ErrorCode::WrongPin);
    QCOMPARE(pin.waitSeconds(), 120);
    QCOMPARE(AdultPin::delayAfter(4), 0);
    QCOMPARE(AdultPin::delayAfter(5), 30);
    QCOMPARE(AdultPin::delayAfter(8), 240);
    QCOMPARE(AdultPin::delayAfter(50), 3600);
    // A restarted app keeps the count and the wait.
    AdultPin again(dir.path(), [&] { return now; });
    QCOMPARE(again.failures(), 7);
    QCOMPARE(again.waitSeconds(), 120);
    now = now.addSecs(120);
    QVERIFY(again.verify(QStringLiteral("13579")).ok());
    QCOMPARE(again.failures(), 0);
    QCOMPARE(again.waitSeconds(), 0);
}

void TestAdultPin::clockBackwardsDoesNotShortenWait()
{
    QTemporaryDir dir;
    QDateTime now(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    AdultPin pin(dir.path(), [&] { return now; });
    QVERIFY(pin.set(QStringLiteral("13579")).ok());
    for (int i = 0; i < AdultPin::freeAttempts; ++i)
        QVERIFY(!pin.verify(QStringLiteral("00000")).ok());
    now = now.addDays(-1);
    QCOMPARE(pin.waitSeconds(), 30);
}

void TestAdultPin::change()
{
    QTemporaryDir dir;
    AdultPin pin(dir.path());
    QVERIFY(pin.set(QStringLiteral("1111")).ok());
    QCOMPARE(pin.change(QStringLiteral("2222"), QStringLiteral("3333")).error().code,
             ErrorCode::WrongPin);
    QVERIFY(pin.change(QStringLiteral("1111"), QStringLiteral("3333")).ok());
    QVERIFY(pin.verify(QStringLiteral("3333")).ok());
    QVERIFY(!pin.verify(QStringLiteral("1111")).ok());
}

QTEST_GUILESS_MAIN(TestAdultPin)
#include "tst_adultpin.moc"
