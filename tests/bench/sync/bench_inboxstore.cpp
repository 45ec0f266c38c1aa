// InboxStore alone, without HTTP or signature checks: how long storeBatch takes per batch of B
// new records, then for the same batches again (all duplicates), on SQLite and, when
// HEARD_TEST_PG_URL is set, on PostgreSQL. Shows the database's share of an upload.
//
//   bench_inboxstore [--batches N] [--batch B]
#include "../../sync/inboxtestdb.h"
#include "inbox/inboxstore.h"
#include "support/benchoptions.h"
#include "support/benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace heard;
using namespace Qt::StringLiterals;

namespace {

/// Stores every batch once under @p prefix keys; returns false on any error or wrong outcome.
bool pass(QTextStream &out, InboxStore &store, const QString &label, const QString &prefix,
          const QList<QList<IncomingRecord>> &batches, StoreOutcome expected)
{
    QList<double> millis;
    QElapsedTimer wall;
    wall.start();
    qsizetype records = 0;
    for (qsizetype b = 0; b < batches.size(); ++b) {
        QElapsedTimer one;
        one.start();
        bool right = true;
        auto stored = store.storeBatch(
            prefix + QString::number(b), QByteArray(32, 'd'), "h", batches.at(b),
            [&](const QList<StoreOutcome> &outcomes) {
                right = outcomes.size() == batches.at(b).size()
                    && std::all_of(outcomes.cbegin(), outcomes.cend(),
                                   [&](StoreOutcome o) { return o == expected; });
                return QByteArray("reply");
            });
        if (!stored || !right) {
            out << label << ": batch " << b
                << " failed: " << (stored ? u"wrong outcomes"_s : stored.error().message)
                << Qt::endl;
            return false;
        }
        millis.append(double(one.nsecsElapsed()) / 1e6);
        records += batches.at(b).size();
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    out << label << ": " << batches.size() << " batches, " << records
        << " records: " << QString::number(double(records) / seconds, 'f', 0)
        << " records/s; per batch p50 "
        << QString::number(testutil::percentile(millis, 0.5), 'f', 2) << " ms, p99 "
        << QString::number(testutil::percentile(millis, 0.99), 'f', 2) << " ms" << Qt::endl;
    return true;
}

bool run(QTextStream &out, const QString &label, const QString &givenSpec,
         const QList<QList<IncomingRecord>> &batches)
{
    // An empty database: a new file, or a PostgreSQL schema of this run's own.
    const QString spec = testutil::freshInboxSpec(givenSpec);
    auto store = InboxStore::open(spec);
    if (!store) {
        out << label << ": cannot open the database" << Qt::endl;
        return false;
    }
    return pass(out, *store.value(), label + u" new"_s, u"new-"_s, batches, StoreOutcome::Stored)
        && pass(out, *store.value(), label + u" again"_s, u"again-"_s, batches,
                StoreOutcome::Duplicate);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int batchCount = testutil::optionValue(args, u"--batches"_s, 200);
    const int batchSize = testutil::optionValue(args, u"--batch"_s, 50);
    QList<QList<IncomingRecord>> batches(batchCount);
    for (auto &batch : batches) {
        for (int i = 0; i < batchSize; ++i) {
            QByteArray bytes(596, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                                  bytes.size() / 4);
            batch.append({ QUuid::createUuid(), bytes });
        }
    }
    QTemporaryDir dir;
    bool ok = run(out, u"sqlite"_s, u"sqlite:"_s + dir.filePath(u"store.db"_s), batches);
    const QString pg = qEnvironmentVariable("HEARD_TEST_PG_URL");
    if (!pg.isEmpty()) {
        ok = run(out, u"postgres"_s, u"postgres:"_s + pg, batches) && ok;
    } else {
        out << "postgres: skipped (set HEARD_TEST_PG_URL)" << Qt::endl;
    }
    return ok ? 0 : 1;
}
