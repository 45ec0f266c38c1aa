// heard-admin: the LA's and adults' command-line tools. Thin: every command calls into heard_core.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("heard-admin"));
    QTextStream err(stderr);
    err << "usage: heard-admin COMMAND [ARGS...]\n";
    return 2;
}
