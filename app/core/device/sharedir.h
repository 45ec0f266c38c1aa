#pragma once

#include <QString>

namespace heard {

/// Where the read-only files the programs ship with are found: survey definitions (with their
/// framework), pictures, the demo keys' public parts (assets/demo-keys) and the spoken audio
/// pack. Two layouts:
/// - installed (`cmake --install`): PREFIX/share/heard/{survey_definitions,assets,audio-pack},
///   found relative to the executable in PREFIX/bin, so the tree can be moved as a whole;
/// - build tree: the source tree's survey_definitions/ and assets/, and the audio pack the build
///   generated.
/// The installed layout wins when it is there, so an installed program never reads the tree it
/// was built from.
class ShareDir
{
public:
    /// For the running program (QCoreApplication::applicationDirPath()).
    static ShareDir forApplication();
    /// For a program in @p binDir.
    explicit ShareDir(const QString &binDir);

    bool isInstalled() const { return m_installed; }
    QString surveysDir() const { return m_surveys; }
    QString assetsDir() const { return m_assets; }
    QString audioPackDir() const { return m_audioPack; }

    /// The framework the surveys in @p surveysDir are written against.
    static QString frameworkFile(const QString &surveysDir);
    /// The demo LA root public key and signed key bundle shipped in @p assetsDir (public parts
    /// only: the demo LA secret is never installed).
    static QString demoRootKeyFile(const QString &assetsDir);
    static QString demoKeyBundleFile(const QString &assetsDir);

private:
    bool m_installed = false;
    QString m_surveys;
    QString m_assets;
    QString m_audioPack;
};

} // namespace heard
