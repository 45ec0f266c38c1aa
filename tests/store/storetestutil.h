#pragma once

// Small helpers shared by the outbox tests.

#include "store/outboxstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

namespace heard::testutil {

inline OutboxRecord makeRecord(const QUuid &session = {}, const QByteArray &envelope = {},
                               const QString &kind = QStringLiteral("answer"))
{
    OutboxRecord record;
    record.recordId = QUuid::createUuid();
    record.sessionId = session;
    record.surveyId = QStringLiteral("bright-spots-8-11");
    record.day = QDate(2026, 11, 27);
    record.kind = kind;
    if (envelope.isEmpty()) {
        QByteArray bytes(1024, Qt::Uninitialized);
        for (char &c : bytes) {
            c = char(QRandomGenerator::global()->bounded(256));
        }
        record.envelope = bytes;
    } else {
        record.envelope = envelope;
    }
    return record;
}

/// Every file under @p dir whose raw bytes contain @p marker.
inline QStringList filesContaining(const QString &dir, const QByteArray &marker)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(marker)) {
            hits.append(path);
        }
    }
    return hits;
}

} // namespace heard::testutil
