// What durability costs: append latency of one 1 KB envelope through OutboxStore (WAL,
// synchronous=FULL, one transaction, duplicate check) against the floor of a bare prepared
// QSqlQuery insert into a WAL+FULL table; a sealed answer end to end; and how listing, counting
// and opening behave with 100,000 pending envelopes. Prints figures; fails only if something
// breaks.

#include "crypto/deviceidentity.h"
#include "crypto/envelope.h"
#include "session/answersink.h"
#include "store/outboxstore.h"
#include "store/sealedanswersink.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sodium.h>

#include <algorithm>
#include <functional>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

OutboxRecord record(int size = 1024)
{
    OutboxRecord r;
    r.recordId = QUuid::createUuid();
    r.surveyId = u"children-8-11"_s;
    r.day = QDate(2026, 11, 27);
    r.kind = u"answer"_s;
    r.envelope = randomBytes(size);
    return r;
}

struct Latency
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

/// Microseconds per call of @p op over @p count timed calls after a warm-up.
Latency measure(const std::function<bool()> &op, int count = 1000)
{
    for (int i = 0; i < 20; ++i) {
        if (!op()) {
            qFatal("operation failed during warm-up");
        }
    }
    QList<double> micros;
    micros.reserve(count);
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        if (!op()) {
            qFatal("operation failed");
        }
        micros.append(timer.nsecsElapsed() / 1000.0);
    }
    std::sort(micros.begin(), micros.end());
    return { micros[count / 2], micros[count * 99 / 100], micros.last() };
}

void print(const QString &what, const Latency &l)
{
    out << what << u": p50 "_s << QString::number(l.p50, 'f', 0) << u" us, p99 "_s
        << QString::number(l.p99, 'f', 0) << u" us, max "_s << QString::number(l.max, 'f', 0)
        << u" us"_s << Qt::endl;
}

double millis(const std::function<void()> &op)
{
    QElapsedTimer timer;
    timer.start();
    op();
    return timer.nsecsElapsed() / 1e6;
}

Latency floorLatency(const QString &path)
{
    Latency floor;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"floor"_s);
        db.setDatabaseName(path);
        if (!db.open()) {
            qFatal("floor db");
        }
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode = WAL"_s);
        q.exec(u"PRAGMA synchronous = FULL"_s);
        q.exec(u"CREATE TABLE t (id TEXT PRIMARY KEY, envelope BLOB NOT NULL)"_s);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO t VALUES (?, ?)"_s);
        floor = measure([&] {
            insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            insert.addBindValue(randomBytes(1024));
            return insert.exec();
        });
    }
    QSqlDatabase::removeDatabase(u"floor"_s);
    return floor;
}

