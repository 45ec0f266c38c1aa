#pragma once

// Helpers shared by the sync tests: real signed envelopes and the database rows under test.

#include "crypto/deviceidentity.h"
#include "crypto/envelope.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <sodium.h>

namespace heard::testutil {

inline QByteArray randomLaPublicKey()
{
    unsigned char pk[crypto_box_PUBLICKEYBYTES];
    unsigned char sk[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(pk, sk);
    return QByteArray(reinterpret_cast<const char *>(pk), sizeof pk);
}

inline DeviceIdentity deviceFromSeed(quint32 n)
{
    QByteArray seed(32, char(0));
    seed[0] = char(n & 0xff);
    seed[1] = char((n >> 8) & 0xff);
    seed[2] = char((n >> 16) & 0xff);
    seed[31] = 'x';
    return DeviceIdentity::fromSeed(seed).value();
}

/// A real, correctly signed envelope from @p sealer.
inline QByteArray makeEnvelope(const EnvelopeSealer &sealer,
                               const QUuid &recordId = QUuid::createUuid(), int payloadSize = 200)
{
    EnvelopeHeader header;
    header.kind = EnvelopeKind::Answer;
    header.recordId = recordId;
    header.surveyId = QStringLiteral("bright-spots-8-11");
    header.surveyVersion = 1;
    header.day = QDate(2026, 11, 27);
    QByteArray payload(payloadSize, 'p');
    return sealer.seal(header, payload).value();
}

/// The databases the store tests run on. The PostgreSQL row needs HEARD_TEST_PG_URL (a
/// postgresql:// URL); scripts/run-tests.sh starts a server and sets it. Without it the row fails:
/// CI must not pass without having tested PostgreSQL.
inline void addDatabaseRows(const QString &sqlitePath)
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("sqlite") << (QStringLiteral("sqlite:") + sqlitePath);
    const QString pg
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("HEARD_TEST_PG_URL"));
    QTest::newRow("postgres") << (pg.isEmpty() ? QString() : QStringLiteral("postgres:") + pg);
}

} // namespace heard::testutil
