// What durability costs (issue 3, item 7): answer -> durable latency of
// SealedAnswerSink::recordAnswer (payload encoding, crypto_box_seal, Ed25519 signature and the
// committed insert through OutboxStore) against a floor measured in the same run, interleaved
// call by call so both share the machine's noise: crypto_box_seal of the same plaintext bytes
// plus one prepared INSERT of the sealed blob in its own BEGIN/COMMIT, through the sqlite3 C API
// with the outbox's pragmas and no Qt layers. Two such pairs run side by side, answer by answer:
// an empty outbox with an empty floor database, and an outbox with a floor database that both
// already hold 100,000 pending envelopes, so the empty and full ratios see the same noise too.
// The pairs are measured in several rounds (kDefaultRounds); every ratio is reported as the
// median over the rounds with its spread. Then listing, counting and opening with 100k pending.
//
// Prints figures, ratios and whether the targets are met; fails only when something breaks.
// The databases live on a real file system (QDir::tempPath(), or HEARD_BENCH_DIR): a floor on
// tmpfs would not include an fsync and would say nothing about durability.

#include "../floordb.h"
#include "crypto/deviceidentity.h"
#include "crypto/envelope.h"
#include "crypto/envelopeheader.h"
#include "crypto/responsepayload.h"
#include "session/sessiontypes.h"
#include "store/outboxstore.h"
#include "store/sealedanswersink.h"
#include "survey/survey.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sodium.h>

#include <algorithm>
#include <functional>
#include <sqlite3.h>
#include <sys/vfs.h>

using namespace heard;
using heard::bench::FloorDb;
using heard::bench::randomBytes;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

constexpr int kAnswers = 1000; // timed answers per round and lane (the issue asks for >= 1,000)
/// One round's p99 ratio swings 1.3-2.3x on this disk, so the verdict is the median of several
/// interleaved rounds, printed with its spread (HEARD_BENCH_ROUNDS changes the count).
constexpr int kDefaultRounds = 5;
constexpr int kWarmUp = 50;
constexpr int kPending = 100000;
constexpr int kQuestionsPerSession = 25; // a realistic survey length; each answer is a new one
constexpr double kTargetP99Ratio = 1.5;
constexpr double kTargetGrowth = 1.2;

[[noreturn]] void fail(const QString &what)
{
    qFatal("bench_outbox: %s", qPrintable(what));
}

const uchar *u8(const QByteArray &bytes)
{
    return reinterpret_cast<const uchar *>(bytes.constData());
}

/// Checkpoints and empties the WAL of the database at @p path through a second connection.
void truncateWal(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    bool ok = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    sqlite3_stmt *statement = nullptr;
    ok = ok
        && sqlite3_prepare_v2(db, "PRAGMA wal_checkpoint(TRUNCATE)", -1, &statement, nullptr)
            == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW
        && sqlite3_column_int(statement, 0) == 0; // not busy
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (!ok || QFileInfo(path + u"-wal"_s).size() != 0) {
        fail(u"could not truncate the WAL of %1"_s.arg(path));
    }
}

Survey benchSurvey()
{
    Survey survey;
    survey.id = u"children-8-11"_s;
    survey.version = 1;
    survey.ageBand = u"8-11"_s;
    survey.languages = { u"en"_s };
    Section section;
    section.id = u"s1"_s;
    for (int i = 0; i < kQuestionsPerSession; ++i) {
        Question question;
        question.id = u"q-%1"_s.arg(i);
        question.sectionId = section.id;
        question.kind = QuestionKind::YesNo;
        question.choices = { Choice { u"yes"_s, {}, {}, {} }, Choice { u"no"_s, {}, {}, {} } };
        question.measures = { Measure { u"feel-safe"_s, { u"yes"_s } } };
        section.questions.append(question);
    }
    survey.sections = { section };
    return survey;
}

struct Latency
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Latency percentiles(QList<double> micros)
{
    std::sort(micros.begin(), micros.end());
    const qsizetype n = micros.size();
    return { micros[n / 2], micros[(n * 99) / 100], micros.last() };
}

