#pragma once

#include "device/devicefolder.h"
#include "device/lamessages.h"
#include "util/result.h"

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
    /// Files kept in the data folder (DeviceFolder names them).
    static QString keyBundleFileName() { return DeviceFolder::keyBundleFileName(); }
    static QString messagesFileName() { return DeviceFolder::messagesFileName(); }
    /// A folder of verified signed definitions, surveyUpdateFileName() per survey id.
    static QString surveyUpdatesDirName() { return DeviceFolder::surveyUpdatesDirName(); }
    static QString surveyUpdateFileName(const QString &surveyId)
    {
        return DeviceFolder::surveyUpdateFileName(surveyId);
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

    /// Saves @p signedKeyBundle (atomically) only when the pinned root key signed it:
    /// "not_signed" (message says why), "store_failed".
    Result<void> takeKeyBundle(const QByteArray &signedKeyBundle) const;

private:
    void takeSurveys(const QJsonArray &surveys, Outcome &outcome) const;

    DeviceFolder m_folder;
    QByteArray m_pinnedRootKey;
};

} // namespace heard
