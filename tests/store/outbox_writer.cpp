// Test helper for tst_outboxcrash: appends envelopes to the outbox at argv[1] forever, and
// prints each record id to stdout only after the call that committed it returned. The test
// SIGKILLs it at random moments and then checks every printed id survived.

#include "store/outboxstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

OutboxRecord record(const QUuid &session)
{
    OutboxRecord r;
    r.recordId = QUuid::createUuid();
    r.sessionId = session;
    r.surveyId = u"children-8-11"_s;
    r.day = QDate(2026, 11, 27);
    r.kind = u"answer"_s;
    QByteArray bytes(200 + QRandomGenerator::global()->bounded(600), Qt::Uninitialized);
    for (char &c : bytes) {
        c = char(QRandomGenerator::global()->bounded(256));
    }
    r.envelope = bytes;
    return r;
}

void report(const QUuid &id)
{
    std::fputs(qPrintable(id.toString(QUuid::WithoutBraces) + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: outbox_writer OUTBOX_PATH\n", stderr);
        return 2;
    }
    auto opened = OutboxStore::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    OutboxStore &store = *opened.value();
    // Negative control for the test: claim before committing, as a buggy caller would.
    const bool claimEarly = qEnvironmentVariableIsSet("HEARD_WRITER_CLAIM_EARLY");
    QUuid session = QUuid::createUuid();
    for (;;) {
        const int dice = QRandomGenerator::global()->bounded(100);
        if (dice < 80) {
            const OutboxRecord r = record(session);
            if (claimEarly) {
                report(r.recordId);
            }
            if (!store.append(r)) {
                return 1;
            }
            if (!claimEarly) {
                report(r.recordId);
            }
        } else if (dice < 90) {
            const QList<OutboxRecord> batch { record({}), record({}), record({}) };
            if (!store.appendMany(batch)) {
                return 1;
            }
            for (const OutboxRecord &r : batch) {
                report(r.recordId);
            }
        } else if (dice < 97) {
            // Checkpoints (TRUNCATE) get killed too.
            if (!store.finishSession(session)) {
                return 1;
            }
            session = QUuid::createUuid();
        } else {
            // A withdrawn session: only records never reported are deleted here.
            const QUuid withdrawn = QUuid::createUuid();
            if (!store.append(record(withdrawn)) || !store.deleteSession(withdrawn)) {
                return 1;
            }
        }
    }
}
