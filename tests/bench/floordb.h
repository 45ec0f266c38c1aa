#pragma once
// The benchmarks' durable-write floor: SQLite through its C API, no Qt layers, with the pragmas
// OutboxStore sets (WAL, synchronous=FULL, secure_delete). Header-only; link PkgConfig::SQLITE3.

#include <QFile>
#include <QString>

#include <sodium.h>

#include <sqlite3.h>

namespace heard::bench {

using namespace Qt::StringLiterals;

[[noreturn]] inline void floorFail(const QString &what)
{
    qFatal("benchmark floor: %s", qPrintable(what));
}

inline QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(size));
    return bytes;
}

/// The floor's database: the sqlite3 C API directly, the outbox's pragmas, one prepared INSERT.
class FloorDb
{
public:
    explicit FloorDb(const QString &path)
        : m_path(path)
    {
        const QByteArray name = QFile::encodeName(path);
        if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr)
            != SQLITE_OK) {
            floorFail(u"floor: cannot open %1"_s.arg(path));
        }
        // The same pragmas OutboxStore sets (foreign_keys does not matter without references).
        exec("PRAGMA secure_delete = ON");
        exec("PRAGMA temp_store = MEMORY");
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        if (pragma("PRAGMA journal_mode") != "wal" || pragma("PRAGMA synchronous") != "2"
            || pragma("PRAGMA secure_delete") != "1") {
            floorFail(u"floor: pragmas did not read back as set"_s);
        }
        exec("CREATE TABLE IF NOT EXISTS t (seq INTEGER PRIMARY KEY, envelope BLOB NOT NULL)");
        m_begin = prepare("BEGIN IMMEDIATE");
        m_insert = prepare("INSERT INTO t (envelope) VALUES (?)");
        m_commit = prepare("COMMIT");
        m_rollback = prepare("ROLLBACK");
    }
    ~FloorDb()
    {
        sqlite3_finalize(m_begin);
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_commit);
        sqlite3_finalize(m_rollback);
        sqlite3_close(m_db);
    }
    FloorDb(const FloorDb &) = delete;
    FloorDb &operator=(const FloorDb &) = delete;

    /// One blob in its own transaction: durable (fsynced) when this returns true.
    bool insert(const QByteArray &blob)
    {
        return step(m_begin) && insertOnly(blob) && step(m_commit);
    }

    /// All of @p blobs in one transaction: durable when this returns true.
    bool insertBatch(const QList<QByteArray> &blobs)
    {
        if (!step(m_begin)) {
            return false;
        }
        for (const QByteArray &blob : blobs) {
            if (!insertOnly(blob)) {
                step(m_rollback);
                return false;
            }
        }
        return step(m_commit);
    }

    /// @p count blobs of @p size random bytes, in transactions of @p perTransaction.
    void fill(int count, int size, int perTransaction)
    {
        for (int done = 0; done < count;) {
            if (!step(m_begin)) {
                floorFail(u"floor fill: begin"_s);
            }
            for (int i = 0; i < perTransaction && done < count; ++i, ++done) {
                if (!insertOnly(randomBytes(size))) {
                    floorFail(u"floor fill: insert"_s);
                }
            }
            if (!step(m_commit)) {
                floorFail(u"floor fill: commit"_s);
            }
        }
    }

    QString path() const { return m_path; }

private:
    void exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "?");
            sqlite3_free(message);
            floorFail(u"floor: %1: %2"_s.arg(QLatin1StringView(sql), text));
        }
    }
    QByteArray pragma(const char *sql)
    {
        sqlite3_stmt *statement = prepare(sql);
        QByteArray value;
        if (sqlite3_step(statement) == SQLITE_ROW) {
            value = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        }
        sqlite3_finalize(statement);
        return value;
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            floorFail(u"floor: cannot prepare %1: %2"_s.arg(
                QLatin1StringView(sql), QString::fromUtf8(sqlite3_errmsg(m_db))));
        }
        return statement;
    }
    bool step(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        return rc == SQLITE_DONE;
    }
    bool insertOnly(const QByteArray &blob)
    {
        sqlite3_bind_blob(m_insert, 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        const bool done = step(m_insert);
        sqlite3_clear_bindings(m_insert);
        return done;
    }

    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_commit = nullptr;
    sqlite3_stmt *m_rollback = nullptr;
};

} // namespace heard::bench
