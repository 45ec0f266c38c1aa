// RFC 4180 records as Excel and LibreOffice read them, with formula-looking cells defused.
#include "util/csv.h"

#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void line_data();
    void line();
};

void TestCsv::line_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringList{"a", "b"} << QByteArray("a,b\r\n");
    QTest::newRow("empty cells") << QStringList{"", "x", ""} << QByteArray(",x,\r\n");
    QTest::newRow("comma quoted") << QStringList{"a,b"} << QByteArray("\"a,b\"\r\n");
    QTest::newRow("quote doubled") << QStringList{"say \"hi\""} << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("newline quoted") << QStringList{"two\nlines"} << QByteArray("\"two\nlines\"\r\n");
    QTest::newRow("utf-8") << QStringList{QStringLiteral("caf\u00e9")} << QByteArray("caf\xc3\xa9\r\n");
    QTest::newRow("formula defused") << QStringList{"=1+1"} << QByteArray("'=1+1\r\n");
    QTest::newRow("plus defused") << QStringList{"+cmd"} << QByteArray("'+cmd\r\n");
    QTest::newRow("at defused") << QStringList{"@SUM(A1)"} << QByteArray("'@SUM(A1)\r\n");
    QTest::newRow("negative number kept") << QStringList{"-3"} << QByteArray("-3\r\n");
    QTest::newRow("dash word defused") << QStringList{"-x"} << QByteArray("'-x\r\n");
    QTest::newRow("defused and quoted") << QStringList{"=a,b"} << QByteArray("\"'=a,b\"\r\n");
}

void TestCsv::line()
{
    QFETCH(QStringList, cells);
    QFETCH(QByteArray, expected);
    QCOMPARE(heard::csvLine(cells), expected);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
