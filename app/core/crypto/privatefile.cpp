#include "crypto/privatefile.h"

#include "util/errorcode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(strerror(errno));
}

Result<void> writeWithMode(const QString &path, const QByteArray &bytes, bool overwrite,
                           mode_t mode)
{
    const QByteArray target = QFile::encodeName(path);
    if (!overwrite && QFileInfo::exists(path))
        return Result<void>::failure(ErrorCode::Exists,
                                     u"%1 already exists; refusing to overwrite it"_s.arg(path));
    const QString dir = QFileInfo(path).absolutePath();
    QByteArray temp
        = QFile::encodeName(dir + u"/."_s + QFileInfo(path).fileName() + u".tmp-XXXXXX"_s);
    // mkstemp creates the file 0600, so a secret is never readable by others, even for a moment.
    const int fd = mkstemp(temp.data());
    if (fd < 0)
        return Result<void>::failure(ErrorCode::Io,
                                     u"cannot create a file in %1: %2"_s.arg(dir, systemError()));
    auto cleanup = [&] {
        ::close(fd);
        ::unlink(temp.constData());
    };
    if (fchmod(fd, mode) != 0) {
        cleanup();
        return Result<void>::failure(
            ErrorCode::Io, u"cannot set permissions on %1: %2"_s.arg(path, systemError()));
    }
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n
            = ::write(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            cleanup();
            return Result<void>::failure(ErrorCode::Io,
                                         u"cannot write %1: %2"_s.arg(path, systemError()));
        }
        written += n;
    }
    if (fsync(fd) != 0) {
        cleanup();
        return Result<void>::failure(ErrorCode::Io,
                                     u"cannot sync %1: %2"_s.arg(path, systemError()));
    }
    ::close(fd);
    if (!overwrite) {
        // link() fails if the target appeared meanwhile, so a concurrent writer is never clobbered.
        if (::link(temp.constData(), target.constData()) != 0) {
            const int err = errno;
            const QString why = systemError();
            ::unlink(temp.constData());
            return Result<void>::failure(err == EEXIST ? ErrorCode::Exists : ErrorCode::Io,
                                         u"cannot create %1: %2"_s.arg(path, why));
        }
        ::unlink(temp.constData());
    } else if (::rename(temp.constData(), target.constData()) != 0) {
        const QString why = systemError();
        ::unlink(temp.constData());
        return Result<void>::failure(ErrorCode::Io, u"cannot replace %1: %2"_s.arg(path, why));
    }
    const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        fsync(dirFd);
        ::close(dirFd);
    }
    return Result<void>::success();
}

} // namespace

Result<void> PrivateFile::write(const QString &path, const QByteArray &bytes, bool overwrite)
{
    return writeWithMode(path, bytes, overwrite, 0600);
}

Result<QByteArray> PrivateFile::read(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Result<QByteArray>::failure(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io,
                                           u"cannot open %1: %2"_s.arg(path, systemError()));
    struct stat st
    {
    };
    if (fstat(fd, &st) != 0) {
        ::close(fd);
        return Result<QByteArray>::failure(ErrorCode::Io,
                                           u"cannot stat %1: %2"_s.arg(path, systemError()));
    }
    if (st.st_mode & (S_IRWXG | S_IRWXO)) {
        ::close(fd);
        return Result<QByteArray>::failure(
            ErrorCode::InsecurePermissions,
            u"%1 is readable or writable by other users (mode %2); refusing to use it. "
            "Run: chmod 600 %1"_s.arg(path)
                .arg(st.st_mode & 0777, 3, 8, QChar(u'0')));
    }
    if (st.st_size > 16 * 1024 * 1024) {
        ::close(fd);
        return Result<QByteArray>::failure(ErrorCode::Io,
                                           u"%1 is too large to be a key file"_s.arg(path));
    }
    QByteArray bytes(static_cast<qsizetype>(st.st_size), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, static_cast<size_t>(bytes.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(fd);
    bytes.truncate(got);
    return bytes;
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes, bool overwrite)
{
    return writeWithMode(path, bytes, overwrite, 0644);
}

} // namespace heard
