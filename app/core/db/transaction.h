#pragma once

#include "util/result.h"

#include <QString>

namespace heard {

class SqlConnection;

/// One transaction on a SqlConnection, rolled back unless commit() succeeded (RAII).
///
/// SQLite starts with BEGIN IMMEDIATE: the write lock is taken up front, so a second writer waits
/// (busy timeout) instead of failing halfway. PostgreSQL starts with BEGIN.
class Transaction
{
public:
    explicit Transaction(const SqlConnection &connection);
    /// Rolls back when begun and not committed. After SQLITE_FULL SQLite may already have rolled
    /// back itself; the failing ROLLBACK is harmless then.
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Starts the transaction; @p what says what it is for, in errors.
    Result<void> begin(const QString &what);
    /// Commits. On failure the transaction stays open and the destructor rolls it back.
    Result<void> commit();
    /// Rolls back now (also done by the destructor).
    void rollback();

private:
    const SqlConnection &m_connection;
    QString m_what;
    bool m_open = false;
};

/// Runs @p body (returning Result<void>) inside one Transaction on @p connection: committed when
/// the body succeeds, rolled back when it or the commit fails.
template<typename Body>
Result<void> inTransaction(const SqlConnection &connection, const QString &what, Body body)
{
    Transaction transaction(connection);
    if (auto begun = transaction.begin(what); !begun) {
        return begun;
    }
    if (Result<void> done = body(); !done) {
        return done;
    }
    return transaction.commit();
}

} // namespace heard
