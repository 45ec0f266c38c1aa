#pragma once

#include "envelopesource.h"

namespace heard::admin {

/// Every envelope of a kiosk's outbox SQLite file, read read-only.
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
