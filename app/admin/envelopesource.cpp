#include "envelopesource.h"

#include "fileenvelopesource.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace heard::admin {

Result<std::unique_ptr<EnvelopeSource>> EnvelopeSource::forPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<std::unique_ptr<EnvelopeSource>>::failure(u"not_found"_s,
                                                                u"%1 does not exist"_s.arg(path));
    if (info.isDir() || info.isFile())
        return std::unique_ptr<EnvelopeSource>(std::make_unique<FileEnvelopeSource>(path));
    return Result<std::unique_ptr<EnvelopeSource>>::failure(
        u"unsupported"_s, u"%1 is not a folder or a file"_s.arg(path));
}

} // namespace heard::admin
