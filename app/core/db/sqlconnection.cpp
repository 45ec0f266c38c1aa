#include "db/sqlconnection.h"

#include "util/errorcode.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

std::atomic<quint64> g_connectionCounter { 0 };

QString newConnectionName(const QString &label)
{
    return u"heard-%1-%2"_s.arg(label).arg(g_connectionCounter.fetch_add(1));
}

using Opened = Result<std::unique_ptr<SqlConnection>>;

/// Opens @p db, registered under @p name; on failure removes the registration again.
Result<void> openRegistered(QSqlDatabase &db, const QString &name, const QString &where,
                            const QString &driver)
{
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Result<void>::failure(
            ErrorCode::DbOpenFailed,
            u"The Qt SQL driver %1 is not available, so the %2 could not be "
            u"opened."_s.arg(driver, where));
    }
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Result<void>::failure(ErrorCode::DbOpenFailed,
                                     u"The %1 could not be opened: %2"_s.arg(where, text));
    }
    return {};
}

} // namespace

SqlConnection::SqlConnection(QString name, QString label, QString where, SqlBackend backend)
    : m_name(std::move(name))
    , m_label(std::move(label))
    , m_where(std::move(where))
    , m_backend(backend)
{
}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

Opened SqlConnection::openSqlite(const QString &path, const QString &label,
                                 const QString &connectOptions)
{
    const QString name = newConnectionName(label);
    const QString where = u"%1 %2"_s.arg(label, path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (db.isValid()) {
            db.setDatabaseName(path);
            db.setConnectOptions(connectOptions);
        }
        if (auto opened = openRegistered(db, name, where, u"QSQLITE"_s); !opened) {
            return opened.error();
        }
    }
    return Opened(
        std::unique_ptr<SqlConnection>(new SqlConnection(name, label, where, SqlBackend::Sqlite)));
}

Opened SqlConnection::openPostgres(const QUrl &url, const QString &label)
{
    const QString name = newConnectionName(label);
    // Never the password: this text ends up in messages and logs.
    const QString where = u"%1 database %2 on %3:%4"_s.arg(label, url.path().mid(1), url.host())
                              .arg(url.port(5432));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        if (db.isValid()) {
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            // QPSQL joins "key=value;key=value" into libpq's conninfo.
            QStringList options;
            for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
                options.append(key + u'=' + value);
            }
            db.setConnectOptions(options.join(u';'));
        }
        if (auto opened = openRegistered(db, name, where, u"QPSQL"_s); !opened) {
            return opened.error();
        }
    }
    return Opened(std::unique_ptr<SqlConnection>(
        new SqlConnection(name, label, where, SqlBackend::Postgres)));
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString SqlConnection::description() const
{
    return m_where;
}

Error SqlConnection::error(const QSqlError &error, const QString &what) const
{
    return sqlError(error, what, m_label, m_backend);
}

Result<void> SqlConnection::exec(const QString &sql, const QString &what) const
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        return error(query.lastError(), what);
    }
    return {};
}

Result<QVariant> SqlConnection::scalar(const QString &sql, const QString &what) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return error(query.lastError(), what);
    }
    if (!query.next()) {
        return Result<QVariant>::failure(ErrorCode::DbError, u"%1 returned no row."_s.arg(what));
    }
    return query.value(0);
}

QString SqlConnection::literal(const QVariant &value) const
{
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return database().driver()->formatValue(field);
}

bool SqlConnection::execOnce(QSqlQuery &query, const QString &sql, const QVariantList &values) const
{
    if (!isPostgres()) {
        query.prepare(sql);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        return query.exec();
    }
    QString text;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == u'?' && next < values.size()) {
            text += literal(values.at(next++));
        } else {
            text += c;
        }
    }
    return query.exec(text);
}

Result<void> SqlConnection::setPragmas(const QList<SqlitePragma> &pragmas) const
{
    for (const SqlitePragma &pragma : pragmas) {
        const QString set = u"PRAGMA %1 = %2"_s.arg(pragma.name, pragma.value);
        if (auto done = exec(set, set); !done) {
            return done;
        }
        auto value = scalar(u"PRAGMA "_s + pragma.name, u"PRAGMA "_s + pragma.name);
        if (!value) {
            return value.error();
        }
        const QString actual = value->toString().toLower();
        if (actual != pragma.readsBack) {
            return Result<void>::failure(
                ErrorCode::PragmaFailed,
                u"%1 did not take effect on the %2: it reads back \"%3\", not \"%4\"; the %5 "
                u"cannot promise durability, so it was not opened."_s.arg(
                    set, m_where, actual, pragma.readsBack, m_label));
        }
    }
    return {};
}

} // namespace heard
