#pragma once

#include "util/result.h"

#include <QString>

class QSqlError;

namespace heard {

/// Which server a connection talks to; where the two differ in SQL or in error codes.
enum class SqlBackend { Sqlite, Postgres };

/// SQLite's primary result code (the low byte of an extended code), or -1 when @p error carries
/// none (another driver, or no error).
int sqlitePrimaryCode(const QSqlError &error);

/// SQLITE_CORRUPT or SQLITE_NOTADB: the file is damaged or is not a database.
bool isSqliteCorruption(const QSqlError &error);

/// A UNIQUE or PRIMARY KEY violation on either backend (SQLite SQLITE_CONSTRAINT, PostgreSQL
/// 23505).
bool isUniqueViolation(const QSqlError &error);

/// @p error as an Error a person can act on. @p what says what was being done ("saving an
/// envelope"), @p label which database ("outbox", "inbox"). Codes on SQLite: "disk_full",
/// "corrupt", "io_error"; "db_error" for everything else and for every PostgreSQL error (its
/// SQLSTATE codes are not SQLite's numbers).
Error sqlError(const QSqlError &error, const QString &what, const QString &label,
               SqlBackend backend = SqlBackend::Sqlite);

} // namespace heard
