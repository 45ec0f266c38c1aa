#include "reportframework.h"

#include <QHash>

namespace heard::testutil {

using namespace Qt::StringLiterals;

Framework reportFramework(const QStringList &ids)
{
    static const QHash<QString, QByteArray> rows {
        { u"WB01"_s, "WB01,wellbeing,Happy yesterday,4-17,\n" },
        { u"TR01"_s, "TR01,trusting_relationships,See mum and dad,8-17,\n" },
        { u"TR03"_s, "TR03,trusting_relationships,Trust the adults you live with,4-17,\n" },
        { u"HO01"_s, "HO01,home,Like your bedroom,4-17,\n" },
        { u"HO02"_s, "HO02,home,Sleep well,4-17,\n" },
    };
    QByteArray csv = "id,domain,indicator,child_in_care_ages,care_leaver\n";
    for (const QString &id : ids) {
        if (!rows.contains(id))
            qFatal("reportFramework: no row for %s", qPrintable(id));
        csv += rows.value(id);
    }
    auto framework = Framework::parseCsv(csv, u"test.csv"_s);
    if (!framework)
        qFatal("reportFramework: %s", qPrintable(framework.error().message));
    return framework.value();
}

QStringList faceCodes()
{
    return { u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s };
}

QStringList frequencyCodes()
{
    return { u"never"_s, u"sometimes"_s, u"always"_s };
}

QStringList noBitYesCodes()
{
    return { u"no"_s, u"bit"_s, u"yes"_s };
}

} // namespace heard::testutil
