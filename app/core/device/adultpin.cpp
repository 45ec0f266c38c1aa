#include "device/adultpin.h"

#include "crypto/privatefile.h"
#include "crypto/sodium.h"
#include "util/errorcode.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace heard {

AdultPin::AdultPin(QString dataDir, Clock clock)
    : m_dataDir(std::move(dataDir))
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

QString AdultPin::path() const
{
    return DeviceFolder(m_dataDir).adultPinFile();
}

bool AdultPin::isSet() const
{
    return QFile::exists(path());
}

Result<AdultPin::State> AdultPin::load() const
{
    if (!isSet())
        return Result<State>::failure(ErrorCode::NotSet, QStringLiteral("No adult PIN is set."));
    const Result<QByteArray> bytes = PrivateFile::read(path());
    if (!bytes.ok())
        return Result<State>::failure(bytes.error().code, bytes.error().message);
    const QJsonObject o = QJsonDocument::fromJson(bytes.value()).object();
    State s;
    s.hash = o.value(QStringLiteral("hash")).toString().toLatin1();
    s.failures = o.value(QStringLiteral("failures")).toInt(-1);
    s.lastAttempt
        = QDateTime::fromString(o.value(QStringLiteral("lastAttempt")).toString(), Qt::ISODate);
    if (s.hash.isEmpty() || s.failures < 0)
        return Result<State>::failure(ErrorCode::Corrupt,
                                      QStringLiteral("The adult PIN file is damaged."));
    return s;
}

Result<void> AdultPin::save(const State &state) const
{
    QJsonObject o {
        { QStringLiteral("v"), 1 },
        { QStringLiteral("hash"), QString::fromLatin1(state.hash) },
        { QStringLiteral("failures"), state.failures },
        { QStringLiteral("lastAttempt"), state.lastAttempt.toString(Qt::ISODate) },
    };
    Result<void> r = DeviceFolder(m_dataDir).create();
    if (r.ok())
        r = PrivateFile::write(path(), QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!r.ok())
        return Result<void>::failure(
            ErrorCode::StoreFailed,
            QStringLiteral("The adult PIN file could not be written: %1").arg(r.error().message));
    return {};
}

Result<void> AdultPin::checkShape(const QString &pin)
{
    if (pin.size() < minimumLength)
        return Result<void>::failure(ErrorCode::TooShort,
                                     QStringLiteral("Use at least %1 digits.").arg(minimumLength));
    for (const QChar c : pin)
        if (c < u'0' || c > u'9')
            return Result<void>::failure(ErrorCode::NotDigits, QStringLiteral("Use digits only."));
    return {};
}

Result<void> AdultPin::set(const QString &pin)
{
    if (isSet())
        return Result<void>::failure(ErrorCode::AlreadySet,
                                     QStringLiteral("An adult PIN is already set."));
    if (Result<void> shape = checkShape(pin); !shape.ok())
        return shape;
    if (!ensureSodium())
        return Result<void>::failure(ErrorCode::CryptoFailed, QStringLiteral("libsodium failed."));
    QByteArray utf8 = pin.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(
        hash, utf8.constData(), size_t(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
        crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return Result<void>::failure(ErrorCode::CryptoFailed,
                                     QStringLiteral("Could not hash the PIN (out of memory?)."));
    State s;
    s.hash = QByteArray(hash);
    s.lastAttempt = m_clock();
    return save(s);
}

qint64 AdultPin::delayAfter(int failures)
{
    if (failures < freeAttempts)
        return 0;
    const int doublings = qMin(failures - freeAttempts, 7); // 30 s * 2^7 > 1 h
    return qMin<qint64>(30LL << doublings, 3600);
}

int AdultPin::failures() const
{
    const Result<State> s = load();
    return s.ok() ? s.value().failures : 0;
}

qint64 AdultPin::waitSeconds() const
{
    const Result<State> s = load();
    if (!s.ok())
        return 0;
    const qint64 delay = delayAfter(s.value().failures);
    if (delay == 0)
        return 0;
    const QDateTime now = m_clock();
    // A clock set backwards never shortens the wait: count from now instead.
    const QDateTime from = s.value().lastAttempt.isValid() && s.value().lastAttempt <= now
        ? s.value().lastAttempt
        : now;
    return qMax<qint64>(0, delay - from.secsTo(now));
}

Result<void> AdultPin::verify(const QString &pin)
{
    Result<State> loaded = load();
    if (!loaded.ok())
        return Result<void>::failure(loaded.error().code, loaded.error().message);
    State s = loaded.value();
    if (const qint64 wait = waitSeconds(); wait > 0)
        return Result<void>::failure(
            ErrorCode::Wait,
            QStringLiteral("Too many wrong PINs. Try again in %1 seconds.").arg(wait));
    // Count the attempt on disk before checking, so an interrupted check still counts.
    ++s.failures;
    s.lastAttempt = m_clock();
    if (Result<void> saved = save(s); !saved.ok())
        return saved;
    if (m_beforeCheck)
        m_beforeCheck();
    if (!ensureSodium())
        return Result<void>::failure(ErrorCode::CryptoFailed, QStringLiteral("libsodium failed."));
    QByteArray utf8 = pin.toUtf8();
    const QByteArray hash = s.hash + '\0';
    const int rc
        = crypto_pwhash_str_verify(hash.constData(), utf8.constData(), size_t(utf8.size()));
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return Result<void>::failure(ErrorCode::WrongPin, QStringLiteral("That PIN is not right."));
    s.failures = 0;
    return save(s);
}

Result<void> AdultPin::change(const QString &currentPin, const QString &newPin)
{
    if (Result<void> shape = checkShape(newPin); !shape.ok())
        return shape;
    if (Result<void> ok = verify(currentPin); !ok.ok())
        return ok;
    const QString file = path();
    const QString backup = file + QStringLiteral(".old");
    QFile::remove(backup);
    if (!QFile::rename(file, backup))
        return Result<void>::failure(ErrorCode::StoreFailed,
                                     QStringLiteral("Could not replace the PIN file."));
    Result<void> r = set(newPin);
    if (!r.ok()) {
        QFile::rename(backup, file);
        return r;
    }
    QFile::remove(backup);
    return {};
}

} // namespace heard
