// heard-device opens the data folder as the kiosk does: a damaged outbox is moved aside, the
// program says so, and the command goes on with a fresh outbox.
#include "device/devicefolder.h"
#include "sync/syncsettings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace heard;
using namespace Qt::StringLiterals;

class TestHeardDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedOutboxMovedAside_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        // Nothing listens on port 9 of this machine: with nothing to send, sync only fails to
        // fetch the LA's config, after opening the outbox (and moving the damaged one aside).
        QTest::newRow("sync") << QStringList { u"sync"_s, u"--timeout"_s, u"20"_s } << 0
                              << u"config not fetched"_s;
        QTest::newRow("export") << QStringList { u"export"_s, u"USB"_s } << 0
                                << u"exported 0 batch files"_s;
        QTest::newRow("status") << QStringList { u"status"_s } << 0 << u"pending: 0"_s;
    }

    void damagedOutboxMovedAside()
    {
        QFETCH(QStringList, command);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        QTemporaryDir dir;
        const DeviceFolder folder(dir.filePath(u"device"_s));
        QVERIFY(folder.create());
        SyncSettings settings;
        settings.inboxUrl = QUrl(u"http://127.0.0.1:9"_s);
        settings.token = "token";
        QVERIFY(settings.save(folder.path()));
        QFile damaged(folder.outboxFile());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(9000, '\x5a'));
        damaged.close();

        QStringList args { u"--data-dir"_s, folder.path() };
        for (const QString &arg : command)
            args << (arg == u"USB"_s ? dir.filePath(u"usb"_s) : arg);
        QProcess device;
        device.start(QStringLiteral(HEARD_BIN_DIR "/heard-device"), args);
        QVERIFY(device.waitForFinished(30000));
        const QString out = QString::fromUtf8(device.readAllStandardOutput());
        const QString err = QString::fromUtf8(device.readAllStandardError());
        QCOMPARE(device.exitCode(), exitCode);
        QVERIFY2(out.contains(output), qPrintable(out));
        // Said so, with both paths, as the kiosk's notice does.
        QVERIFY2(err.contains(folder.outboxFile()) && err.contains(u".corrupt-"_s),
                 qPrintable(err));
        const QStringList aside = QDir(folder.path()).entryList({ u"outbox.db.corrupt-*"_s });
        QCOMPARE(aside.size(), 1);
        QFile kept(QDir(folder.path()).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(9000, '\x5a'));
        QVERIFY(QFile::exists(folder.outboxFile()));
    }
};

QTEST_GUILESS_MAIN(TestHeardDevice)
#include "tst_hearddevice.moc"
