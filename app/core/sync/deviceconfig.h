#pragma once

#include "device/lamessages.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace heard {

/// What a device keeps of the inbox's GET /v1/config, in its data folder: the key bundle and the
/// survey definition updates only when the pinned LA root key signed them (whoever runs the
/// network must choose neither the key children's answers are sealed to nor the questions they
/// are asked), and the LA's messages. Shared by the kiosk's DeviceSync and `heard-device sync`.
class DeviceConfig
{
public:
    /// Files kept in the data folder.
    static QString keyBundleFileName() { return QStringLiteral("key-bundle.json"); }
    static QString messagesFileName() { return LaMessages::fileName(); }
    /// A folder of verified signed definitions, surveyUpdateFileName() per survey id.
    static QString surveyUpdatesDirName() { return QStringLiteral("surveys"); }
    static QString surveyUpdateFileName(const QString &surveyId)
    {
        return surveyId + QStringLiteral(".signed.json");
    }

    struct Outcome
    {
        bool keyBundleSaved = false;
        bool messagesSaved = false;
        int surveysSaved = 0;
        QStringList problems; ///< one line each; never an answer or a token
    };

    /// @p pinnedRootKey: the LA root public key (Ed25519) the device trusts.
    DeviceConfig(QString dataDir, QByteArray pinnedRootKey);

    /// Saves what verifies (atomically); a survey update never replaces a newer saved version.
    Outcome take(const QByteArray &signedKeyBundle, const QJsonArray &messages,
                 const QJsonArray &surveys) const;

private:
    void takeSurveys(const QJsonArray &surveys, Outcome &outcome) const;

    QString m_dataDir;
    QByteArray m_pinnedRootKey;
};

} // namespace heard
