#pragma once

#include "envelopesource.h"

namespace heard::admin {

/// The LA inbox database ("sqlite:PATH" or "postgres:URL", as heard-inbox --db takes it): every
/// envelope devices uploaded, read-only.
class InboxEnvelopeSource final : public EnvelopeSource
{
public:
    explicit InboxEnvelopeSource(QString spec);

    /// Whether @p path is an inbox database spec rather than a file path.
    static bool isInboxSpec(const QString &path);

    QString description() const override;
    Result<void> forEach(const std::function<void(const SourcedEnvelope &)> &visit) override;

private:
    QString m_spec;
};

} // namespace heard::admin
