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
