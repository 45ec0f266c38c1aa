#include "inbox/inboxstore.h"

#include "db/sqlconnection.h"
#include "inbox/inboxschema.h"
#include "util/errorcode.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace heard {

InboxStore::InboxStore(std::unique_ptr<SqlConnection> connection)
    : m_db(std::move(connection))
    , m_enrolment(*m_db)
    , m_batches(*m_db)
    , m_messages(*m_db)
    , m_surveys(*m_db)
{
}

InboxStore::~InboxStore() = default;

Result<std::unique_ptr<InboxStore>> InboxStore::open(const QString &spec)
{
    using R = Result<std::unique_ptr<InboxStore>>;
    const bool postgres = spec.startsWith(u"postgres:"_s);
    if (!postgres && !spec.startsWith(u"sqlite:"_s)) {
        return R::failure(ErrorCode::BadSpec,
                          u"--db must be sqlite:PATH or postgres:URL, not \"%1\""_s.arg(spec));
    }
    Result<std::unique_ptr<SqlConnection>> connection = Error {};
    if (postgres) {
        const QUrl url(spec.mid(9));
        if (!url.isValid() || url.path().size() < 2) {
            return R::failure(ErrorCode::BadSpec,
                              u"a PostgreSQL URL looks like postgresql://USER:PASS@HOST:PORT/DB"_s);
        }
        connection = SqlConnection::openPostgres(url, u"inbox"_s);
    } else {
        connection
            = SqlConnection::openSqlite(spec.mid(7), u"inbox"_s, u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (!connection) {
        return connection.error();
    }
    const SqlConnection &db = *connection.value();
    if (postgres) {
        // No NOTICE for the one CREATE TABLE IF NOT EXISTS in the steps.
        if (auto quiet = db.exec(u"SET client_min_messages = warning"_s, u"opening the inbox"_s);
            !quiet) {
            return quiet.error();
        }
    } else if (auto set = db.setPragmas({ { u"journal_mode"_s, u"WAL"_s, u"wal"_s },
                                          { u"synchronous"_s, u"FULL"_s, u"2"_s },
                                          { u"foreign_keys"_s, u"ON"_s, u"1"_s } });
               !set) {
        return set.error();
    }
    if (auto migrated = InboxSchema::migrate(db); !migrated) {
        return migrated.error();
    }
    return R(std::unique_ptr<InboxStore>(new InboxStore(std::move(connection).value())));
}

bool InboxStore::isPostgres() const
{
    return m_db->isPostgres();
}

QString InboxStore::connectionName() const
{
    return m_db->name();
}

Result<void> InboxStore::addEnrolmentCode(const QByteArray &codeHash, const QDateTime &expires)
{
    return m_enrolment.addEnrolmentCode(codeHash, expires);
}

Result<void> InboxStore::enrolDevice(const QByteArray &codeHash, const QByteArray &publicKey,
                                     const QByteArray &tokenHash, const QDateTime &now)
{
    return m_enrolment.enrolDevice(codeHash, publicKey, tokenHash, now);
}

Result<std::optional<InboxDevice>> InboxStore::deviceByTokenHash(const QByteArray &tokenHash) const
{
    return m_enrolment.deviceByTokenHash(tokenHash);
}

Result<std::optional<InboxDevice>> InboxStore::deviceByKey(const QByteArray &publicKey) const
{
    return m_enrolment.deviceByKey(publicKey);
}

Result<QList<InboxDevice>> InboxStore::devices() const
{
    return m_enrolment.devices();
}

Result<void> InboxStore::revokeDevice(const QByteArray &publicKey)
{
    return m_enrolment.revokeDevice(publicKey);
}

Result<std::optional<SavedBatch>> InboxStore::savedBatch(const QString &idempotencyKey) const
{
    return m_batches.savedBatch(idempotencyKey);
}

Result<QByteArray>
InboxStore::storeBatch(const QString &idempotencyKey, const QByteArray &devicePublicKey,
                       const QByteArray &requestHash, const QList<IncomingRecord> &records,
                       const std::function<QByteArray(const QList<StoreOutcome> &)> &makeReply)
{
    return m_batches.storeBatch(idempotencyKey, devicePublicKey, requestHash, records, makeReply);
}

Result<qint64> InboxStore::envelopeCount() const
{
    return m_batches.envelopeCount();
}

Result<qint64> InboxStore::quarantineCount() const
{
    return m_batches.quarantineCount();
}

Result<QList<QByteArray>> InboxStore::envelopes() const
{
    return m_batches.envelopes();
}

Result<void> InboxStore::addMessage(const InboxMessage &message)
{
    return m_messages.addMessage(message);
}

Result<QList<InboxMessage>> InboxStore::messages() const
{
    return m_messages.messages();
}

Result<void> InboxStore::addSurveyDefinition(const InboxSurveyDefinition &definition)
{
    return m_surveys.addSurveyDefinition(definition);
}

Result<int> InboxStore::newestSurveyVersion(const QString &surveyId) const
{
    return m_surveys.newestSurveyVersion(surveyId);
}

Result<QList<InboxSurveyDefinition>> InboxStore::newestSurveyDefinitions() const
{
    return m_surveys.newestSurveyDefinitions();
}

Result<QList<InboxSurveyDefinition>> InboxStore::surveyDefinitions() const
{
    return m_surveys.surveyDefinitions();
}

} // namespace heard
