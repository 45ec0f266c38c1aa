// Survey definition updates in the inbox database, on SQLite and PostgreSQL: newest version per
// survey id, versions only forwards.
#include "inbox/inboxstore.h"
#include "inboxtestdb.h"
#include "synctestutil.h"
#include "util/errorcode.h"

#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

class TestInboxSurveys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Opens a clean database like @p spec.
    std::unique_ptr<InboxStore> openStore(const QString &spec)
    {
        const QString fresh = testutil::freshInboxSpec(spec);
        if (fresh.isEmpty()) {
            qWarning("HEARD_TEST_PG_URL is not set: PostgreSQL was not tested (run "
                     "scripts/run-tests.sh)");
            return {};
        }
        auto store = InboxStore::open(fresh);
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return {};
        }
        return std::move(store.value());
    }

    static InboxSurveyDefinition definition(const QString &id, int version)
    {
        return { id, version, QDateTime::currentDateTimeUtc(),
                 u"{\"signed\": \"%1@%2\"}"_s.arg(id).arg(version).toUtf8() };
    }

private Q_SLOTS:
    void newestVersionPerSurvey_data() { testutil::addDatabaseRows(m_dir.filePath(u"a.db"_s)); }

    void newestVersionPerSurvey()
    {
        QFETCH(QString, spec);
        auto store = openStore(spec);
        QVERIFY(store);
        QCOMPARE(store->newestSurveyVersion(u"children-8-11"_s).value(), 0);
        QCOMPARE(store->newestSurveyDefinitions().value().size(), 0);
        QVERIFY(store->addSurveyDefinition(definition(u"children-8-11"_s, 1)));
        QVERIFY(store->addSurveyDefinition(definition(u"children-8-11"_s, 3)));
        QVERIFY(store->addSurveyDefinition(definition(u"care-leavers"_s, 2)));
        QCOMPARE(store->newestSurveyVersion(u"children-8-11"_s).value(), 3);

        const auto newest = store->newestSurveyDefinitions();
        QVERIFY(newest);
        QCOMPARE(newest->size(), 2);
        QCOMPARE(newest->at(0).surveyId, u"care-leavers"_s);
        QCOMPARE(newest->at(0).version, 2);
        QCOMPARE(newest->at(0).signedBytes, QByteArray("{\"signed\": \"care-leavers@2\"}"));
        QCOMPARE(newest->at(1).surveyId, u"children-8-11"_s);
        QCOMPARE(newest->at(1).version, 3);
        QCOMPARE(newest->at(1).signedBytes, QByteArray("{\"signed\": \"children-8-11@3\"}"));
        QVERIFY(newest->at(1).published.isValid());

        // heard-admin report needs every version, not just the newest.
        const auto all = store->surveyDefinitions();
        QVERIFY(all);
        QStringList listed;
        for (const InboxSurveyDefinition &d : all.value())
            listed.append(u"%1@%2"_s.arg(d.surveyId).arg(d.version));
        QCOMPARE(listed,
                 QStringList({ u"care-leavers@2"_s, u"children-8-11@1"_s, u"children-8-11@3"_s }));
        QCOMPARE(all->at(1).signedBytes, QByteArray("{\"signed\": \"children-8-11@1\"}"));
    }

    void versionsOnlyGoForwards_data() { testutil::addDatabaseRows(m_dir.filePath(u"b.db"_s)); }

    void versionsOnlyGoForwards()
    {
        QFETCH(QString, spec);
        auto store = openStore(spec);
        QVERIFY(store);
        QVERIFY(store->addSurveyDefinition(definition(u"children-4-7"_s, 5)));
        for (int version : { 5, 4, 1 }) {
            const auto refused = store->addSurveyDefinition(definition(u"children-4-7"_s, version));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::VersionNotNewer);
        }
        // The refusal rolled back cleanly: the store still takes the next version.
        QVERIFY(store->addSurveyDefinition(definition(u"children-4-7"_s, 6)));
        QCOMPARE(store->newestSurveyVersion(u"children-4-7"_s).value(), 6);
    }
    // An inbox from before the table existed gains it: tst_inboxmigrations, from a real v1.
};

QTEST_GUILESS_MAIN(TestInboxSurveys)
#include "tst_inboxsurveys.moc"
