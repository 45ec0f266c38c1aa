// Right to left (Arabic) beside English and Welsh: pictures that point the way (the skip arrow,
// the "carry on" sign) are mirrored so they point in the reading direction, others are not; and
// phone numbers on the end screen never wrap inside and keep their digit groups in order, at
// every width, in every language.
#include "child/childflow.h"
#include "child/choicebutton.h"
#include "child/numbers.h"
#include "child/svgpicture.h"
#include "kiosktest.h"
#include "session/memoryanswersink.h"
#include "session/sessionengine.h"

#include <QLabel>
#include <QTextLayout>

using namespace heard;
using namespace heard::test;

namespace {

constexpr auto advocacy = "Children's Rights Service, +44 (0)800 000 0000 (example)";

std::unique_ptr<ChildFlow>
makeFlow(const Survey &survey, MemoryAnswerSink &sink, const QString &language,
         PresentationProfile::Audio audio = PresentationProfile::Audio::Off)
{
    const SessionInfo info = SessionInfo::begin(survey, language);
    PresentationProfile profile;
    profile.audio = audio;
    ChildFlowOptions options;
    options.assetsDir = assetsDir();
    options.advocacyContact = QString::fromUtf8(advocacy);
    auto flow = std::make_unique<ChildFlow>(survey, info, profile, sink, options);
    flow->resize(1280, 800);
    flow->show();
    if (!flow->start().ok())
        qWarning("start failed");
    settle();
    return flow;
}

/// Share of pixels that differ clearly between two images of the same size.
double difference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1;
    int differ = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            differ
                += qAbs(p.red() - q.red()) + qAbs(p.green() - q.green()) + qAbs(p.blue() - q.blue())
                > 96;
        }
    return double(differ) / (a.width() * a.height());
}

} // namespace

class TestKioskRtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void skipArrowPointsTheReadingWay_data();
    void skipArrowPointsTheReadingWay();
    void carryOnSignMirrored();
    void answerSpeakerAtTheEnd_data();
    void answerSpeakerAtTheEnd();
    void phoneNumbersKeptWhole_data();
    void phoneNumbersKeptWhole();
    void numbersMarked_data();
    void numbersMarked();

private:
    void toSkippableQuestion(ChildFlow &flow);
    QMap<QString, Survey> m_surveys;
};

void TestKioskRtl::initTestCase()
{
    m_surveys = loadSurveys();
    QCOMPARE(m_surveys.size(), 4);
}

void TestKioskRtl::toSkippableQuestion(ChildFlow &flow)
{
    // A question whose Skip has its picture (a ladder's special answers are words only).
    auto there = [&] {
        return visible(&flow, QStringLiteral("special_skip")) && flow.engine().current()
            && flow.engine().current()->kind != QuestionKind::Ladder;
    };
    for (int i = 0; i < 60 && !there(); ++i) {
        const Question *q = flow.engine().current();
        QVERIFY(q);
        if (q->kind == QuestionKind::Info || q->kind == QuestionKind::FreeText
            || q->kind == QuestionKind::MultipleChoice)
            click(visible(&flow, QStringLiteral("next")));
        else
            click(visibleButtons(&flow, QStringLiteral("choice_")).value(0));
        settle();
    }
    QVERIFY(there());
}

void TestKioskRtl::skipArrowPointsTheReadingWay_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("4-7") << QStringLiteral("children-4-7.json");
    QTest::newRow("8-11") << QStringLiteral("children-8-11.json");
    QTest::newRow("11-18") << QStringLiteral("young-people-11-18.json");
    QTest::newRow("16-25") << QStringLiteral("care-leavers-16-25.json");
}

