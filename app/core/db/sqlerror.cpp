#include "db/sqlerror.h"

#include "util/errorcode.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace heard {

namespace {
// SQLite primary result codes (extended codes keep these in the low byte).
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;
} // namespace

int sqlitePrimaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isSqliteCorruption(const QSqlError &error)
{
    const int code = sqlitePrimaryCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADb;
}

bool isUniqueViolation(const QSqlError &error)
{
    // PostgreSQL's SQLSTATE is not a number, so it never reads as an SQLite code.
    return error.nativeErrorCode() == u"23505"_s || sqlitePrimaryCode(error) == kSqliteConstraint;
}

Error sqlError(const QSqlError &error, const QString &what, const QString &label,
               SqlBackend backend)
{
    const int code = backend == SqlBackend::Sqlite ? sqlitePrimaryCode(error) : -1;
    if (code == kSqliteFull) {
        return Error { ErrorCode::DiskFull,
                       u"The disk is full, so %1 failed and was not saved. Free some space and try "
                       u"again; everything saved earlier is kept."_s.arg(what) };
    }
    if (code == kSqliteCorrupt || code == kSqliteNotADb) {
        return Error { ErrorCode::Corrupt,
                       u"The %1 database is damaged (%2: %3)."_s.arg(label, what,
                                                                     error.databaseText()) };
    }
    if (code == kSqliteIoErr) {
        return Error { ErrorCode::IoError,
                       u"The disk reported an error during %1: %2"_s.arg(what,
                                                                         error.databaseText()) };
    }
    return Error { ErrorCode::DbError, u"%1 failed: %2"_s.arg(what, error.text()) };
}

} // namespace heard