struct Pair
{
    Latency ours;
    Latency floor;
    Latency extra; ///< ours minus floor within the same round: the layer's cost, less shared noise
    double p50Ratio() const { return ours.p50 / floor.p50; }
    double p99Ratio() const { return ours.p99 / floor.p99; }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// One figure over several rounds: the median the verdict uses, and the spread around it.
struct Spread
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Spread spreadOf(const QList<double> &values)
{
    return { median(values), *std::min_element(values.begin(), values.end()),
             *std::max_element(values.begin(), values.end()) };
}

/// Answers a child gives, each to a new question; a new session every kQuestionsPerSession.
class Answerer
{
public:
    Answerer(const Survey &survey, const EnvelopeSealer &sealer, const QByteArray &laPublicKey)
        : m_survey(survey)
        , m_sealer(sealer)
        , m_laPublicKey(laPublicKey)
    {
    }

    /// The next answer and the plaintext the floor seals: a header of the same size and the
    /// same payload encoding ours seals (header | payload), prepared outside the timed part.
    void next()
    {
        if (m_count % kQuestionsPerSession == 0) {
            m_session = SessionInfo {};
            m_session.sessionId = QUuid::createUuid();
            m_session.surveyId = m_survey.id;
            m_session.surveyVersion = m_survey.version;
            m_session.ageBand = m_survey.ageBand;
            m_session.language = u"en"_s;
            m_session.day = QDate(2026, 11, 27);
        }
        m_answer = AnswerRecord {};
        m_answer.questionId = u"q-%1"_s.arg(m_count % kQuestionsPerSession);
        m_answer.codes = { (m_count % 3) ? u"yes"_s : u"no"_s };
        m_answer.sequence = m_count % kQuestionsPerSession + 1;
        ++m_count;

        EnvelopeHeader header;
        header.kind = EnvelopeKind::Answer;
        header.keyId = m_sealer.keyId();
        header.devicePublicKey = m_sealer.devicePublicKey();
        header.recordId = QUuid::createUuid();
        header.surveyId = m_session.surveyId;
        header.surveyVersion = quint16(m_session.surveyVersion);
        header.day = m_session.day;
        const Question *question = m_survey.question(m_answer.questionId);
        m_payload = encodeAnswerPayload(m_session, m_answer, *question);
        m_plain = header.encode().value() + m_payload;
        m_sealed.resize(m_plain.size() + qsizetype(crypto_box_SEALBYTES));
    }

    bool ours(SealedAnswerSink &sink) { return sink.recordAnswer(m_session, m_answer).ok(); }

    bool floor(FloorDb &db)
    {
        if (crypto_box_seal(reinterpret_cast<uchar *>(m_sealed.data()), u8(m_plain),
                            static_cast<unsigned long long>(m_plain.size()), u8(m_laPublicKey))
            != 0) {
            return false;
        }
        return db.insert(m_sealed);
    }

