#pragma once

#include "survey/framework.h"
#include "survey/survey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace heard {

/// The surveys a kiosk offers: its built-in definitions, overlaid by the LA's signed updates that
/// sync saved in the data folder (DeviceSync::surveyUpdatesDirName()). An update replaces the
/// built-in survey of the same id when its version is higher, or adds a survey with a new id.
/// Every update is verified again against the pinned LA root key and validated in full (the
/// framework, and every picture it names must be among the kiosk's assets; audio may be missing,
/// the kiosk then speaks); one that fails is skipped with a log line naming the file and the
/// reason, and the built-in survey stays.
class SurveyCatalog
{
public:
    struct Outcome
    {
        QList<Survey> surveys; ///< youngest age band first, the order an adult scans for an age
        QStringList problems; ///< built-in definitions that failed ("FILE:LINE:COLUMN: ...")
        QStringList skippedUpdates; ///< one line per update not used: file and reason
        QStringList appliedUpdates; ///< one line per update used: file, id and version
    };

    /// Signed update files are bigger than the definition (base64) but bounded the same way.
    static constexpr qsizetype maxUpdateFileBytes = 6 * 1024 * 1024;

    SurveyCatalog(const Framework &framework, QString assetsDir, QByteArray pinnedRootKey);

    /// Loads every *.json in @p builtInDir, then every *.signed.json in @p updatesDir (which may
    /// not exist). Logs what it skipped and applied (category heard.survey).
    Outcome load(const QString &builtInDir, const QString &updatesDir) const;

private:
    const Framework &m_framework;
    QString m_assetsDir;
    QByteArray m_pinnedRootKey;
};

} // namespace heard
