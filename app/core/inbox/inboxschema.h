#pragma once

#include "db/schemamigrator.h"
#include "db/sqlerror.h"
#include "util/result.h"

#include <QList>

namespace heard {

class SqlConnection;

/// The inbox database's numbered schema, the same on SQLite and PostgreSQL (BLOB is BYTEA there).
///
/// - v1: the tables as the first inboxes shipped them: meta, devices, enrolment_codes,
///   envelopes, quarantine, batches, messages.
/// - v2: survey_definitions (heard-admin publish-survey).
///
/// Inboxes from before numbered steps recorded their version only in meta.schema_version; that
/// is read when the database has no version of its own. Every step from v2 on also writes its
/// number there, so a Heard from before numbered steps refuses a newer database.
class InboxSchema
{
public:
    static constexpr int kVersion = 2;

    /// The steps for @p backend, oldest first.
    static QList<SchemaStep> steps(SqlBackend backend);
    /// meta.schema_version, or 0 when the database has no meta table.
    static Result<int> legacyVersion(const SqlConnection &connection);
    /// Refuses a newer database, then runs the steps it lacks (see SchemaMigrator).
    static Result<void> migrate(const SqlConnection &connection);
};

} // namespace heard
