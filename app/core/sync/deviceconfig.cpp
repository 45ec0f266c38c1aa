#include "sync/deviceconfig.h"

#include "crypto/keybundle.h"
#include "crypto/privatefile.h"
#include "crypto/signeddefinition.h"
#include "util/errorcode.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace heard {

DeviceConfig::DeviceConfig(QString dataDir, QByteArray pinnedRootKey)
    : m_folder(std::move(dataDir))
    , m_pinnedRootKey(std::move(pinnedRootKey))
{
}

DeviceConfig::Outcome DeviceConfig::take(const QByteArray &signedKeyBundle,
                                         const QJsonArray &messages,
                                         const QJsonArray &surveys) const
{
    Outcome outcome;
    takeSurveys(surveys, outcome);
    if (!signedKeyBundle.isEmpty()) {
        if (auto kept = takeKeyBundle(signedKeyBundle); kept)
            outcome.keyBundleSaved = true;
        else
            outcome.problems.append(kept.error().message);
    }
    if (auto written
        = writeFileAtomically(m_folder.messagesFile(), QJsonDocument(messages).toJson());
        written) {
        outcome.messagesSaved = true;
    } else {
        outcome.problems.append(written.error().message);
    }
    return outcome;
}

Result<void> DeviceConfig::takeKeyBundle(const QByteArray &signedKeyBundle) const
{
    const auto bundle = KeyBundle::verify(signedKeyBundle, m_pinnedRootKey);
    if (!bundle)
        return Result<void>::failure(
            ErrorCode::NotSigned,
            u"the inbox sent a key bundle the LA root key did not sign (%1)"_s.arg(
                bundle.error().message));
    if (auto written = writeFileAtomically(m_folder.keyBundleFile(), signedKeyBundle); !written)
        return Result<void>::failure(ErrorCode::StoreFailed, written.error().message);
    return {};
}

void DeviceConfig::takeSurveys(const QJsonArray &surveys, Outcome &outcome) const
{
    for (const QJsonValue &value : surveys) {
        const auto update = SignedDefinition::verify(value.toObject(), m_pinnedRootKey);
        if (!update) {
            outcome.problems.append(
                u"the inbox sent a survey definition the LA root key did not sign (%1)"_s.arg(
                    update.error().message));
            continue;
        }
        const QString path = m_folder.surveyUpdateFile(update->surveyId());
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly)) {
            const auto kept = SignedDefinition::verify(existing.readAll(), m_pinnedRootKey);
            // Never step back: an older signed version replayed must not replace a newer one.
            if (kept && kept->version() >= update->version())
                continue;
        }
        if (auto made = m_folder.createSurveyUpdatesDir(); !made) {
            outcome.problems.append(u"cannot create %1"_s.arg(m_folder.surveyUpdatesDir()));
            return;
        }
        if (auto written = writeFileAtomically(path, update->toBytes()); !written) {
            outcome.problems.append(written.error().message);
            continue;
        }
        ++outcome.surveysSaved;
    }
}

} // namespace heard
