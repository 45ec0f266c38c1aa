#include "envelopereader.h"

#include "commandline.h"
#include "envelopesource.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace heard::admin {

Result<void> EnvelopeReader::read(const QStringList &paths, const EnvelopeOpener &opener,
                                  const Sink &sink)
{
    QHash<QUuid, QByteArray> seen; // record id -> hash of its bytes
    auto reject = [&](const QString &what, const QString &code, const QString &message) {
        ++rejected;
        err() << "rejected " << what << ": " << code << ": " << message << '\n';
    };
    auto visit = [&](const SourcedEnvelope &item) {
        // Name the record id when the header is readable (it is not secret), else the file.
        auto header = EnvelopeHeader::decode(item.bytes);
        const QString what = header
            ? u"record %1 (%2)"_s.arg(header->recordId.toString(QUuid::WithoutBraces),
                                      QFileInfo(item.origin).fileName())
            : item.origin;
        if (item.bytes.isEmpty())
            return reject(what, u"unreadable"_s, u"the file cannot be read or is too large"_s);
        auto envelope = opener.open(item.bytes);
        if (!envelope)
            return reject(what, envelope.error().code, envelope.error().message);
        const QByteArray digest = QCryptographicHash::hash(item.bytes, QCryptographicHash::Sha256);
        const auto previous = seen.constFind(envelope->header.recordId);
        if (previous != seen.cend()) {
            if (*previous == digest) {
                ++duplicates;
                return;
            }
            return reject(what, u"conflict"_s,
                          u"another envelope with this record id has different bytes"_s);
        }
        seen.insert(envelope->header.recordId, digest);
        auto payload = decodeResponsePayload(envelope->header.kind, envelope->payload);
        if (!payload)
            return reject(what, payload.error().code, payload.error().message);
        if (auto added = sink(envelope->header, payload.value()); !added)
            return reject(what, added.error().code, added.error().message);
        ++opened;
    };
    for (const QString &path : paths) {
        auto source = EnvelopeSource::forPath(path);
        if (!source)
            return source.error();
        if (auto read = source.value()->forEach(visit); !read)
            return Result<void>::failure(
                read.error().code, source.value()->description() + u": "_s + read.error().message);
    }
    return Result<void>::success();
}

} // namespace heard::admin
