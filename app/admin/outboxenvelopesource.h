#pragma once

#include "envelopesource.h"

namespace heard::admin {

/// A device's outbox database (outbox.db), read-only: every envelope still waiting there, e.g.
/// from a device that was never synced and was brought to the LA.
class OutboxEnvelopeSource final : public EnvelopeSource
{
public:
    explicit OutboxEnvelopeSource(QString path);

    /// Whether @p path starts like an SQLite database.
    static bool looksLikeOutbox(const QString &path);

    QString description() const override;
    Result<void> forEach(const std::function<void(const SourcedEnvelope &)> &visit) override;

private:
    QString m_path;
};

} // namespace heard::admin
