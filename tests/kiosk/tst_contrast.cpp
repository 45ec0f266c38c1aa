// Both child themes meet WCAG 2.2 AA: text 4.5:1 against what it sits on, borders, focus rings and
// pictures 3:1 (non-text contrast), checked on the colours the screens actually use.
#include "child/theme.h"

#include <QTest>

using namespace heard;

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formula();
    void pairs_data();
    void pairs();
};

void TestContrast::formula()
{
    QCOMPARE(qRound(Theme::contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(Theme::contrast(Qt::red, Qt::red), 1.0);
    // A known pair: #767676 on white is the classic 4.54:1.
    QVERIFY(qAbs(Theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

void TestContrast::pairs_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    for (const bool high : { false, true }) {
        const Theme t = Theme::forProfile(high);
        const QByteArray n = high ? "high contrast: " : "standard: ";
        QTest::newRow(n + "text on page") << t.text << t.background << 4.5;
        QTest::newRow(n + "text on button") << t.text << t.buttonFill << 4.5;
        QTest::newRow(n + "selected text") << t.selectedText << t.selectedFill << 4.5;
        QTest::newRow(n + "next button") << t.primaryText << t.primaryFill << 4.5;
        QTest::newRow(n + "border on page") << t.border << t.background << 3.0;
        QTest::newRow(n + "border on button") << t.border << t.buttonFill << 3.0;
        QTest::newRow(n + "focus on button") << t.focus << t.buttonFill << 3.0;
        QTest::newRow(n + "focus on page") << t.focus << t.background << 3.0;
        QTest::newRow(n + "glyph on button") << t.glyph << t.buttonFill << 3.0;
        QTest::newRow(n + "star edge on page") << t.starEdge << t.background << 3.0;
    }
}

void TestContrast::pairs()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, minimum);
    const double ratio = Theme::contrast(foreground, background);
    QVERIFY2(ratio >= minimum,
             qPrintable(QStringLiteral("%1 on %2: %3:1, need %4:1")
                            .arg(foreground.name(), background.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(minimum)));
}

QTEST_GUILESS_MAIN(TestContrast)
#include "tst_contrast.moc"
