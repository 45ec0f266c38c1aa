#include "envelopesource.h"

#include "fileenvelopesource.h"
#include "inboxenvelopesource.h"
#include "outboxenvelopesource.h"
#include "util/errorcode.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace heard::admin {

Result<std::unique_ptr<EnvelopeSource>> EnvelopeSource::forPath(const QString &path)
{
    if (InboxEnvelopeSource::isInboxSpec(path))
        return std::unique_ptr<EnvelopeSource>(std::make_unique<InboxEnvelopeSource>(path));
    const QFileInfo info(path);
    if (!info.exists())
        return Result<std::unique_ptr<EnvelopeSource>>::failure(ErrorCode::NotFound,
                                                                u"%1 does not exist"_s.arg(path));
    if (info.isFile() && OutboxEnvelopeSource::looksLikeOutbox(path))
        return std::unique_ptr<EnvelopeSource>(std::make_unique<OutboxEnvelopeSource>(path));
    if (info.isDir() || info.isFile())
        return std::unique_ptr<EnvelopeSource>(std::make_unique<FileEnvelopeSource>(path));
    return Result<std::unique_ptr<EnvelopeSource>>::failure(
        ErrorCode::Unsupported, u"%1 is not a folder or a file"_s.arg(path));
}

} // namespace heard::admin
