#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace heard {

/// The well-being framework: the indicators surveys measure and the age bands each belongs to.
/// Loaded from survey_definitions/framework/wellbeing-framework.csv.
class Framework
{
public:
    struct Indicator
    {
        QString id;
        QString domain;
        QString description;
        int minAge = 0; ///< 0 when not asked of children in care
        int maxAge = 0;
        bool careLeaver = false;
    };

    /// The survey age bands, in the order reports show them.
    static QStringList ageBands();

    static Result<Framework> loadCsv(const QString &path);
    static Result<Framework> parseCsv(const QByteArray &csv, const QString &fileName);

    const QList<Indicator> &indicators() const { return m_indicators; }
    const Indicator *indicator(const QString &id) const;
    QStringList domains() const;

    /// Whether the framework lists @p indicatorId for the survey band @p ageBand. A children-in-care
    /// range A-B covers the band whose youngest age L has A <= L <= B (so "8-17" covers 8-11 and
    /// 11-18, not 4-7); the care leavers' band 16-25 takes the indicators marked care_leaver.
    bool appliesTo(const QString &indicatorId, const QString &ageBand) const;
    /// Every indicator the survey for @p ageBand must measure.
    QStringList indicatorsFor(const QString &ageBand) const;

private:
    QList<Indicator> m_indicators;
};

} // namespace heard
