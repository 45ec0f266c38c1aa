#include "db/schemamigrator.h"

#include "db/sqlconnection.h"
#include "db/transaction.h"
#include "util/errorcode.h"

using namespace Qt::StringLiterals;

namespace heard {

namespace {
// Any fixed number will do: it only has to be the same for every Heard process.
constexpr qint64 kMigrationLockKey = 0x4865617264; // "Heard"
} // namespace

SchemaMigrator::SchemaMigrator(const SqlConnection &connection, QList<SchemaStep> steps)
    : m_connection(connection)
    , m_steps(std::move(steps))
{
}

int SchemaMigrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

Result<int> SchemaMigrator::recordedVersion() const
{
    if (!m_connection.isPostgres()) {
        auto version
            = m_connection.scalar(u"PRAGMA user_version"_s, u"reading the schema version"_s);
        if (!version) {
            return version.error();
        }
        return version->toInt();
    }
    // to_regclass looks in the connection's search_path, where the tables are created too.
    auto exists = m_connection.scalar(u"SELECT to_regclass('schema_version') IS NOT NULL"_s,
                                      u"looking for the schema version"_s);
    if (!exists) {
        return exists.error();
    }
    if (!exists->toBool()) {
        return 0;
    }
    auto version = m_connection.scalar(u"SELECT coalesce(max(version), 0) FROM schema_version"_s,
                                       u"reading the schema version"_s);
    if (!version) {
        return version.error();
    }
    return version->toInt();
}

Result<int> SchemaMigrator::storedVersion() const
{
    auto version = recordedVersion();
    if (!version || version.value() != 0 || !m_legacy) {
        return version;
    }
    return m_legacy(m_connection);
}

Result<void> SchemaMigrator::refuseNewer(int version) const
{
    if (version <= latestVersion()) {
        return {};
    }
    return Result<void>::failure(
        ErrorCode::SchemaTooNew,
        u"The %1 was written by a newer Heard (schema version %2; this one knows up to %3). "
        u"Update Heard; the database was left untouched."_s.arg(m_connection.description())
            .arg(version)
            .arg(latestVersion()));
}

Result<void> SchemaMigrator::record(int version) const
{
    const QString what = u"recording schema version %1"_s.arg(version);
    if (!m_connection.isPostgres()) {
        return m_connection.exec(u"PRAGMA user_version = %1"_s.arg(version), what);
    }
    for (const QString &sql :
         { u"CREATE TABLE IF NOT EXISTS schema_version"
           u" (version INTEGER NOT NULL)"_s,
           u"DELETE FROM schema_version"_s,
           u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(version) }) {
        if (auto done = m_connection.exec(sql, what); !done) {
            return done;
        }
    }
    return {};
}

Result<void> SchemaMigrator::migrate() const
{
    // A database already at the newest version opens without a write transaction.
    auto start = storedVersion();
    if (!start) {
        return start.error();
    }
    if (auto refused = refuseNewer(start.value()); !refused) {
        return refused;
    }
    for (const SchemaStep &step : m_steps) {
        if (step.version <= start.value()) {
            continue;
        }
        const QString what
            = u"migrating the %1 to schema version %2"_s.arg(m_connection.description())
                  .arg(step.version);
        auto migrated = inTransaction(m_connection, what, [&]() -> Result<void> {
            if (m_connection.isPostgres()) {
                // Held until this transaction ends; SQLite's BEGIN IMMEDIATE already serialises.
                if (auto locked = m_connection.exec(
                        u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kMigrationLockKey), what);
                    !locked) {
                    return locked;
                }
            }
            // Read inside the transaction: another process may have migrated meanwhile.
            auto current = storedVersion();
            if (!current) {
                return current.error();
            }
            if (auto refused = refuseNewer(current.value()); !refused) {
                return refused;
            }
            if (current.value() >= step.version) {
                return {};
            }
            for (const QString &statement : step.statements) {
                if (auto done = m_connection.exec(statement, what); !done) {
                    return done;
                }
            }
            return record(step.version);
        });
        if (!migrated) {
            const QString &code = migrated.error().code;
            if (code == ErrorCode::DiskFull || code == ErrorCode::SchemaTooNew) {
                return migrated;
            }
            return Result<void>::failure(ErrorCode::MigrationFailed, migrated.error().message);
        }
    }
    return {};
}

} // namespace heard
