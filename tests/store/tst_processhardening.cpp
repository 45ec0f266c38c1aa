// After disableCoreDumps a crash cannot write this process's memory to disk.

#include "util/processhardening.h"

#include <QTest>

#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void coreDumpsDisabled()
    {
        auto result = heard::disableCoreDumps();
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        struct rlimit limit
        {
        };
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0)); // the hard limit too, so it cannot be raised again
        struct rlimit raise
        {
            1 << 20, 1 << 20
        };
        if (geteuid() != 0) {
            QVERIFY(setrlimit(RLIMIT_CORE, &raise) != 0);
        }
#if defined(__linux__)
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
        QVERIFY(heard::disableCoreDumps().ok()); // idempotent
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
