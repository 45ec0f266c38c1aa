#include "survey/framework.h"

#include "util/errorcode.h"

#include <QFile>

namespace heard {

namespace {

int youngestAge(const QString &ageBand)
{
    return ageBand.section(QLatin1Char('-'), 0, 0).toInt();
}

} // namespace

QStringList Framework::ageBands()
{
    return { QStringLiteral("4-7"), QStringLiteral("8-11"), QStringLiteral("11-18"),
             QStringLiteral("16-25") };
}

Result<Framework> Framework::loadCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Framework>::failure(
            ErrorCode::FrameworkUnreadable,
            QStringLiteral("%1: cannot read the framework: %2").arg(path, file.errorString()));
    }
    return parseCsv(file.readAll(), path);
}

Result<Framework> Framework::parseCsv(const QByteArray &csv, const QString &fileName)
{
    // The framework file is plain CSV without quoted fields; anything else is a mistake worth
    // reporting rather than guessing at.
    const QList<QByteArray> lines = csv.split('\n');
    const QByteArray expectedHeader = "id,domain,indicator,child_in_care_ages,care_leaver";
    auto fail = [&](int line, const QString &message) {
        return Result<Framework>::failure(
            ErrorCode::FrameworkInvalid,
            QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message));
    };
    if (lines.isEmpty() || lines.first().trimmed() != expectedHeader)
        return fail(
            1,
            QStringLiteral("expected the header \"%1\"").arg(QString::fromLatin1(expectedHeader)));

    Framework framework;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != 5)
            return fail(i + 1, QStringLiteral("expected 5 fields, found %1").arg(fields.size()));
        Indicator indicator;
        indicator.id = fields.at(0);
        indicator.domain = fields.at(1);
        indicator.description = fields.at(2);
        const QString ages = fields.at(3);
        if (!ages.isEmpty()) {
            const QStringList range = ages.split(QLatin1Char('-'));
            bool minOk = false;
            bool maxOk = false;
            if (range.size() == 2) {
                indicator.minAge = range.at(0).toInt(&minOk);
                indicator.maxAge = range.at(1).toInt(&maxOk);
            }
            if (!minOk || !maxOk || indicator.minAge > indicator.maxAge)
                return fail(i + 1,
                            QStringLiteral("\"%1\" is not an age range like 8-17").arg(ages));
        }
        if (fields.at(4) != QLatin1String("yes") && !fields.at(4).isEmpty())
            return fail(i + 1, QStringLiteral("care_leaver must be \"yes\" or empty"));
        indicator.careLeaver = fields.at(4) == QLatin1String("yes");
        if (indicator.id.isEmpty() || framework.indicator(indicator.id))
            return fail(
                i + 1, QStringLiteral("missing or repeated indicator id \"%1\"").arg(indicator.id));
        framework.m_indicators.append(indicator);
    }
    if (framework.m_indicators.isEmpty())
        return fail(2, QStringLiteral("no indicators"));
    return framework;
}

const Framework::Indicator *Framework::indicator(const QString &id) const
{
    for (const Indicator &i : m_indicators) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

QStringList Framework::domains() const
{
    QStringList result;
    for (const Indicator &i : m_indicators) {
        if (!result.contains(i.domain))
            result.append(i.domain);
    }
    return result;
}

bool Framework::appliesTo(const QString &indicatorId, const QString &ageBand) const
{
    const Indicator *i = indicator(indicatorId);
    if (!i)
        return false;
    if (ageBand == QLatin1String("16-25"))
        return i->careLeaver;
    const int youngest = youngestAge(ageBand);
    return i->minAge > 0 && i->minAge <= youngest && youngest <= i->maxAge;
}

QStringList Framework::indicatorsFor(const QString &ageBand) const
{
    QStringList result;
    for (const Indicator &i : m_indicators) {
        if (appliesTo(i.id, ageBand))
            result.append(i.id);
    }
    return result;
}

} // namespace heard
