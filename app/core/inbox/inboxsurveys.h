#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace heard {

class SqlConnection;

/// A survey definition the LA published, signed by its root key (SignedDefinition). Devices get
/// the newest version of each survey id.
struct InboxSurveyDefinition
{
    QString surveyId;
    int version = 0;
    QDateTime published;
    QByteArray signedBytes; ///< SignedDefinition::toBytes(), as the admin tool made it
};

/// Published survey definitions in the inbox database (table survey_definitions, schema v2):
/// heard-admin publish-survey writes them, GET /v1/config "surveys" serves the newest.
/// Error codes: "version_not_newer", "db_error".
class InboxSurveys
{
public:
    /// Uses @p connection, which must outlive this object.
    explicit InboxSurveys(const SqlConnection &connection);

    /// See InboxStore::addSurveyDefinition.
    Result<void> addSurveyDefinition(const InboxSurveyDefinition &definition);
    /// The highest version published for @p surveyId; 0 when none.
    Result<int> newestSurveyVersion(const QString &surveyId) const;
    /// The newest version of every published survey id, ordered by id.
    Result<QList<InboxSurveyDefinition>> newestSurveyDefinitions() const;
    /// Every version ever published, ordered by id then version.
    Result<QList<InboxSurveyDefinition>> surveyDefinitions() const;

private:
    const SqlConnection &m_db;
};

} // namespace heard
