// `cmake --install` gives a tree that works on its own: the installed programs find their surveys,
// pictures, audio pack and demo public keys under the prefix, wherever the prefix is moved, run
// from a folder outside the source and build trees; the demo LA secret is never installed.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &workingDir,
        int timeoutMs = 120000)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(timeoutMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString first = m_tmp.filePath(u"first-prefix"_s);
        const Run installed
            = run(QStringLiteral(HEARD_CMAKE_COMMAND),
                  { u"--install"_s, QStringLiteral(HEARD_BUILD_DIR), u"--prefix"_s, first },
                  m_tmp.path());
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.out + installed.err));
        // Moved as a whole: nothing may depend on where it was installed.
        m_prefix = m_tmp.filePath(u"moved-prefix"_s);
        QVERIFY(QDir().rename(first, m_prefix));
        m_work = m_tmp.filePath(u"elsewhere"_s);
        QVERIFY(QDir().mkpath(m_work));
    }

    void layout_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *program : { "heard-kiosk", "heard-device", "heard-inbox", "heard-admin" })
            QTest::newRow(program) << u"bin/"_s + QString::fromLatin1(program);
        QTest::newRow("a survey") << u"share/heard/survey_definitions/children-8-11.json"_s;
        QTest::newRow("framework")
            << u"share/heard/survey_definitions/framework/wellbeing-framework.csv"_s;
        QTest::newRow("a picture") << u"share/heard/assets/pictures/screens/thanks.svg"_s;
        QTest::newRow("demo root key") << u"share/heard/assets/demo-keys/la-root.pub"_s;
        QTest::newRow("demo key bundle") << u"share/heard/assets/demo-keys/key-bundle.json"_s;
        QTest::newRow("English audio") << u"share/heard/audio-pack/en"_s;
        QTest::newRow("Welsh audio") << u"share/heard/audio-pack/cy"_s;
    }

    void layout()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo::exists(QDir(m_prefix).filePath(path)), qPrintable(path));
    }

    void noSecretInstalled()
    {
        QStringList found;
        QDirIterator it(m_prefix, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).fileName();
            if (name == u"la-secret.json"_s || name == u"demo-passphrase.txt"_s
                || name.endsWith(u".stamp"_s))
                found << it.filePath();
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
    }

    void installedAdminValidatesInstalledSurveys()
    {
        const QDir surveys(QDir(m_prefix).filePath(u"share/heard/survey_definitions"_s));
        QStringList files;
        for (const QString &name : surveys.entryList({ u"*.json"_s }, QDir::Files))
            files << surveys.filePath(name);
        QCOMPARE(files.size(), 4);
        const Run validated = run(QDir(m_prefix).filePath(u"bin/heard-admin"_s),
                                  QStringList { u"validate"_s } + files, m_work);
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.out + validated.err));
        QVERIFY2(validated.err.contains(u"4 files are valid"_s), qPrintable(validated.err));
    }

    // --check loads everything the kiosk needs and says where it found it: under the prefix.
    void installedKioskFindsItsFiles()
    {
        const QString data = m_tmp.filePath(u"kiosk-data"_s);
        const Run checked = run(QDir(m_prefix).filePath(u"bin/heard-kiosk"_s),
                                { u"--check"_s, u"--data-dir"_s, data }, m_work);
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        const QString share = QDir(m_prefix).filePath(u"share/heard"_s);
        QVERIFY2(checked.out.contains(u"surveys: 4 from %1/survey_definitions"_s.arg(share)),
                 qPrintable(checked.out));
        QVERIFY2(checked.out.contains(u"pictures: %1/assets/pictures"_s.arg(share)),
                 qPrintable(checked.out));
        QVERIFY2(checked.out.contains(u"audio pack: %1/audio-pack"_s.arg(share)),
                 qPrintable(checked.out));
        QVERIFY2(
            checked.out.contains(u"sealing key: %1/assets/demo-keys/key-bundle.json"_s.arg(share)),
            qPrintable(checked.out));
        // Nothing from the trees it was built in.
        QVERIFY(!checked.out.contains(QStringLiteral(HEARD_SOURCE_DIR) + u'/'));
        QVERIFY(!checked.out.contains(QStringLiteral(HEARD_BUILD_DIR)));
        // A check writes nothing.
        QVERIFY(!QFileInfo::exists(data));
    }

    void installedDeviceToolRuns()
    {
        const QString data = m_tmp.filePath(u"device-data"_s);
        const Run status = run(QDir(m_prefix).filePath(u"bin/heard-device"_s),
                               { u"--data-dir"_s, data, u"status"_s }, m_work);
        QVERIFY2(status.exitCode == 0, qPrintable(status.out + status.err));
        QVERIFY2(status.out.contains(u"pending: 0"_s), qPrintable(status.out));
    }

private:
    QTemporaryDir m_tmp;
    QString m_prefix;
    QString m_work;
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
