#include "inboxenvelopesource.h"

#include "inbox/inboxstore.h"

using namespace Qt::StringLiterals;

namespace heard::admin {

InboxEnvelopeSource::InboxEnvelopeSource(QString spec)
    : m_spec(std::move(spec))
{
}

bool InboxEnvelopeSource::isInboxSpec(const QString &path)
{
    return path.startsWith(u"sqlite:"_s) || path.startsWith(u"postgres:"_s);
}

QString InboxEnvelopeSource::description() const
{
    // A postgres URL may carry a password: name only the kind of database.
    return m_spec.startsWith(u"sqlite:"_s) ? u"inbox %1"_s.arg(m_spec.mid(7))
                                           : u"PostgreSQL inbox"_s;
}

Result<void> InboxEnvelopeSource::forEach(const std::function<void(const SourcedEnvelope &)> &visit)
{
    auto store = InboxStore::open(m_spec);
    if (!store)
        return store.error();
    auto envelopes = store.value()->envelopes();
    if (!envelopes)
        return envelopes.error();
    int index = 0;
    for (const QByteArray &bytes : envelopes.value())
        visit({ u"%1 #%2"_s.arg(description()).arg(++index), bytes });
    return {};
}

} // namespace heard::admin