void TestKioskRtl::skipArrowPointsTheReadingWay()
{
    QFETCH(QString, file);
    // The skip picture (assets/pictures/specials/skip.svg) is an arrow drawn pointing right. The
    // child must see it pointing right in English and Welsh and left in Arabic: the Arabic tile's
    // picture is the English one mirrored, pixel for pixel, and Welsh is the English one.
    QImage pictures[3];
    const QString languages[3] { QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar") };
    for (int i = 0; i < 3; ++i) {
        MemoryAnswerSink sink;
        auto flow = makeFlow(m_surveys[file], sink, languages[i]);
        const bool rtl = languages[i] == QLatin1String("ar");
        QCOMPARE(flow->layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        toSkippableQuestion(*flow);
        auto *skip
            = qobject_cast<ChoiceButton *>(visible(flow.get(), QStringLiteral("special_skip")));
        QVERIFY(skip);
        QCOMPARE(skip->isPictureMirrored(), rtl);
        // The picture part of the tile, inside its border and above its words (which differ).
        const QImage tile = skip->grab().toImage().convertToFormat(QImage::Format_ARGB32);
        const int margin = tile.width() / 10;
        pictures[i] = tile.copy(margin, margin, tile.width() - 2 * margin,
                                int(tile.height() * 0.55) - margin);
        // Pictures without a direction stay as drawn (a question mark is not mirrored).
        auto *dontKnow = qobject_cast<ChoiceButton *>(
            visible(flow.get(), QStringLiteral("special_dont_know")));
        QVERIFY(dontKnow);
        QVERIFY(!dontKnow->isPictureMirrored());
    }
    const double welsh = difference(pictures[0], pictures[1]);
    const double asDrawn = difference(pictures[0], pictures[2]);
    const double mirrored = difference(pictures[0].mirrored(true, false), pictures[2]);
    qInfo("skip picture, share of pixels differing from English: Welsh %.3f, Arabic %.3f, "
          "Arabic vs English mirrored %.3f",
          welsh, asDrawn, mirrored);
    QVERIFY(welsh < 0.01);
    QVERIFY2(asDrawn > 0.02, "the Arabic skip arrow is not drawn as in English");
    QVERIFY2(mirrored < 0.01, "the Arabic skip arrow is the English one mirrored");
}

void TestKioskRtl::carryOnSignMirrored()
{
    // The stop screen's picture: a "carry on" (next) sign beside a stop sign. Arabic shows it
    // mirrored (the sign points left and stands on the right, where Carry on is), pixel for pixel.
    const Survey &survey = m_surveys[QStringLiteral("young-people-11-18.json")];
    QImage shots[2];
    for (int rtl = 0; rtl < 2; ++rtl) {
        MemoryAnswerSink sink;
        auto flow = makeFlow(survey, sink, rtl ? QStringLiteral("ar") : QStringLiteral("en"));
        click(visible(flow.get(), QStringLiteral("stop")));
        settle();
        QWidget *page = visible<QWidget>(flow.get(), QStringLiteral("stopQuestion"));
        QVERIFY(page);
        auto *picture = page->findChild<SvgPicture *>();
        QVERIFY(picture && picture->isVisible());
        QCOMPARE(picture->isMirrored(), bool(rtl));
        shots[rtl] = picture->grab().toImage().convertToFormat(QImage::Format_ARGB32);
        // The stop screen's other buttons and the talk picture have no direction.
        for (SvgPicture *p : flow->findChildren<SvgPicture *>())
            if (p != picture && p->isVisible())
                QVERIFY(!p->isMirrored());
    }
    const double asDrawn = difference(shots[0], shots[1]);
    const double mirrored = difference(shots[0].mirrored(true, false), shots[1]);
    qInfo("Arabic vs English picture: %.3f differ as drawn, %.3f once mirrored", asDrawn, mirrored);
    QVERIFY(asDrawn > 0.05);
    QVERIFY(mirrored < 0.01);
}

void TestKioskRtl::answerSpeakerAtTheEnd_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Arabic") << QStringLiteral("ar");
}

void TestKioskRtl::answerSpeakerAtTheEnd()
{
    // An answer's speaker sits in the top corner where its line of reading ends: right in
    // English, left in Arabic (where the mirrored layout puts everything else).
    QFETCH(QString, language);
    const bool rtl = language == QLatin1String("ar");
    MemoryAnswerSink sink;
    auto flow = makeFlow(m_surveys[QStringLiteral("children-8-11.json")], sink, language,
                         PresentationProfile::Audio::OnTap);
    for (int i = 0; i < 20 && visibleButtons(flow.get(), QStringLiteral("choice_")).isEmpty();
         ++i) {
        click(visible(flow.get(), QStringLiteral("next")));
        settle();
    }
    int speakers = 0;
    for (QAbstractButton *tile : visibleButtons(flow.get(), QStringLiteral("choice_"))) {
        for (QAbstractButton *speaker : tile->findChildren<QAbstractButton *>()) {
            if (!speaker->isVisible() || !speaker->objectName().startsWith(u"speaker_"))
                continue;
            const bool atLeft = speaker->geometry().center().x() < tile->width() / 2;
            QCOMPARE(atLeft, rtl);
            ++speakers;
        }
    }
    QVERIFY(speakers > 0);
}

void TestKioskRtl::phoneNumbersKeptWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    for (const char *f : { "children-4-7.json", "young-people-11-18.json" }) {
        const QString file = QString::fromLatin1(f);
        QTest::addRow("English %s", f) << QStringLiteral("en") << file;
        QTest::addRow("Arabic %s", f) << QStringLiteral("ar") << file;
    }
    QTest::addRow("Welsh children-4-7.json")
        << QStringLiteral("cy") << QStringLiteral("children-4-7.json");
}

