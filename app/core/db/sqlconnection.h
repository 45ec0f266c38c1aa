#pragma once

#include "db/sqlerror.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlError;
class QSqlQuery;
class QUrl;

namespace heard {

/// A pragma to set and then read back: "PRAGMA name = value", expected to read back as
/// @p readsBack (lower case, as SQLite reports it: "wal", "2", "1").
struct SqlitePragma
{
    QString name;
    QString value;
    QString readsBack;
};

/// One named QtSql connection to SQLite or PostgreSQL, owned: closing and removing it from
/// QtSql's registry happens in the destructor. Belongs to the thread that opened it.
///
/// Error codes: "db_open_failed" (driver missing, or the database cannot be opened),
/// "pragma_failed" (a pragma did not read back as set; the message names it), and those of
/// sqlError() for statements.
class SqlConnection
{
public:
    /// Opens the SQLite file at @p path (created if absent). @p label names the database in
    /// messages ("outbox"); @p connectOptions are QSQLITE's (e.g. "QSQLITE_BUSY_TIMEOUT=5000").
    static Result<std::unique_ptr<SqlConnection>>
    openSqlite(const QString &path, const QString &label, const QString &connectOptions = {});
    /// Opens postgresql://USER:PASS@HOST:PORT/DB. Query items of @p url are passed to libpq as
    /// connection options (e.g. "options=-csearch_path=NAME" or "sslmode=require").
    static Result<std::unique_ptr<SqlConnection>> openPostgres(const QUrl &url,
                                                               const QString &label);

    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    /// The connection, for QSqlQuery. Do not keep the copy beyond the connection's life.
    QSqlDatabase database() const;
    /// QtSql's connection name (unique per connection).
    QString name() const { return m_name; }
    SqlBackend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == SqlBackend::Postgres; }
    /// The database named for people: "the outbox /path/outbox.db".
    QString description() const;

    /// Runs one statement; the error says what was being done.
    Result<void> exec(const QString &sql, const QString &what) const;
    /// The first column of the first row of @p sql; "db_error" when there is no row.
    Result<QVariant> scalar(const QString &sql, const QString &what) const;
    /// @p error as an Error for this connection's backend and label (see sqlError()).
    Error error(const QSqlError &error, const QString &what) const;

    /// Runs @p sql with its '?' placeholders bound to @p values, in one round trip: SQLite binds
    /// them; PostgreSQL gets them quoted inline by the driver (QPSQL would turn prepare() into
    /// PREPARE, EXECUTE and DEALLOCATE). @p sql must hold no '?' other than the placeholders.
    /// The rows and the error are in @p query.
    bool execOnce(QSqlQuery &query, const QString &sql, const QVariantList &values) const;
    /// @p value as an SQL literal in this connection's own quoting (PQescapeByteaConn for bytes).
    QString literal(const QVariant &value) const;

    /// Sets each pragma in order and reads it back; the first that does not read back as set
    /// stops the list with "pragma_failed", naming the pragma, the value read and the file.
    Result<void> setPragmas(const QList<SqlitePragma> &pragmas) const;

private:
    SqlConnection(QString name, QString label, QString where, SqlBackend backend);

    QString m_name;
    QString m_label;
    QString m_where;
    SqlBackend m_backend;
};

} // namespace heard
