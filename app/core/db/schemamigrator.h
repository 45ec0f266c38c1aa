#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace heard {

class SqlConnection;

/// One numbered schema step: its statements take the schema from version - 1 to version.
/// A step that has shipped is never edited; a change is a new step.
struct SchemaStep
{
    int version;
    QStringList statements;
};

/// Brings a database's schema to the newest version it knows, one numbered step at a time.
///
/// Each step runs in one transaction together with recording its version, so a crash or a full
/// disk leaves the database at the previous version, never between two. The version is
/// recorded in PRAGMA user_version on SQLite and in a one-row table schema_version on
/// PostgreSQL. Inside each step's transaction the version is read again (on PostgreSQL under an
/// advisory lock), so two processes opening the same new database migrate it once.
///
/// Error codes: "schema_too_new" (the database is newer than this code; it is left untouched),
/// "migration_failed" (a step failed and was rolled back), "disk_full", and the connection's.
class SchemaMigrator
{
public:
    /// Reads a version from a record older than this migrator (e.g. a meta table), used when
    /// the database has no version of its own yet; 0 when there is none either.
    using LegacyVersion = std::function<Result<int>(const SqlConnection &)>;

    /// @p steps in order, numbered 1, 2, 3 ... without gaps.
    SchemaMigrator(const SqlConnection &connection, QList<SchemaStep> steps);

    /// The newest version these steps reach.
    int latestVersion() const;
    void setLegacyVersion(LegacyVersion legacy) { m_legacy = std::move(legacy); }

    /// The version the database is at now: 0 for a new, empty database.
    Result<int> storedVersion() const;
    /// "schema_too_new" when @p version is above latestVersion(), naming the database and both
    /// versions; nothing is written.
    Result<void> refuseNewer(int version) const;
    /// Runs every step above the stored version, each in its own transaction.
    Result<void> migrate() const;

private:
    Result<int> recordedVersion() const;
    Result<void> record(int version) const;

    const SqlConnection &m_connection;
    QList<SchemaStep> m_steps;
    LegacyVersion m_legacy;
};

} // namespace heard