void TestKioskRtl::phoneNumbersKeptWhole()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    MemoryAnswerSink sink;
    auto flow = makeFlow(m_surveys[file], sink, language);
    click(visible(flow.get(), QStringLiteral("stop")));
    settle();
    click(visible(flow.get(), QStringLiteral("confirmStop")));
    settle();
    QVERIFY(visible<QWidget>(flow.get(), QStringLiteral("endScreen")));
    auto *label = visible<QLabel>(flow.get(), QStringLiteral("message"));
    QVERIFY(label);
    const QString words = label->accessibleName(); // the plain words (also what is read out)
    const QString shown = label->text();
    // Shown: the same words, only with format characters and no-break spaces.
    QList<qsizetype> at; // index in `shown` of each character of `words`
    for (qsizetype i = 0; i < shown.size(); ++i)
        if (shown.at(i).category() != QChar::Other_Format)
            at.append(i);
    QCOMPARE(at.size(), words.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QChar c = shown.at(at[i]);
        QCOMPARE(c == QChar(0x00a0) ? QChar(u' ') : c, words.at(i));
    }
    const QStringList numbers { QStringLiteral("0800 1111"),
                                QStringLiteral("+44 (0)800 000 0000") };
    for (const QString &number : numbers)
        QVERIFY2(words.contains(number), qPrintable(number));

    QTextOption option(Qt::AlignLeading);
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(label->layoutDirection());
    int checked = 0;
    for (int width = 160; width <= 1000; width += 8) {
        QTextLayout layout(shown, label->font());
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(width);
        layout.endLayout();
        for (const QString &number : numbers) {
            const qsizetype start = words.indexOf(number);
            const qsizetype first = at[start + number.indexOf(u'0')];
            const qsizetype last = at[start + number.size() - 1];
            const QTextLine a = layout.lineForTextPosition(int(first));
            const QTextLine b = layout.lineForTextPosition(int(last));
            QVERIFY(a.isValid() && b.isValid());
            if (a.lineNumber() != b.lineNumber())
                QFAIL(qPrintable(QStringLiteral("%1 wraps inside at %2 px (%3)")
                                     .arg(number)
                                     .arg(width)
                                     .arg(language)));
            // Left to right inside the number: after its first digit is left of before its last
            // (cursor places inside the number, not at its ends, which sit between two runs).
            if (!(a.cursorToX(int(first) + 1) < a.cursorToX(int(last))))
                QFAIL(qPrintable(QStringLiteral("%1 is shown out of order at %2 px (%3)")
                                     .arg(number)
                                     .arg(width)
                                     .arg(language)));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestKioskRtl::numbersMarked_data()
{
    // [ ] stand for the isolate marks U+2066 / U+2069, _ for a no-break space.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("none") << QStringLiteral("No numbers here.")
                          << QStringLiteral("No numbers here.");
    QTest::newRow("phone") << QStringLiteral("call 0800 1111, day or night")
                           << QStringLiteral("call [0800_1111], day or night");
    QTest::newRow("international") << QStringLiteral("Ring +44 (0)20 7946 0000 (example)")
                                   << QStringLiteral("Ring [+44_(0)20_7946_0000] (example)");
    QTest::newRow("two") << QStringLiteral("116 123 or 999.")
                         << QStringLiteral("[116_123] or [999].");
    QTest::newRow("Arabic") << QStringLiteral("\u0639\u0644\u0649 0800 1111\u060c")
                            << QStringLiteral("\u0639\u0644\u0649 [0800_1111]\u060c");
}

void TestKioskRtl::numbersMarked()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    shown.replace(u'[', QChar(0x2066)).replace(u']', QChar(0x2069)).replace(u'_', QChar(0x00a0));
    QCOMPARE(keepNumbersWhole(text), shown);
}

QTEST_MAIN(TestKioskRtl)
#include "tst_kiosk_rtl.moc"
