#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace heard {

class OutboxStore;

/// The device's data folder, shared by heard-kiosk and heard-device: the one place that names
/// its files and subfolders, sets their modes, opens its outbox, chooses the key answers are
/// sealed to and keeps what the LA sends. The names never change, so devices already in use keep
/// their data.
///
/// Modes: the folder is created 0700 (never wider, even for a moment); secret files are written
/// 0600 and atomically (PrivateFile), public ones atomically (writeFileAtomically).
///
/// Error codes: "data_dir_failed"; openOutbox(): those of OutboxStore::open except
/// "corrupt_moved_aside"; sealingKey(): "bad_key", "no_key" and those of KeyBundle::verify and
/// KeyBundle::sealingKeyFor; keepKeyBundle(): "no_root", "not_signed", "store_failed".
class DeviceFolder
{
public:
    /// One entry of the layout, for documentation and tests.
    struct Entry
    {
        QString name;
        bool folder = false;
        bool secret = false; ///< mode 0600: only the device's own user may read it
    };

    /// The folder used when a program is given none: the same for heard-kiosk and heard-device,
    /// so the command-line tool syncs what the kiosk sealed.
    static QString defaultPath();

    explicit DeviceFolder(QString path);

    QString path() const { return m_path; }

    /// Creates the folder (and missing parents) with mode 0700, or tightens an existing one to
    /// 0700 where the file system allows. "data_dir_failed" when it cannot be created.
    Result<void> create() const;

    /// Every file and subfolder this class names (message pictures aside: one per message).
    static QList<Entry> layout();

    static QString identityFileName() { return QStringLiteral("device.key"); }
    static QString outboxFileName() { return QStringLiteral("outbox.db"); }
    static QString syncSettingsFileName() { return QStringLiteral("sync.json"); }
    static QString syncStatusFileName() { return QStringLiteral("sync-status.json"); }
    static QString adultPinFileName() { return QStringLiteral("adult-pin.json"); }
    static QString keyBundleFileName() { return QStringLiteral("key-bundle.json"); }
    static QString messagesFileName() { return QStringLiteral("messages.json"); }
    static QString kioskSettingsFileName() { return QStringLiteral("kiosk.ini"); }
    /// A folder of verified signed survey definitions, surveyUpdateFileName() per survey id.
    static QString surveyUpdatesDirName() { return QStringLiteral("surveys"); }
    static QString surveyUpdateFileName(const QString &surveyId)
    {
        return surveyId + QStringLiteral(".signed.json");
    }
    /// A message picture as a file; @p safeId holds only [A-Za-z0-9-].
    static QString messagePictureFileName(const QString &safeId)
    {
        return QStringLiteral("message-%1.svg").arg(safeId);
    }

    QString identityFile() const { return file(identityFileName()); }
    QString outboxFile() const { return file(outboxFileName()); }
    QString syncSettingsFile() const { return file(syncSettingsFileName()); }
    QString syncStatusFile() const { return file(syncStatusFileName()); }
    QString adultPinFile() const { return file(adultPinFileName()); }
    QString keyBundleFile() const { return file(keyBundleFileName()); }
    QString messagesFile() const { return file(messagesFileName()); }
    QString kioskSettingsFile() const { return file(kioskSettingsFileName()); }
    QString surveyUpdatesDir() const { return file(surveyUpdatesDirName()); }
    QString surveyUpdateFile(const QString &surveyId) const
    {
        return surveyUpdatesDir() + u'/' + surveyUpdateFileName(surveyId);
    }
    QString messagePictureFile(const QString &safeId) const
    {
        return file(messagePictureFileName(safeId));
    }

    /// Creates surveyUpdatesDir() with mode 0700 if it is missing.
    Result<void> createSurveyUpdatesDir() const;

    /// The outbox and what an adult should be told about opening it.
    struct Outbox
    {
        std::unique_ptr<OutboxStore> store;
        QStringList notices; ///< e.g. that a damaged outbox was moved aside (both paths)
    };
    /// Creates the folder and opens outboxFile(). A damaged outbox is moved aside (kept for
    /// recovery), a fresh one is opened in its place and a notice says so.
    Result<Outbox> openOutbox() const;

    /// What a program was given to seal answers with, besides what sync kept in the folder.
    struct SealingInputs
    {
        std::optional<QByteArray> laPublicKey; ///< given outright: used as is, no bundle read
        QByteArray pinnedRoot; ///< the LA root public key every bundle must be signed by
        QString givenKeyBundle; ///< the bundle the program ships with or was pointed at
    };
    struct SealingKey
    {
        QByteArray publicKey; ///< X25519, 32 bytes
        QString source; ///< the bundle file it came from; empty when given outright
    };
    /// The key answers are sealed to on @p day: the given key if there is one; else the newest
    /// valid key of the first bundle the pinned root signed, keyBundleFile() (what the LA served)
    /// before the given bundle. A bundle that is missing, not signed by the root or without a
    /// key valid on @p day is passed over; the error names the last one tried.
    Result<SealingKey> sealingKey(const SealingInputs &inputs, QDate day) const;

    /// Keeps @p signedKeyBundle as keyBundleFile() only when @p pinnedRoot signed it (the rule of
    /// DeviceConfig, which applies it to what sync brings): "no_root" with no root to check it
    /// against, "not_signed", "store_failed".
    Result<void> keepKeyBundle(const QByteArray &signedKeyBundle,
                               const QByteArray &pinnedRoot) const;

private:
    QString file(const QString &name) const;

    QString m_path;
};

} // namespace heard