    qsizetype plainSize() const { return m_plain.size(); }
    /// A real envelope of the last answer, to size the filler envelopes.
    QByteArray sampleEnvelope() const
    {
        EnvelopeHeader header;
        header.kind = EnvelopeKind::Answer;
        header.recordId = QUuid::createUuid();
        header.surveyId = m_session.surveyId;
        header.surveyVersion = quint16(m_session.surveyVersion);
        header.day = m_session.day;
        return m_sealer.seal(header, m_payload).value();
    }

private:
    const Survey &m_survey;
    const EnvelopeSealer &m_sealer;
    QByteArray m_laPublicKey;
    SessionInfo m_session;
    AnswerRecord m_answer;
    QByteArray m_payload;
    QByteArray m_plain;
    QByteArray m_sealed;
    int m_count = 0;
};

/// One store under test and its floor database, in the same state (empty, or 100k pending).
struct Lane
{
    SealedAnswerSink *sink;
    FloorDb *floor;
};

/// Every lane's ours and floor, one call each per round for the same answer, the order rotating
/// round by round so no call systematically follows another's fsync. Interleaving all lanes
/// lets the empty and the full store share the machine's noise too.
QList<Pair> measure(Answerer &answerer, const QList<Lane> &lanes)
{
    const int calls = int(lanes.size()) * 2; // even: ours of lane i, odd: floor of lane i
    QList<QList<double>> micros(calls);
    for (QList<double> &list : micros) {
        list.reserve(kAnswers);
    }
    QElapsedTimer timer;
    for (int round = 0; round < kWarmUp + kAnswers; ++round) {
        answerer.next();
        for (int turn = 0; turn < calls; ++turn) {
            const int call = (turn + round) % calls;
            const Lane &lane = lanes[call / 2];
            const bool ours = call % 2 == 0;
            timer.start();
            const bool ok = ours ? answerer.ours(*lane.sink) : answerer.floor(*lane.floor);
            const double elapsed = double(timer.nsecsElapsed()) / 1000.0;
            if (!ok) {
                fail(ours ? u"recordAnswer failed"_s : u"floor insert failed"_s);
            }
            if (round >= kWarmUp) {
                micros[call].append(elapsed);
            }
        }
    }
    QList<Pair> pairs;
    for (int lane = 0; lane < lanes.size(); ++lane) {
        const QList<double> &ours = micros[lane * 2];
        const QList<double> &floor = micros[lane * 2 + 1];
        QList<double> extra;
        extra.reserve(kAnswers);
        for (int i = 0; i < kAnswers; ++i) {
            extra.append(ours[i] - floor[i]);
        }
        pairs.append({ percentiles(ours), percentiles(floor), percentiles(extra) });
    }
    return pairs;
}

double millis(const std::function<void()> &op)
{
    QElapsedTimer timer;
    timer.start();
    op();
    return double(timer.nsecsElapsed()) / 1e6;
}

QString us(double micros)
{
    return QString::number(micros, 'f', 0) + u" us"_s;
}

QString times(double ratio)
{
    return QString::number(ratio, 'f', 2) + u"x"_s;
}

QString verdict(bool met)
{
    return met ? u"met"_s : u"MISSED"_s;
}

QString fileSystemOf(const QString &path)
{
    struct statfs info
    {
    };
    if (statfs(QFile::encodeName(path).constData(), &info) != 0) {
        return u"unknown"_s;
    }
    switch (quint64(info.f_type)) {
    case 0x01021994:
        return u"tmpfs"_s;
    case 0xEF53:
        return u"ext2/3/4"_s;
    case 0x58465342:
        return u"xfs"_s;
    case 0x9123683E:
        return u"btrfs"_s;
    default:
        return u"0x"_s + QString::number(quint64(info.f_type), 16);
    }
}

void printPair(const QString &phase, const Pair &pair)
{
    out << phase << Qt::endl;
    out << u"  ours  recordAnswer (encode+seal+sign+commit): p50 "_s << us(pair.ours.p50)
        << u", p99 "_s << us(pair.ours.p99) << u", max "_s << us(pair.ours.max) << Qt::endl;
    out << u"  floor crypto_box_seal + sqlite3 insert+commit: p50 "_s << us(pair.floor.p50)
        << u", p99 "_s << us(pair.floor.p99) << u", max "_s << us(pair.floor.max) << Qt::endl;
    out << u"  ratio ours/floor: p50 "_s << times(pair.p50Ratio()) << u", p99 "_s
        << times(pair.p99Ratio()) << Qt::endl;
    out << u"  ours - floor in the same round: p50 "_s << us(pair.extra.p50) << u", p99 "_s
        << us(pair.extra.p99) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer total;
    total.start();
    if (sodium_init() < 0) {
        fail(u"sodium_init"_s);
    }
    const QString base = qEnvironmentVariableIsSet("HEARD_BENCH_DIR")
        ? qEnvironmentVariable("HEARD_BENCH_DIR")
        : QDir::tempPath();
    QTemporaryDir dir(base + u"/heard-bench-outbox-XXXXXX"_s);
    if (!dir.isValid()) {
        fail(u"cannot create a temporary directory under %1"_s.arg(base));
    }
    const QString fs = fileSystemOf(dir.path());
    out << u"bench_outbox: "_s << kAnswers
        << u" answers a round, empty and 100k stores and floors interleaved; "_s << u"files in "_s
        << dir.path() << u" ("_s << fs << u")"_s << Qt::endl;
    if (fs == u"tmpfs"_s) {
        out << u"WARNING: tmpfs has no fsync cost; set HEARD_BENCH_DIR to a disk-backed folder"_s
            << Qt::endl;
    }

    QByteArray laPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray laSecret(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<uchar *>(laPublic.data()),
                       reinterpret_cast<uchar *>(laSecret.data()));
    sodium_memzero(laSecret.data(), size_t(laSecret.size())); // the device never holds it
    auto device = DeviceIdentity::fromSeed(randomBytes(32));
    if (!device) {
        fail(u"device identity"_s);
    }
    const EnvelopeSealer sealer(device.value(), laPublic);
    const Survey survey = benchSurvey();

    const auto openStore = [&](const QString &name) {
        auto opened = OutboxStore::open(dir.filePath(name));
        if (!opened) {
            fail(u"open: %1"_s.arg(opened.error().message));
        }
        return std::move(opened).value();
    };
    std::unique_ptr<OutboxStore> emptyStore = openStore(u"outbox-empty.db"_s);
    std::unique_ptr<OutboxStore> store = openStore(u"outbox-100k.db"_s);
    FloorDb emptyFloor(dir.filePath(u"floor-empty.db"_s));
    auto floorDb = std::make_unique<FloorDb>(dir.filePath(u"floor-100k.db"_s));
    SealedAnswerSink emptySink(*emptyStore, sealer, survey);
    SealedAnswerSink sink(*store, sealer, survey);
    Answerer answerer(survey, sealer, laPublic);
    answerer.next();
    out << u"plaintext sealed per answer: "_s << answerer.plainSize() << u" bytes"_s << Qt::endl;

    // A device offline for a long time: 100,000 envelopes pending in the second outbox and its
    // floor database, filled in big transactions. Random bytes of a real envelope's size stand
    // in for envelopes.
    const int fillSize = int(answerer.sampleEnvelope().size());
    const double fillOurs = millis([&] {
        constexpr int perTransaction = 5000;
        for (int done = 0; done < kPending; done += perTransaction) {
            QList<OutboxRecord> batch;
            batch.reserve(perTransaction);
            for (int i = 0; i < perTransaction; ++i) {
                OutboxRecord record;
                record.recordId = QUuid::createUuid();
                record.surveyId = survey.id;
                record.day = QDate(2026, 11, 27);
                record.kind = u"answer"_s;
                record.envelope = randomBytes(fillSize);
                batch.append(record);
            }
            if (auto appended = store->appendMany(batch); !appended) {
                fail(u"fill: %1"_s.arg(appended.error().message));
            }
        }
    });
    const double fillFloor = millis([&] { floorDb->fill(kPending, fillSize, 5000); });
    out << u"filled "_s << kPending << u" pending envelopes of "_s << fillSize
        << u" bytes: outbox "_s << QString::number(fillOurs / 1000, 'f', 1) << u" s ("_s
        << QString::number(double(QFileInfo(store->path()).size()) / 1e6, 'f', 0)
        << u" MB), floor "_s << QString::number(fillFloor / 1000, 'f', 1) << u" s"_s << Qt::endl;

    // The fill left a grown WAL behind; an empty store starts without one, and growing the file
    // costs each fsync a metadata commit. Truncate both so only the 100k rows differ.
    truncateWal(floorDb->path());
    truncateWal(store->path());

    // The empty and the full pair, all four interleaved answer by answer, in several rounds.
    const int rounds = qMax(1,
                            qEnvironmentVariableIntValue("HEARD_BENCH_ROUNDS") > 0
                                ? qEnvironmentVariableIntValue("HEARD_BENCH_ROUNDS")
                                : kDefaultRounds);
    QList<double> emptyP99, fullP99, emptyP50, fullP50, growthP99;
    Pair empty;
    Pair full;
    for (int r = 0; r < rounds; ++r) {
        const QList<Pair> pairs = measure(
            answerer, { Lane { &emptySink, &emptyFloor }, Lane { &sink, floorDb.get() } });
        empty = pairs[0];
        full = pairs[1];
        out << u"round "_s << (r + 1) << u" of "_s << rounds << Qt::endl;
        printPair(u"empty store:"_s, empty);
        printPair(u"with 100k pending:"_s, full);
        emptyP99.append(empty.p99Ratio());
        fullP99.append(full.p99Ratio());
        emptyP50.append(empty.p50Ratio());
        fullP50.append(full.p50Ratio());
        growthP99.append(full.p99Ratio() / empty.p99Ratio());
    }

    // 3. Listing, counting and opening with 100k pending.
    qint64 pendingCount = 0;
    const double countMs = millis([&] { pendingCount = store->pendingCount().value(); });
    if (pendingCount < kPending) {
        fail(u"pendingCount %1 < %2"_s.arg(pendingCount).arg(kPending));
    }
    const double batchMs = millis([&] {
        if (store->pending(500).value().size() != 500) {
            fail(u"pending(500)"_s);
        }
    });
    const double allMs = millis([&] {
        if (store->pending(kPending * 2).value().size() < kPending) {
            fail(u"pending(all)"_s);
        }
    });
    const QString path = store->path();
    floorDb.reset();
    store.reset();
    const double openMs = millis([&] {
        auto again = OutboxStore::open(path);
        if (!again) {
            fail(u"reopen: %1"_s.arg(again.error().message));
        }
    });
    const double readMs = millis([&] {
        if (OutboxStore::readEnvelopes(path).value().size() < kPending) {
            fail(u"readEnvelopes"_s);
        }
    });
    out << u"with "_s << pendingCount << u" pending: pendingCount "_s
        << QString::number(countMs, 'f', 1) << u" ms, pending(500) "_s
        << QString::number(batchMs, 'f', 1) << u" ms, pending(all) "_s
        << QString::number(allMs, 'f', 0) << u" ms, open (pragmas + quick_check) "_s
        << QString::number(openMs, 'f', 0) << u" ms, readEnvelopes "_s
        << QString::number(readMs, 'f', 0) << u" ms"_s << Qt::endl;

    // Summary: the last round's latencies, then every ratio as the median over the rounds.
    const Spread emptyRatio = spreadOf(emptyP99);
    const Spread fullRatio = spreadOf(fullP99);
    const Spread growthRatio = spreadOf(growthP99);
    const double growth = growthRatio.median;
    const double growth50 = median(fullP50) / median(emptyP50);
    out << Qt::endl
        << u"SUMMARY (microseconds; ratio = ours / floor; the last round)"_s << Qt::endl;
    out << u"| store        | ours p50 | ours p99 | floor p50 | floor p99 | ratio p50 | ratio p99 "
           u"| target p99 <= 1.5 |"_s
        << Qt::endl;
    const auto row = [&](const QString &name, const Pair &pair) {
        out << u"| "_s << name.leftJustified(12) << u" | "_s
            << QString::number(pair.ours.p50, 'f', 0).rightJustified(8) << u" | "_s
            << QString::number(pair.ours.p99, 'f', 0).rightJustified(8) << u" | "_s
            << QString::number(pair.floor.p50, 'f', 0).rightJustified(9) << u" | "_s
            << QString::number(pair.floor.p99, 'f', 0).rightJustified(9) << u" | "_s
            << times(pair.p50Ratio()).rightJustified(9) << u" | "_s
            << times(pair.p99Ratio()).rightJustified(9) << u" | "_s
            << verdict(pair.p99Ratio() <= kTargetP99Ratio).leftJustified(17) << u" |"_s << Qt::endl;
    };
    row(u"empty"_s, empty);
    row(u"100k pending"_s, full);
    const auto spread = [&](const QString &name, const Spread &s, double target) {
        out << name << times(s.median) << u" (spread "_s << times(s.min) << u" - "_s << times(s.max)
            << u" over "_s << rounds << u" rounds; target <= "_s << times(target) << u": "_s
            << verdict(s.median <= target) << u")"_s << Qt::endl;
    };
    out << u"last round above; over all rounds:"_s << Qt::endl;
    spread(u"median p99 ratio, empty store: "_s, emptyRatio, kTargetP99Ratio);
    spread(u"median p99 ratio, 100k pending: "_s, fullRatio, kTargetP99Ratio);
    out << u"median p99 ratio 100k / empty: "_s << times(growth) << u" (spread "_s
        << times(growthRatio.min) << u" - "_s << times(growthRatio.max) << u"; target <= "_s
        << times(kTargetGrowth) << u": "_s << verdict(growth <= kTargetGrowth)
        << u"); p50 ratio 100k / empty: "_s << times(growth50) << Qt::endl;
    out << u"total run time "_s << QString::number(double(total.elapsed()) / 1000, 'f', 1)
        << u" s"_s << Qt::endl;
    return 0;
}
