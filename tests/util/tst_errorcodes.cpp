// The error codes the documentation lists are the ones the code defines, and every defined code is
// returned somewhere: docs/envelope.md and docs/sync-protocol.md cannot drift from
// heard::ErrorCode.
#include "util/errorcode.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/// The codes in the first column (`code` in backticks) of the first table after the Markdown
/// heading @p heading; empty when there is no such heading or table.
QStringList documentedCodes(const QString &markdown, const QString &heading)
{
    const QStringList lines = markdown.split(u'\n');
    static const QRegularExpression headingLine(u"^#+\\s+(.*\\S)\\s*$"_s);
    static const QRegularExpression firstCell(u"^\\|\\s*`([^`]+)`\\s*\\|"_s);
    int i = 0;
    for (; i < lines.size(); ++i) {
        const auto match = headingLine.match(lines.at(i));
        if (match.hasMatch() && match.captured(1) == heading)
            break;
    }
    // Skip prose up to the table, but never into the next section.
    for (++i; i < lines.size() && !lines.at(i).startsWith(u'|'); ++i) {
        if (lines.at(i).startsWith(u'#'))
            return {};
    }
    QStringList codes;
    for (; i < lines.size() && lines.at(i).startsWith(u'|'); ++i) {
        const auto match = firstCell.match(lines.at(i));
        if (match.hasMatch())
            codes.append(match.captured(1));
    }
    return codes;
}

QString describe(const QSet<QString> &codes)
{
    QStringList sorted(codes.cbegin(), codes.cend());
    sorted.sort();
    return sorted.join(u", "_s);
}

} // namespace

class TestErrorCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableParser_data();
    void tableParser();
    void documentedListsMatchTheCode_data();
    void documentedListsMatchTheCode();
    void everyDefinedCodeIsUsedAndDistinct();
    void noCodeIsALiteralInApp();
};

void TestErrorCodes::tableParser_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("expected");

    const QString table = u"## Codes\n\nSome prose.\n\n| code | why |\n|---|---|\n"
                          "| `a_b` | one |\n| `c` | two |\n\nAfter.\n| `d` | not this |\n"_s;
    QTest::newRow("table after prose") << table << QStringList { u"a_b"_s, u"c"_s };
    QTest::newRow("no such heading") << u"## Other\n| `a` | x |\n"_s << QStringList();
    QTest::newRow("next section before any table")
        << u"## Codes\ntext\n## Next\n| `a` | x |\n"_s << QStringList();
    QTest::newRow("rows without backticks skipped")
        << u"### Codes\n| code |\n|---|\n| plain |\n| `x` |\n"_s << QStringList { u"x"_s };
}

void TestErrorCodes::tableParser()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, expected);
    QCOMPARE(documentedCodes(markdown, u"Codes"_s), expected);
}

void TestErrorCodes::documentedListsMatchTheCode_data()
{
    QTest::addColumn<QString>("doc");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QStringList>("defined");

    QTest::newRow("envelope opener")
        << u"docs/envelope.md"_s << u"Error codes"_s << heard::ErrorCode::envelopeOpenerCodes();
    QTest::newRow("sync error bodies") << u"docs/sync-protocol.md"_s << u"Error bodies"_s
                                       << heard::ErrorCode::syncErrorBodyCodes();
    QTest::newRow("sync rejection reasons") << u"docs/sync-protocol.md"_s << u"Rejection reasons"_s
                                            << heard::ErrorCode::syncRejectReasons();
}

void TestErrorCodes::documentedListsMatchTheCode()
{
    QFETCH(QString, doc);
    QFETCH(QString, heading);
    QFETCH(QStringList, defined);

    const QString markdown = readText(QStringLiteral(HEARD_SOURCE_DIR "/") + doc);
    QVERIFY2(!markdown.isEmpty(), qPrintable(doc + u" is missing"_s));
    const QStringList listed = documentedCodes(markdown, heading);
    QVERIFY2(!listed.isEmpty(), qPrintable(doc + u" has no table under \""_s + heading + u'"'));
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), listed.size());

    const QSet<QString> documented(listed.cbegin(), listed.cend());
    const QSet<QString> code(defined.cbegin(), defined.cend());
    const QSet<QString> notDefined = documented - code;
    const QSet<QString> notDocumented = code - documented;
    QVERIFY2(notDefined.isEmpty(),
             qPrintable(u"documented in %1 but not defined: %2"_s.arg(doc, describe(notDefined))));
    QVERIFY2(
        notDocumented.isEmpty(),
        qPrintable(u"defined but not documented in %1: %2"_s.arg(doc, describe(notDocumented))));
}

void TestErrorCodes::everyDefinedCodeIsUsedAndDistinct()
{
    const QString header = readText(QStringLiteral(HEARD_SOURCE_DIR "/app/core/util/errorcode.h"));
    static const QRegularExpression constant(
        u"inline const QString (\\w+) = QStringLiteral\\(\"([a-z0-9_]+)\"\\);"_s);
    QHash<QString, QString> nameOfValue;
    QStringList names;
    for (auto it = constant.globalMatch(header); it.hasNext();) {
        const auto match = it.next();
        QVERIFY2(!nameOfValue.contains(match.captured(2)),
                 qPrintable(u"two constants hold \"%1\""_s.arg(match.captured(2))));
        nameOfValue.insert(match.captured(2), match.captured(1));
        names.append(match.captured(1));
    }
    QVERIFY2(names.size() > 50, "errorcode.h lost its constants, or their form changed");

    // A code defined but never named in app/ is a documented promise nothing keeps.
    QString sources;
    QDirIterator files(QStringLiteral(HEARD_SOURCE_DIR "/app"), { u"*.cpp"_s, u"*.h"_s },
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!path.contains(u"/util/errorcode."_s))
            sources += readText(path);
    }
    QStringList unused;
    for (const QString &name : std::as_const(names)) {
        if (!sources.contains(QRegularExpression(u"ErrorCode::"_s + name + u"\\b"_s)))
            unused.append(name);
    }
    QVERIFY2(unused.isEmpty(),
             qPrintable(u"defined but never used in app/: "_s + unused.join(u", "_s)));
}

void TestErrorCodes::noCodeIsALiteralInApp()
{
    // A new code written as a literal would escape the checks above: name it in errorcode.h.
    static const QRegularExpression literalCode(
        u"(failure\\(\\s*|\\bError\\s*\\{\\s*|error\\(\\)\\.code\\s*[!=]=\\s*)"
        "(u\"|QStringLiteral\\(|QLatin1String\\(|QString::fromLatin1\\(\")"_s);
    QStringList found;
    QDirIterator files(QStringLiteral(HEARD_SOURCE_DIR "/app"), { u"*.cpp"_s, u"*.h"_s },
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString text = readText(path);
        for (auto it = literalCode.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const qsizetype line = text.left(match.capturedStart()).count(u'\n') + 1;
            found.append(u"%1:%2"_s.arg(path.mid(path.indexOf(u"/app/"_s) + 1)).arg(line));
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(u"error codes as literals: "_s + found.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestErrorCodes)
#include "tst_errorcodes.moc"
