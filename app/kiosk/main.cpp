// heard-kiosk: the child-facing survey kiosk. Thin over heard_core: it loads the surveys, opens
// the device's sealed outbox, and shows the adult PIN, adult setup and the child's flow.
#include "audio/audioplayer.h"
#include "crypto/keybundle.h"
#include "device/adultpin.h"
#include "kioskwindow.h"
#include "store/devicestorage.h"
#include "survey/framework.h"
#include "survey/surveyloader.h"

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

QByteArray readKeyText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    if (bytes.size() == 32)
        return bytes;
    return QByteArray::fromBase64(bytes.trimmed());
}

Result<QByteArray> laKey(const QCommandLineParser &args, const QString &assetsDir)
{
    if (args.isSet(QStringLiteral("la-public-key"))) {
        const QByteArray key = readKeyText(args.value(QStringLiteral("la-public-key")));
        if (key.size() != 32)
            return Result<QByteArray>::failure(
                QStringLiteral("bad_key"), QStringLiteral("--la-public-key: not a 32-byte key"));
        return key;
    }
    const QString dir = assetsDir + QStringLiteral("/demo-keys");
    QFile bundle(dir + QStringLiteral("/key-bundle.json"));
    const QByteArray root = readKeyText(dir + QStringLiteral("/la-root.pub"));
    if (!bundle.open(QIODevice::ReadOnly) || root.size() != 32)
        return Result<QByteArray>::failure(
            QStringLiteral("no_key"),
            QStringLiteral("No LA key: expected %1/key-bundle.json and la-root.pub, or "
                           "--la-public-key FILE.")
                .arg(dir));
    const Result<KeyBundle> verified = KeyBundle::verify(bundle.readAll(), root);
    if (!verified.ok())
        return Result<QByteArray>::failure(verified.error().code, verified.error().message);
    const Result<LaPublicKey> key = verified.value().sealingKeyFor(QDate::currentDate());
    if (!key.ok())
        return Result<QByteArray>::failure(key.error().code, key.error().message);
    return key.value().publicKey;
}

int fail(const QString &message)
{
    qCritical("%s", qUtf8Printable(message));
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
        { QStringLiteral("advocacy"),
          QStringLiteral("The LA's advocacy contact for the end screen."), QStringLiteral("TEXT") },
        { QStringLiteral("idle-seconds"),
          QStringLiteral("Quiet time before \"Are you still there?\" (default 90)."),
          QStringLiteral("S") },
    });
    args.process(app);

    const QString dataDir = args.isSet(QStringLiteral("data-dir"))
        ? args.value(QStringLiteral("data-dir"))
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
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
    const SurveyLoader loader(framework.value(), assetsDir);
    QList<Survey> surveys;
    QStringList problems;
    for (const QString &file :
         QDir(surveysDir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const SurveyLoader::Outcome out = loader.loadFile(QDir(surveysDir).filePath(file));
        if (out.survey)
            surveys.append(*out.survey);
        for (const LoadProblem &p : out.problems)
            problems.append(p.toString());
    }
    // Youngest first, the order an adult scans for an age.
    std::sort(surveys.begin(), surveys.end(), [](const Survey &a, const Survey &b) {
        return Framework::ageBands().indexOf(a.ageBand) < Framework::ageBands().indexOf(b.ageBand);
    });
    if (surveys.isEmpty())
        return fail(QObject::tr("No survey could be loaded from %1.\n%2")
                        .arg(surveysDir, problems.join(u'\n')));

    const Result<QByteArray> key = laKey(args, assetsDir);
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
    KioskWindow window(surveys, *storage.value(), pin, options, &speaker);
    window.resize(1280, 800);
    if (options.kioskMode)
        window.showFullScreen();
    else
        window.show();
    return app.exec();
}
