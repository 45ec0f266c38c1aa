#include "device/sharedir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

// Set by app/core/device/CMakeLists.txt for this file only.
#ifndef HEARD_SHARE_FROM_BIN
#define HEARD_SHARE_FROM_BIN "../share/heard"
#endif

namespace heard {

ShareDir ShareDir::forApplication()
{
    return ShareDir(QCoreApplication::applicationDirPath());
}

ShareDir::ShareDir(const QString &binDir)
{
    const QDir installed(QDir(binDir).absoluteFilePath(QStringLiteral(HEARD_SHARE_FROM_BIN)));
    m_installed = installed.exists(u"survey_definitions"_s);
#if defined(HEARD_SOURCE_DIR) && defined(HEARD_AUDIO_PACK_DIR)
    if (!m_installed) {
        const QDir source(QStringLiteral(HEARD_SOURCE_DIR));
        m_surveys = source.filePath(u"survey_definitions"_s);
        m_assets = source.filePath(u"assets"_s);
        m_audioPack = QStringLiteral(HEARD_AUDIO_PACK_DIR);
        return;
    }
#endif
    m_surveys = QDir::cleanPath(installed.filePath(u"survey_definitions"_s));
    m_assets = QDir::cleanPath(installed.filePath(u"assets"_s));
    m_audioPack = QDir::cleanPath(installed.filePath(u"audio-pack"_s));
}

QString ShareDir::frameworkFile(const QString &surveysDir)
{
    return surveysDir + u"/framework/wellbeing-framework.csv"_s;
}

QString ShareDir::demoRootKeyFile(const QString &assetsDir)
{
    return assetsDir + u"/demo-keys/la-root.pub"_s;
}

QString ShareDir::demoKeyBundleFile(const QString &assetsDir)
{
    return assetsDir + u"/demo-keys/key-bundle.json"_s;
}

} // namespace heard
