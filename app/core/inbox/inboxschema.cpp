#include "inbox/inboxschema.h"

#include "db/sqlconnection.h"

using namespace Qt::StringLiterals;

namespace heard {

namespace {

// Never edit a step that has shipped; add one (and a test from a real database of the version
// before it, as tests/sync/tst_inboxmigrations.cpp does for v1). Timestamps are ISO-8601 UTC
// text, so they sort and compare the same way in both databases.
const QList<SchemaStep> &sqliteSteps()
{
    static const QList<SchemaStep> list {
        { 1,
          {
              u"CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
              u"CREATE TABLE devices ("
              u" public_key BLOB PRIMARY KEY,"
              u" token_hash BLOB NOT NULL UNIQUE,"
              u" enrolled TEXT NOT NULL,"
              u" revoked INTEGER NOT NULL DEFAULT 0)"_s,
              u"CREATE TABLE enrolment_codes ("
              u" code_hash BLOB PRIMARY KEY,"
              u" expires TEXT NOT NULL,"
              u" used INTEGER NOT NULL DEFAULT 0,"
              u" used_by BLOB)"_s,
              u"CREATE TABLE envelopes ("
              u" record_id TEXT PRIMARY KEY,"
              u" device_key BLOB NOT NULL,"
              u" bytes BLOB NOT NULL,"
              u" received_day TEXT NOT NULL,"
              u" received_at TEXT NOT NULL)"_s,
              u"CREATE TABLE quarantine ("
              u" quarantine_id TEXT PRIMARY KEY,"
              u" record_id TEXT NOT NULL,"
              u" device_key BLOB NOT NULL,"
              u" bytes BLOB NOT NULL,"
              u" reason TEXT NOT NULL,"
              u" received_at TEXT NOT NULL)"_s,
              u"CREATE TABLE batches ("
              u" idempotency_key TEXT PRIMARY KEY,"
              u" device_key BLOB NOT NULL,"
              u" request_hash BLOB NOT NULL,"
              u" reply BLOB NOT NULL,"
              u" received_at TEXT NOT NULL)"_s,
              u"CREATE TABLE messages ("
              u" message_id TEXT PRIMARY KEY,"
              u" published TEXT NOT NULL,"
              u" body TEXT NOT NULL,"
              u" picture BLOB,"
              u" picture_type TEXT,"
              u" audio BLOB,"
              u" audio_type TEXT)"_s,
              u"INSERT INTO meta (name, value) VALUES ('schema_version', '1')"_s,
          } },
        { 2,
          {
              // IF NOT EXISTS: inboxes written between the table's arrival and numbered steps
              // have it already, while their meta still says 1.
              u"CREATE TABLE IF NOT EXISTS survey_definitions ("
              u" survey_id TEXT NOT NULL,"
              u" version INTEGER NOT NULL,"
              u" published TEXT NOT NULL,"
              u" signed BLOB NOT NULL,"
              u" PRIMARY KEY (survey_id, version))"_s,
          } },
    };
    return list;
}

} // namespace

QList<SchemaStep> InboxSchema::steps(SqlBackend backend)
{
    QList<SchemaStep> list = sqliteSteps();
    for (SchemaStep &step : list) {
        if (step.version >= 2) {
            step.statements.append(
                u"UPDATE meta SET value = '%1' WHERE name = 'schema_version'"_s.arg(step.version));
        }
        if (backend == SqlBackend::Postgres) {
            for (QString &statement : step.statements) {
                statement.replace(u" BLOB"_s, u" BYTEA"_s);
            }
        }
    }
    return list;
}

Result<int> InboxSchema::legacyVersion(const SqlConnection &connection)
{
    auto hasMeta = connection.scalar(
        connection.isPostgres()
            ? u"SELECT to_regclass('meta') IS NOT NULL"_s
            : u"SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s,
        u"looking for the inbox's meta table"_s);
    if (!hasMeta) {
        return hasMeta.error();
    }
    if (!hasMeta->toBool()) {
        return 0;
    }
    auto version = connection.scalar(
        u"SELECT coalesce(max(value), '0') FROM meta WHERE name = 'schema_version'"_s,
        u"reading the inbox's schema version"_s);
    if (!version) {
        return version.error();
    }
    return version->toInt();
}

Result<void> InboxSchema::migrate(const SqlConnection &connection)
{
    SchemaMigrator migrator(connection, steps(connection.backend()));
    migrator.setLegacyVersion(&InboxSchema::legacyVersion);
    return migrator.migrate();
}

} // namespace heard
