#include "commandline.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace heard::admin {

int parseCommandLine(QCommandLineParser &parser, const QString &name, const QStringList &args)
{
    const QCommandLineOption help({ u"h"_s, u"help"_s }, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(QStringList { u"heard-admin "_s + name } + args)) {
        err() << name << ": " << parser.errorText() << "\n\n" << parser.helpText();
        return 2;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        return 0;
    }
    return -1;
}

KeyValidityOptions::KeyValidityOptions(QCommandLineParser &parser)
    : m_from(u"valid-from"_s, u"First day the key is used (default today)."_s, u"YYYY-MM-DD"_s)
    , m_until(u"valid-until"_s, u"Last day the key is used (default two years on)."_s, u"YYYY-MM-DD"_s)
{
    parser.addOptions({ m_from, m_until });
}

std::optional<std::pair<QDate, QDate>> KeyValidityOptions::read(const QCommandLineParser &parser,
                                                                const QString &command) const
{
    const QDate from = parser.isSet(m_from) ? QDate::fromString(parser.value(m_from), Qt::ISODate)
                                            : QDate::currentDate();
    const QDate until = parser.isSet(m_until)
        ? QDate::fromString(parser.value(m_until), Qt::ISODate)
        : from.addYears(2).addDays(-1);
    if (!from.isValid() || !until.isValid() || until < from) {
        err() << command << ": --valid-from and --valid-until must be dates YYYY-MM-DD, in order\n";
        return std::nullopt;
    }
    return std::make_pair(from, until);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    stream.setAutoDetectUnicode(false);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace heard::admin
