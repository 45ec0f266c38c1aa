#pragma once

#include "envelopesource.h"

namespace heard::admin {

/// A single envelope file, or a folder (searched recursively) of `*.henv` files, one envelope each.
class FileEnvelopeSource final : public EnvelopeSource
{
public:
    explicit FileEnvelopeSource(QString path);

    QString description() const override;
    Result<void> forEach(const std::function<void(const SourcedEnvelope &)> &visit) override;

private:
    QString m_path;
};

} // namespace heard::admin
