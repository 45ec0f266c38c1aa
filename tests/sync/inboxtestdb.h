// A clean inbox database for a test or a benchmark, made by the test code itself (the store
// has no test-only API): a removed SQLite file, or a new PostgreSQL schema of its own.
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace heard::testutil {

/// Runs @p statements on the PostgreSQL database of @p url (postgresql://...), outside any
/// InboxStore. Returns the first error's text, or an empty string.
inline QString runOnPostgres(const QString &url, const QStringList &statements)
{
    const QUrl parsed(url);
    const QString name = QStringLiteral("heard-test-admin-") + QUuid::createUuid().toString();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed.host());
        db.setPort(parsed.port(5432));
        db.setDatabaseName(parsed.path().mid(1));
        db.setUserName(parsed.userName());
        db.setPassword(parsed.password());
        const QString options
            = QUrlQuery(parsed).queryItemValue(QStringLiteral("options"), QUrl::FullyDecoded);
        if (!options.isEmpty())
            db.setConnectOptions(QStringLiteral("options=") + options);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    failure = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

/// The spec of an empty inbox database like @p spec ("sqlite:PATH" or "postgres:URL"): the
/// SQLite file and its -wal/-shm are removed; on PostgreSQL a new schema is created and the URL
/// puts it first on the search_path, so parallel tests never share tables. An empty @p spec
/// (no PostgreSQL configured) stays empty; so does a PostgreSQL that cannot be reached.
inline QString freshInboxSpec(const QString &spec)
{
    if (spec.startsWith(QStringLiteral("sqlite:"))) {
        const QString path = spec.mid(7);
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                       QStringLiteral("-journal") })
            QFile::remove(path + suffix);
        return spec;
    }
    if (!spec.startsWith(QStringLiteral("postgres:")))
        return spec;
    const QString url = spec.mid(9);
    const QString schema = QStringLiteral("heard_t_") + QUuid::createUuid().toString(QUuid::Id128);
    const QString failure = runOnPostgres(url, { QStringLiteral("CREATE SCHEMA ") + schema });
    if (!failure.isEmpty()) {
        qWarning("cannot create a PostgreSQL schema for the test: %s", qPrintable(failure));
        return QString();
    }
    QUrl withSchema(url);
    QUrlQuery query(withSchema);
    query.addQueryItem(QStringLiteral("options"), QStringLiteral("-csearch_path%3D") + schema);
    withSchema.setQuery(query);
    return QStringLiteral("postgres:") + withSchema.toString(QUrl::FullyEncoded);
}

} // namespace heard::testutil
