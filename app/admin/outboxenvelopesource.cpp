#include "outboxenvelopesource.h"

#include "store/outboxstore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace heard::admin {

OutboxEnvelopeSource::OutboxEnvelopeSource(QString path)
    : m_path(std::move(path))
{
}

bool OutboxEnvelopeSource::looksLikeOutbox(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString OutboxEnvelopeSource::description() const
{
    return m_path;
}

Result<void>
OutboxEnvelopeSource::forEach(const std::function<void(const SourcedEnvelope &)> &visit)
{
    auto envelopes = OutboxStore::readEnvelopes(m_path);
    if (!envelopes)
        return envelopes.error();
    int index = 0;
    for (const QByteArray &bytes : envelopes.value())
        visit({ u"%1#%2"_s.arg(m_path).arg(++index), bytes });
    return Result<void>::success();
}

} // namespace heard::admin
