// heard-kiosk: the child-facing survey kiosk. Thin over heard_core: it loads the surveys (built in,
// overlaid by the LA's signed updates), opens the device's sealed outbox, and shows the adult PIN,
// adult setup and the child's flow.
#include "audio/audioplayer.h"
#include "crypto/publickeyfile.h"
#include "device/adultpin.h"
#include "device/devicefolder.h"
#include "device/sharedir.h"
#include "kioskwindow.h"
#include "store/devicestorage.h"
#include "survey/framework.h"
#include "survey/surveycatalog.h"
#include "sync/devicesync.h"
#include "util/errorcode.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace heard;

namespace {

// The LA root key this device pins: the LA's own with --la-root, else the demo one.
QByteArray pinnedRoot(const QCommandLineParser &args, const QString &assetsDir)
{
    return readPublicKeyFile(args.isSet(QStringLiteral("la-root"))
                                 ? args.value(QStringLiteral("la-root"))
                                 : ShareDir::demoRootKeyFile(assetsDir));
}

// What the kiosk was given to seal with; DeviceFolder::sealingKey chooses.
Result<DeviceFolder::SealingInputs> sealingInputs(const QCommandLineParser &args,
                                                  const QString &assetsDir)
{
    DeviceFolder::SealingInputs inputs;
    if (args.isSet(QStringLiteral("la-public-key"))) {
        const QByteArray key = readPublicKeyFile(args.value(QStringLiteral("la-public-key")));
        if (key.size() != 32)
            return Result<DeviceFolder::SealingInputs>::failure(
                ErrorCode::BadKey, QStringLiteral("--la-public-key: not a 32-byte key"));
        inputs.laPublicKey = key;
        return inputs;
    }
    inputs.pinnedRoot = pinnedRoot(args, assetsDir);
    if (inputs.pinnedRoot.size() != 32)
        return Result<DeviceFolder::SealingInputs>::failure(
            ErrorCode::NoKey,
            QStringLiteral("No LA root key: expected %1 or --la-root FILE.")
                .arg(ShareDir::demoRootKeyFile(assetsDir)));
    inputs.givenKeyBundle = args.isSet(QStringLiteral("key-bundle"))
        ? args.value(QStringLiteral("key-bundle"))
        : ShareDir::demoKeyBundleFile(assetsDir);
    return inputs;
}

bool g_check = false;

int fail(const QString &message)
{
    qCritical("%s", qUtf8Printable(message));
    if (!g_check)
        QMessageBox::critical(nullptr, QObject::tr("Heard cannot start"), message);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // --check needs no screen: it runs where no display is (an install check, a package build).
    g_check = std::any_of(argv + 1, argv + argc,
                          [](const char *arg) { return qstrcmp(arg, "--check") == 0; });
    const std::unique_ptr<QCoreApplication> app = g_check
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Heard"));
    QCoreApplication::setApplicationName(QStringLiteral("heard-kiosk"));

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Heard survey kiosk"));
    args.addHelpOption();
    args.addOptions({
        { QStringLiteral("kiosk"), QStringLiteral("Full screen; leaving needs the adult PIN.") },
        { QStringLiteral("check"),
          QStringLiteral("Load the surveys, pictures, audio pack and sealing key, print where "
                         "each was found and exit (0: all found) without showing a window or "
                         "writing to the data folder.") },
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
    args.process(*app);

    // Shipped files: under the install prefix, else in the source and build trees.
    const ShareDir share = ShareDir::forApplication();
    const DeviceFolder folder(args.isSet(QStringLiteral("data-dir"))
                                  ? args.value(QStringLiteral("data-dir"))
                                  : DeviceFolder::defaultPath());
    const QString surveysDir = args.isSet(QStringLiteral("surveys"))
        ? args.value(QStringLiteral("surveys"))
        : share.surveysDir();
    const QString assetsDir = args.isSet(QStringLiteral("assets"))
        ? args.value(QStringLiteral("assets"))
        : share.assetsDir();
    if (!g_check) {
        if (auto made = folder.create(); !made)
            return fail(made.error().message);
    }

    const Result<Framework> framework = Framework::loadCsv(ShareDir::frameworkFile(surveysDir));
    if (!framework.ok())
        return fail(framework.error().message);
    // Built-in surveys, overlaid by the LA's signed updates that sync saved in the data folder.
    const SurveyCatalog catalog(framework.value(), assetsDir, pinnedRoot(args, assetsDir));
    const SurveyCatalog::Outcome loaded = catalog.load(surveysDir, folder.surveyUpdatesDir());
    const QList<Survey> &surveys = loaded.surveys;
    if (surveys.isEmpty())
        return fail(QObject::tr("No survey could be loaded from %1.\n%2")
                        .arg(surveysDir, loaded.problems.join(u'\n')));

    const Result<DeviceFolder::SealingInputs> inputs = sealingInputs(args, assetsDir);
    if (!inputs.ok())
        return fail(inputs.error().message);
    const Result<DeviceFolder::SealingKey> key
        = folder.sealingKey(inputs.value(), QDate::currentDate());
    if (!key.ok())
        return fail(key.error().message);

    if (g_check) {
        QTextStream out(stdout);
        const QString pictures = QDir(assetsDir).filePath(QStringLiteral("pictures"));
        const QString pack = share.audioPackDir();
        out << "surveys: " << surveys.size() << " from " << surveysDir << '\n'
            << "pictures: " << pictures << '\n'
            << "audio pack: " << pack << '\n'
            << "sealing key: "
            << (key->source.isEmpty() ? QStringLiteral("given outright") : key->source) << '\n'
            << "data folder: " << folder.path() << Qt::endl;
        for (const QString &line : loaded.skippedUpdates + loaded.problems)
            qWarning("heard-kiosk: %s", qPrintable(line));
        if (!QFileInfo(pictures).isDir())
            return fail(QStringLiteral("No pictures in %1.").arg(pictures));
        if (!QFileInfo(pack).isDir())
            return fail(QStringLiteral("No audio pack in %1.").arg(pack));
        return 0;
    }

    Result<std::unique_ptr<DeviceStorage>> storage
        = DeviceStorage::open(folder.path(), key->publicKey);
    if (!storage.ok())
        return fail(storage.error().message);

    // The advocacy contact is the LA's: from the command line or DATA_DIR/kiosk.ini [la] advocacy.
    const QSettings config(folder.kioskSettingsFile(), QSettings::IniFormat);
    KioskOptions options;
    options.assetsDir = assetsDir;
    options.dataDir = folder.path();
    options.advocacyContact = args.isSet(QStringLiteral("advocacy"))
        ? args.value(QStringLiteral("advocacy"))
        : config.value(QStringLiteral("la/advocacy")).toString();
    options.kioskMode = args.isSet(QStringLiteral("kiosk"));
    if (args.isSet(QStringLiteral("idle-seconds")))
        options.idleWarnMs = qMax(5, args.value(QStringLiteral("idle-seconds")).toInt()) * 1000;

    AdultPin pin(folder.path());
    AudioPlayer speaker(assetsDir);
    speaker.setPackDir(share.audioPackDir());
    // Uploads run in the background whenever this device is enrolled (heard-device enrol).
    DeviceSync sync(folder.path(), storage.value()->outbox(), pinnedRoot(args, assetsDir));
    sync.start();
    KioskWindow window(surveys, *storage.value(), pin, options, &speaker);
    window.setDeviceSync(&sync);
    // A kiosk may run for weeks: take the LA's survey updates without a restart.
    QObject::connect(&sync, &DeviceSync::surveysUpdated, &window, [&] {
        const SurveyCatalog::Outcome again = catalog.load(surveysDir, folder.surveyUpdatesDir());
        for (const QString &line : again.skippedUpdates + again.problems)
            qWarning("heard-kiosk: %s", qPrintable(line));
        if (!again.surveys.isEmpty())
            window.setSurveys(again.surveys);
    });
    window.resize(1280, 800);
    if (options.kioskMode)
        window.showFullScreen();
    else
        window.show();
    return app->exec();
}
