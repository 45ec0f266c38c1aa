#pragma once

// Helpers shared by the sync tests: real signed envelopes and the database rows under test.

#include "crypto/deviceidentity.h"
#include "crypto/envelope.h"
#include "support/envelopeheaders.h"
#include "support/testidentities.h"
#include "support/testkeypair.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

namespace heard::testutil {

/// A real, correctly signed envelope from @p sealer.
inline QByteArray makeEnvelope(const EnvelopeSealer &sealer,
                               const QUuid &recordId = QUuid::createUuid(), int payloadSize = 200)
{
    EnvelopeHeader header = envelopeHeader(
        EnvelopeKind::Answer, QStringLiteral("bright-spots-8-11"), 1, QDate(2026, 11, 27));
    header.recordId = recordId;
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
