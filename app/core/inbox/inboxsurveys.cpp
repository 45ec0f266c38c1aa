#include "inbox/inboxsurveys.h"

#include "db/sqlconnection.h"
#include "db/transaction.h"
#include "util/errorcode.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

/// Rows of (survey_id, version, published, signed), as both survey listings select them.
QList<InboxSurveyDefinition> readSurveyDefinitions(QSqlQuery &query)
{
    QList<InboxSurveyDefinition> list;
    while (query.next()) {
        InboxSurveyDefinition definition;
        definition.surveyId = query.value(0).toString();
        definition.version = query.value(1).toInt();
        definition.published = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
        definition.signedBytes = query.value(3).toByteArray();
        list.append(definition);
    }
    return list;
}

} // namespace

InboxSurveys::InboxSurveys(const SqlConnection &connection)
    : m_db(connection)
{
}

Result<int> InboxSurveys::newestSurveyVersion(const QString &surveyId) const
{
    QSqlQuery query(m_db.database());
    query.prepare(u"SELECT MAX(version) FROM survey_definitions WHERE survey_id = ?"_s);
    query.addBindValue(surveyId);
    if (!query.exec()) {
        return m_db.error(query.lastError(), u"reading survey versions"_s);
    }
    // MAX over no rows is NULL, which reads as 0: "nothing published yet".
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> InboxSurveys::addSurveyDefinition(const InboxSurveyDefinition &definition)
{
    return inTransaction(m_db, u"publishing a survey definition"_s, [&]() -> Result<void> {
        const auto newest = newestSurveyVersion(definition.surveyId);
        if (!newest) {
            return newest.error();
        }
        if (newest.value() >= definition.version) {
            return Result<void>::failure(
                ErrorCode::VersionNotNewer,
                u"survey %1 already has version %2 published; publish a higher version"_s
                    .arg(definition.surveyId)
                    .arg(newest.value()));
        }
        QSqlQuery query(m_db.database());
        query.prepare(u"INSERT INTO survey_definitions (survey_id, version, published, signed)"
                      u" VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(definition.surveyId);
        query.addBindValue(definition.version);
        query.addBindValue((definition.published.isValid() ? definition.published
                                                           : QDateTime::currentDateTimeUtc())
                               .toUTC()
                               .toString(Qt::ISODate));
        query.addBindValue(definition.signedBytes);
        if (!query.exec()) {
            if (isUniqueViolation(query.lastError())) {
                return Result<void>::failure(
                    ErrorCode::VersionNotNewer,
                    u"survey %1 version %2 was published meanwhile"_s.arg(definition.surveyId)
                        .arg(definition.version));
            }
            return m_db.error(query.lastError(), u"publishing a survey definition"_s);
        }
        return {};
    });
}

Result<QList<InboxSurveyDefinition>> InboxSurveys::newestSurveyDefinitions() const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT s.survey_id, s.version, s.published, s.signed"
                    u" FROM survey_definitions s"
                    u" WHERE s.version = (SELECT MAX(m.version) FROM survey_definitions m"
                    u" WHERE m.survey_id = s.survey_id)"
                    u" ORDER BY s.survey_id"_s)) {
        return m_db.error(query.lastError(), u"reading survey definitions"_s);
    }
    return readSurveyDefinitions(query);
}

Result<QList<InboxSurveyDefinition>> InboxSurveys::surveyDefinitions() const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT survey_id, version, published, signed FROM survey_definitions"
                    u" ORDER BY survey_id, version"_s)) {
        return m_db.error(query.lastError(), u"reading survey definitions"_s);
    }
    return readSurveyDefinitions(query);
}

} // namespace heard
