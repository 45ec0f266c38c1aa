#pragma once

#include "device/devicefolder.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace heard {

/// The adult PIN that guards adult mode and leaving the kiosk. Stored as an Argon2id hash
/// (libsodium crypto_pwhash_str) in DIR/adult-pin.json, mode 0600, with the count of failed
/// attempts. Every attempt is counted on disk *before* the PIN is checked, so pulling the power
/// mid-check cannot buy free guesses; the count resets only on success. After freeAttempts
/// failures each further attempt waits: 30 s, then doubling per failure, at most an hour.
///
/// Error codes: "not_set", "already_set", "too_short", "not_digits", "wait" (message says how
/// long; see waitSeconds()), "wrong_pin", "store_failed", "corrupt", "crypto_failed".
class AdultPin
{
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int freeAttempts = 5;
    static constexpr int minimumLength = 4;
    static QString fileName() { return DeviceFolder::adultPinFileName(); }

    /// @p clock is injectable for tests; the default is the system UTC clock.
    explicit AdultPin(QString dataDir, Clock clock = {});

    bool isSet() const;
    /// First run: sets the PIN. Refuses to overwrite one that is set ("already_set").
    Result<void> set(const QString &pin);
    /// Checks @p pin, counting the attempt on disk first.
    Result<void> verify(const QString &pin);
    /// Changes the PIN after checking the current one (which counts as an attempt).
    Result<void> change(const QString &currentPin, const QString &newPin);

    /// Failed attempts since the last success, as stored on disk.
    int failures() const;
    /// Seconds until the next attempt is allowed (0 when one is allowed now).
    qint64 waitSeconds() const;
    /// The wait imposed after @p failures consecutive failures.
    static qint64 delayAfter(int failures);

    /// Test seam: runs after the attempt is on disk and before the PIN is checked.
    void setBeforeCheckHook(std::function<void()> hook) { m_beforeCheck = std::move(hook); }

private:
    struct State
    {
        QByteArray hash;
        int failures = 0;
        QDateTime lastAttempt;
    };
    Result<State> load() const;
    Result<void> save(const State &state) const;
    static Result<void> checkShape(const QString &pin);
    QString path() const;

    QString m_dataDir;
    Clock m_clock;
    std::function<void()> m_beforeCheck;
};

} // namespace heard
