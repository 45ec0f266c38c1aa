// heard-kiosk: the child-facing survey kiosk. Thin over heard_core: it loads the surveys (built in,
// overlaid by the LA's signed updates), opens the device's sealed outbox, and shows the adult PIN,
// adult setup and the child's flow.
#include "audio/audioplayer.h"
#include "crypto/keybundle.h"
#include "crypto/publickeyfile.h"
#include "device/adultpin.h"
#include "device/devicepaths.h"
#include "kioskwindow.h"
#include "store/devicestorage.h"
#include "survey/framework.h"
#include "survey/surveycatalog.h"
#include "sync/devicesync.h"
#include "util/errorcode.h"
#include "util/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace heard;

namespace {

// The source tree when run from the build tree, else the installed share folder.
QString defaultShareDir(const QString &name)
{
#ifdef HEARD_SOURCE_DIR
    const QString source = QStringLiteral(HEARD_SOURCE_DIR) + u'/' + name;
    if (QDir(source).exists())
        return source;
#endif
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/heard/") + name);
}

// The LA root key this device pins: the LA's own with --la-root, else the demo one.
QByteArray pinnedRoot(const QCommandLineParser &args, const QString &assetsDir)
{
    return readPublicKeyFile(args.isSet(QStringLiteral("la-root"))
                                 ? args.value(QStringLiteral("la-root"))
                                 : assetsDir + QStringLiteral("/demo-keys/la-root.pub"));
}

// The key answers are sealed to: the newest valid key of the newest bundle the pinned root signed
// (the one sync brought into the data folder, else the one shipped beside the root key).
Result<QByteArray> laKey(const QCommandLineParser &args, const QString &assetsDir,
                         const QString &dataDir)
{
    if (args.isSet(QStringLiteral("la-public-key"))) {
        const QByteArray key = readPublicKeyFile(args.value(QStringLiteral("la-public-key")));
        if (key.size() != 32)
            return Result<QByteArray>::failure(
                ErrorCode::BadKey, QStringLiteral("--la-public-key: not a 32-byte key"));
        return key;
    }
    const QByteArray root = pinnedRoot(args, assetsDir);
    if (root.size() != 32)
        return Result<QByteArray>::failure(
            ErrorCode::NoKey,
            QStringLiteral("No LA root key: expected %1/demo-keys/la-root.pub or --la-root FILE.")
                .arg(assetsDir));
    QStringList candidates { QDir(dataDir).filePath(DeviceSync::keyBundleFileName()) };
    candidates.append(args.isSet(QStringLiteral("key-bundle"))
                          ? args.value(QStringLiteral("key-bundle"))
                          : assetsDir + QStringLiteral("/demo-keys/key-bundle.json"));
    Error lastError { ErrorCode::NoKey, QStringLiteral("No LA key bundle found.") };
    for (const QString &path : std::as_const(candidates)) {
        QFile bundle(path);
        if (!bundle.open(QIODevice::ReadOnly))
            continue;
        const Result<KeyBundle> verified = KeyBundle::verify(bundle.readAll(), root);
        if (!verified.ok()) {
            lastError
                = { verified.error().code, path + QStringLiteral(": ") + verified.error().message };
            continue;
        }
        const Result<LaPublicKey> key = verified.value().sealingKeyFor(QDate::currentDate());
        if (key.ok())
            return key.value().publicKey;
        lastError = { key.error().code, path + QStringLiteral(": ") + key.error().message };
    }
    return lastError;
}

int fail(const QString &message)
{
    qCCritical(lcKiosk, "%s", qUtf8Printable(message));
    QMessageBox::critical(nullptr, QObject::tr("Heard cannot start"), message);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Heard"));
    QCoreApplication::setApplicationName(QStringLiteral("heard-kiosk"));

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Heard survey kiosk"));
    args.addHelpOption();
    args.addOptions({
        { QStringLiteral("kiosk"), QStringLiteral("Full screen; leaving needs the adult PIN.") },
        { QStringLiteral("data-dir"), QStringLiteral("App data folder."), QStringLiteral("DIR") },
        { QStringLiteral("surveys"), QStringLiteral("Survey definitions folder."),
          QStringLiteral("DIR") },
        { QStringLiteral("assets"), QStringLiteral("Pictures and audio folder."),
          QStringLiteral("DIR") },
        { QStringLiteral("la-public-key"),
          QStringLiteral("LA X25519 public key (base64) instead of the key bundle."),
          QStringLiteral("FILE") },
        { QStringLiteral("la-root"),
          QStringLiteral("The LA root public key this device pins (default: the demo key)."),
          QStringLiteral("FILE") },
        { QStringLiteral("key-bundle"),
          QStringLiteral("The signed LA key bundle to start from (default: the demo bundle)."),
          QStringLiteral("FILE") },
        { QStringLiteral("advocacy"),
          QStringLiteral("The LA's advocacy contact for the end screen."), QStringLiteral("TEXT") },
        { QStringLiteral("idle-seconds"),
          QStringLiteral("Quiet time before \"Are you still there?\" (default 90)."),
          QStringLiteral("S") },
    });
    args.process(app);

    const QString dataDir = args.isSet(QStringLiteral("data-dir"))
        ? args.value(QStringLiteral("data-dir"))
        : heard::defaultDeviceDataDir();
    const QString surveysDir = args.isSet(QStringLiteral("surveys"))
        ? args.value(QStringLiteral("surveys"))
        : defaultShareDir(QStringLiteral("survey_definitions"));
    const QString assetsDir = args.isSet(QStringLiteral("assets"))
        ? args.value(QStringLiteral("assets"))
        : defaultShareDir(QStringLiteral("assets"));
    QDir().mkpath(dataDir);

    const Result<Framework> framework
        = Framework::loadCsv(surveysDir + QStringLiteral("/framework/wellbeing-framework.csv"));
    if (!framework.ok())
        return fail(framework.error().message);
    // Built-in surveys, overlaid by the LA's signed updates that sync saved in the data folder.
    const SurveyCatalog catalog(framework.value(), assetsDir, pinnedRoot(args, assetsDir));
    const SurveyCatalog::Outcome loaded
        = catalog.load(surveysDir, QDir(dataDir).filePath(DeviceSync::surveyUpdatesDirName()));
    const QList<Survey> &surveys = loaded.surveys;
    if (surveys.isEmpty())
        return fail(QObject::tr("No survey could be loaded from %1.\n%2")
                        .arg(surveysDir, loaded.problems.join(u'\n')));

    const Result<QByteArray> key = laKey(args, assetsDir, dataDir);
    if (!key.ok())
        return fail(key.error().message);
    Result<std::unique_ptr<DeviceStorage>> storage = DeviceStorage::open(dataDir, key.value());
    if (!storage.ok())
        return fail(storage.error().message);

    // The advocacy contact is the LA's: from the command line or DATA_DIR/kiosk.ini [la] advocacy.
    const QSettings config(QDir(dataDir).filePath(QStringLiteral("kiosk.ini")),
                           QSettings::IniFormat);
    KioskOptions options;
    options.assetsDir = assetsDir;
    options.dataDir = dataDir;
    options.advocacyContact = args.isSet(QStringLiteral("advocacy"))
        ? args.value(QStringLiteral("advocacy"))
        : config.value(QStringLiteral("la/advocacy")).toString();
    options.kioskMode = args.isSet(QStringLiteral("kiosk"));
    if (args.isSet(QStringLiteral("idle-seconds")))
        options.idleWarnMs = qMax(5, args.value(QStringLiteral("idle-seconds")).toInt()) * 1000;

    AdultPin pin(dataDir);
    AudioPlayer speaker(assetsDir);
#ifdef HEARD_AUDIO_PACK_DIR
    const QString builtPack = QStringLiteral(HEARD_AUDIO_PACK_DIR);
#else
    const QString builtPack;
#endif
    speaker.setPackDir(QDir(builtPack).exists()
                           ? builtPack
                           : QDir(QCoreApplication::applicationDirPath())
                                 .absoluteFilePath(QStringLiteral("../share/heard/audio-pack")));
    // Uploads run in the background whenever this device is enrolled (heard-device enrol).
    DeviceSync sync(dataDir, storage.value()->outbox(), pinnedRoot(args, assetsDir));
    sync.start();
    KioskWindow window(surveys, *storage.value(), pin, options, &speaker);
    window.setDeviceSync(&sync);
    // A kiosk may run for weeks: take the LA's survey updates without a restart.
    QObject::connect(&sync, &DeviceSync::surveysUpdated, &window, [&] {
        const SurveyCatalog::Outcome again
            = catalog.load(surveysDir, QDir(dataDir).filePath(DeviceSync::surveyUpdatesDirName()));
        for (const QString &line : again.skippedUpdates + again.problems)
            qCWarning(lcKiosk, "heard-kiosk: %s", qPrintable(line));
        if (!again.surveys.isEmpty())
            window.setSurveys(again.surveys);
    });
    window.resize(1280, 800);
    if (options.kioskMode)
        window.showFullScreen();
    else
        window.show();
    return app.exec();
}
