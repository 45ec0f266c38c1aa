#include "child/numbers.h"

#include <QRegularExpression>

namespace heard {

QString keepNumbersWhole(const QString &text)
{
    // A digit, then digits, spaces, dots, hyphens or brackets, ending on a digit; a leading "+"
    // (international prefix) belongs to it: "0800 1111", "+44 (0)20 7946 0000", "999".
    static const QRegularExpression number(QStringLiteral(R"(\+?\(?\d(?:[\d.\-() \x{00a0}]*\d)?)"));
    QString out;
    out.reserve(text.size() + 8);
    qsizetype from = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        QString run = m.captured();
        run.replace(u' ', QChar(0x00a0));
        out += QChar(0x2066) + run + QChar(0x2069); // LEFT-TO-RIGHT ISOLATE ... POP
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace heard
