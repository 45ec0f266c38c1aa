// The inbox database on SQLite and PostgreSQL: the same behaviour from the same SQL.
#include "inbox/inboxstore.h"
#include "synctestutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace heard;
using namespace Qt::StringLiterals;

class TestInboxStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InboxStore> openStore()
    {
        QFETCH(QString, spec);
        if (spec.isEmpty()) {
            qWarning("HEARD_TEST_PG_URL is not set: PostgreSQL was not tested (run "
                     "scripts/run-tests.sh)");
            return {};
        }
        auto store = InboxStore::open(spec);
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return {};
        }
        if (!store.value()->wipeForTests()) {
            return {};
        }
        return std::move(store.value());
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void enrolmentCodeWorksOnceAndExpires_data()
    {
        testutil::addDatabaseRows(m_dir.filePath(u"a.db"_s));
    }
    void enrolmentCodeWorksOnceAndExpires()
    {
        auto store = openStore();
        QVERIFY(store);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store->addEnrolmentCode("code-1", now.addSecs(60)));
        QVERIFY(store->addEnrolmentCode("code-2", now.addSecs(-1)));
        const QByteArray key(32, 'k');
        QVERIFY(store->enrolDevice("code-1", key, "token-hash-1", now));
        // The same key may retry with the same code (lost reply); the new token replaces the old.
        QVERIFY(store->enrolDevice("code-1", key, "token-hash-1b", now));
        QVERIFY(store->deviceByTokenHash("token-hash-1b").value().has_value());
        QVERIFY(!store->deviceByTokenHash("token-hash-0").value().has_value());
        QVERIFY(store->enrolDevice("code-1", key, "token-hash-1", now));
        auto second = store->enrolDevice("code-1", QByteArray(32, 'j'), "token-hash-2", now);
        QVERIFY(!second);
        QCOMPARE(second.error().code, u"bad_code"_s);
        auto expired = store->enrolDevice("code-2", QByteArray(32, 'j'), "token-hash-3", now);
        QCOMPARE(expired.error().code, u"bad_code"_s);
        QCOMPARE(store->enrolDevice("nope", QByteArray(32, 'j'), "token-hash-4", now).error().code,
                 u"bad_code"_s);

        auto found = store->deviceByTokenHash("token-hash-1");
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->publicKey, key);
        QVERIFY(!(*found)->revoked);
        QVERIFY(store->deviceByTokenHash("token-hash-2").value() == std::nullopt);

        QVERIFY(store->revokeDevice(key));
        QVERIFY(store->deviceByTokenHash("token-hash-1").value()->revoked);
        QCOMPARE(store->revokeDevice(QByteArray(32, 'z')).error().code, u"not_found"_s);
        QCOMPARE(store->devices().value().size(), 1);
    }

    void batchStoresOnceAndQuarantinesConflicts_data()
    {
        testutil::addDatabaseRows(m_dir.filePath(u"b.db"_s));
    }
    void batchStoresOnceAndQuarantinesConflicts()
    {
        auto store = openStore();
        QVERIFY(store);
        const QByteArray device(32, 'd');
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        const QByteArray binary("\x00\x01\xff\xfe bytes", 10); // zero bytes survive both drivers
        QList<StoreOutcome> seen;
        auto reply = store->storeBatch(u"k1"_s, device, "h1", { { a, binary }, { b, "bee" } },
                                       [&](const QList<StoreOutcome> &outcomes) {
                                           seen = outcomes;
                                           return QByteArray("reply-1");
                                       });
        QVERIFY2(reply, qPrintable(reply.ok() ? QString() : reply.error().message));
        QCOMPARE(seen, (QList<StoreOutcome> { StoreOutcome::Stored, StoreOutcome::Stored }));

        reply = store->storeBatch(u"k2"_s, device, "h2", { { a, binary }, { b, "different" } },
                                  [&](const QList<StoreOutcome> &outcomes) {
                                      seen = outcomes;
                                      return QByteArray("reply-2");
                                  });
        QVERIFY(reply);
        QCOMPARE(seen, (QList<StoreOutcome> { StoreOutcome::Duplicate, StoreOutcome::Conflict }));
        QCOMPARE(store->envelopeCount().value(), 2);
        QCOMPARE(store->quarantineCount().value(), 1);
        // The original bytes are never overwritten.
        QVERIFY(store->envelopes().value().contains("bee"));
        QVERIFY(store->envelopes().value().contains(binary));

        auto saved = store->savedBatch(u"k1"_s);
        QVERIFY(saved && saved->has_value());
        QCOMPARE((*saved)->reply, QByteArray("reply-1"));
        QCOMPARE((*saved)->requestHash, QByteArray("h1"));
        QCOMPARE((*saved)->devicePublicKey, device);

        // The same key again: the whole transaction rolls back, nothing new is stored.
        auto again = store->storeBatch(u"k1"_s, device, "h1", { { QUuid::createUuid(), "c" } },
                                       [](const QList<StoreOutcome> &) { return QByteArray("x"); });
        QCOMPARE(again.error().code, u"batch_exists"_s);
        QCOMPARE(store->envelopeCount().value(), 2);
    }

    void messagesRoundTrip_data() { testutil::addDatabaseRows(m_dir.filePath(u"c.db"_s)); }
    void messagesRoundTrip()
    {
        auto store = openStore();
        QVERIFY(store);
        InboxMessage message;
        message.id = QUuid::createUuid();
        message.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        message.text
            = { { u"en"_s, u"You said the garden was boring; we planted a sunflower patch 🌻"_s },
                { u"cy"_s, u"Dywedoch chi; gwnaethon ni."_s } };
        message.picture = QByteArray("\x89PNG\x00\x01", 6);
        message.pictureType = u"image/png"_s;
        QVERIFY(store->addMessage(message));
        auto list = store->messages();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().text, message.text);
        QCOMPARE(list->first().picture, message.picture);
        QCOMPARE(list->first().published, message.published);
        QVERIFY(list->first().audio.isEmpty());
    }

    void sqliteSurvivesReopen()
    {
        const QString spec = u"sqlite:"_s + m_dir.filePath(u"reopen.db"_s);
        {
            auto store = InboxStore::open(spec);
            QVERIFY(store);
            QVERIFY(store.value()->storeBatch(
                u"k"_s, "d", "h", { { QUuid::createUuid(), "e" } },
                [](const QList<StoreOutcome> &) { return QByteArray("r"); }));
        }
        auto store = InboxStore::open(spec);
        QVERIFY(store);
        QCOMPARE(store.value()->envelopeCount().value(), 1);
        QCOMPARE(InboxStore::open(u"mysql:x"_s).error().code, u"bad_spec"_s);
    }
};

QTEST_GUILESS_MAIN(TestInboxStore)
#include "tst_inboxstore.moc"
