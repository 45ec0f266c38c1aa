#include "db/transaction.h"

#include "db/sqlconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace heard {

Transaction::Transaction(const SqlConnection &connection)
    : m_connection(connection)
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin(const QString &what)
{
    m_what = what;
    auto begun
        = m_connection.exec(m_connection.isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s, what);
    m_open = begun.ok();
    return begun;
}

Result<void> Transaction::commit()
{
    auto committed = m_connection.exec(u"COMMIT"_s, m_what);
    if (committed) {
        m_open = false;
    }
    return committed;
}

void Transaction::rollback()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    QSqlQuery rollback(m_connection.database());
    rollback.exec(u"ROLLBACK"_s);
}

} // namespace heard
