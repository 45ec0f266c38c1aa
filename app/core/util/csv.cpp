#include "util/csv.h"

using namespace Qt::StringLiterals;

namespace heard {

namespace {

QString defuse(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r'
        || (first == u'-' && cell.size() > 1 && !cell.at(1).isDigit()))
        return u"'"_s + cell;
    return cell;
}

QByteArray field(const QString &raw)
{
    const QString cell = defuse(raw);
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell.toUtf8();
    QString quoted = cell;
    quoted.replace(u"\""_s, u"\"\""_s);
    return '"' + quoted.toUtf8() + '"';
}

} // namespace

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += field(cells.at(i));
    }
    return line + "\r\n";
}

} // namespace heard