/// The layer's own cost, where fsync is nearly free (tmpfs), so it is not hidden by the disk.
void layerOverheadOn(const QString &dir)
{
    if (!QFileInfo(dir).isDir()) {
        return;
    }
    QTemporaryDir scratch(dir + u"/heard-bench-XXXXXX"_s);
    const Latency floor = floorLatency(scratch.filePath(u"floor.db"_s));
    auto store = OutboxStore::open(scratch.filePath(u"outbox.db"_s));
    if (!store) {
        return;
    }
    const Latency ours = measure([&] { return store.value()->append(record()).ok(); });
    print(u"on tmpfs %1, floor"_s.arg(dir), floor);
    print(u"on tmpfs %1, OutboxStore::append"_s.arg(dir), ours);
    out << u"layer overhead without disk cost: p50 +"_s
        << QString::number(ours.p50 - floor.p50, 'f', 0) << u" us ("_s
        << QString::number(ours.p50 / floor.p50, 'f', 2) << u"x)"_s << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;

    // Floor: the least a durable insert can cost with this SQLite and disk.
    const Latency floor = floorLatency(dir.filePath(u"floor.db"_s));
    print(u"floor: bare QSqlQuery insert, WAL + synchronous=FULL, 1 KB"_s, floor);
    auto opened = OutboxStore::open(dir.filePath(u"outbox.db"_s));
    if (!opened) {
        qFatal("open: %s", qPrintable(opened.error().message));
    }
    OutboxStore &store = *opened.value();
    const Latency ours = measure([&] { return store.append(record()).ok(); });
    print(u"OutboxStore::append, 1 KB envelope"_s, ours);
    out << u"ratio append/floor: p50 "_s << QString::number(ours.p50 / floor.p50, 'f', 2)
        << u"x, p99 "_s << QString::number(ours.p99 / floor.p99, 'f', 2) << u"x"_s << Qt::endl;

    layerOverheadOn(u"/dev/shm"_s);

    // End to end: seal and sign a typical answer, then commit it.
    {
        if (sodium_init() < 0) {
            qFatal("sodium");
        }
        QByteArray laPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        QByteArray laSecret(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
        crypto_box_keypair(reinterpret_cast<uchar *>(laPublic.data()),
                           reinterpret_cast<uchar *>(laSecret.data()));
        auto device = DeviceIdentity::fromSeed(randomBytes(32));
        const EnvelopeSealer sealer(device.value(), laPublic);
        Survey survey;
        survey.id = u"children-8-11"_s;
        survey.version = 1;
        Section section;
        Question question;
        question.id = u"q1"_s;
        question.kind = QuestionKind::YesNo;
        question.measures = { Measure { u"feel-safe"_s, { u"yes"_s } } };
        section.questions = { question };
        survey.sections = { section };
        SealedAnswerSink sink(store, sealer, survey);
        SessionInfo session;
        session.sessionId = QUuid::createUuid();
        session.surveyId = survey.id;
        session.surveyVersion = 1;
        session.ageBand = u"8-11"_s;
        session.language = u"en"_s;
        session.day = QDate(2026, 11, 27);
        int sequence = 0;
        const Latency sealed = measure([&] {
            AnswerRecord answer;
            answer.questionId = u"q1"_s;
            answer.codes = { u"yes"_s };
            answer.sequence = ++sequence;
            return sink.recordAnswer(session, answer).ok();
        });
        print(u"SealedAnswerSink::recordAnswer (seal + sign + append)"_s, sealed);
        const double finish = millis([&] {
            if (!sink.finishSession(session, SessionSummary {})) {
                qFatal("finish");
            }
        });
        out << u"finishSession after 1020 answers (incl. WAL checkpoint): "_s
            << QString::number(finish, 'f', 1) << u" ms"_s << Qt::endl;
    }

    // A device offline for a long time: 100,000 pending envelopes.
    const int target = 100000;
    const double fill = millis([&] {
        while (store.totalCount().value() < target) {
            QList<OutboxRecord> batch;
            for (int i = 0; i < 1000; ++i) {
                batch.append(record());
            }
            if (!store.appendMany(batch)) {
                qFatal("fill");
            }
        }
    });
    out << u"filled to "_s << store.totalCount().value() << u" envelopes in "_s
        << QString::number(fill / 1000, 'f', 1) << u" s ("_s
        << QString::number(QFileInfo(store.path()).size() / 1e6, 'f', 0) << u" MB)"_s << Qt::endl;
    qint64 count = 0;
    const double countMs = millis([&] { count = store.pendingCount().value(); });
    out << u"pendingCount() = "_s << count << u": "_s << QString::number(countMs, 'f', 1)
        << u" ms"_s << Qt::endl;
    const double batchMs = millis([&] {
        if (store.pending(500).value().size() != 500) {
            qFatal("pending");
        }
    });
    out << u"pending(500), a sync batch: "_s << QString::number(batchMs, 'f', 1) << u" ms"_s
        << Qt::endl;
    const double allMs = millis([&] {
        if (store.pending(target * 2).value().size() < target) {
            qFatal("pending all");
        }
    });
    out << u"pending(all 100k): "_s << QString::number(allMs, 'f', 0) << u" ms"_s << Qt::endl;
    const Latency full = measure([&] { return store.append(record()).ok(); }, 300);
    print(u"OutboxStore::append with 100k pending"_s, full);

    const QString path = store.path();
    opened = Result<std::unique_ptr<OutboxStore>>(Error {}); // close
    const double reopen = millis([&] {
        auto again = OutboxStore::open(path);
        if (!again) {
            qFatal("reopen: %s", qPrintable(again.error().message));
        }
    });
    out << u"open() with 100k envelopes (pragmas + quick_check): "_s
        << QString::number(reopen, 'f', 0) << u" ms"_s << Qt::endl;
    const double read = millis([&] {
        if (OutboxStore::readEnvelopes(path).value().size() < target) {
            qFatal("read");
        }
    });
    out << u"readEnvelopes() of 100k (heard-admin open): "_s << QString::number(read, 'f', 0)
        << u" ms"_s << Qt::endl;
    return 0;
}
