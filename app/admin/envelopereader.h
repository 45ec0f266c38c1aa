#pragma once

#include "crypto/envelope.h"
#include "crypto/responsepayload.h"
#include "util/result.h"

#include <QStringList>

#include <functional>

namespace heard::admin {

/// Opens every envelope of the SOURCE arguments `open` and `report` take. Rejected envelopes are
/// reported on stderr by record id (never contents) and skipped; exact duplicates are skipped.
class EnvelopeReader
{
public:
    using Sink = std::function<Result<void>(const EnvelopeHeader &, const ResponsePayload &)>;

    int opened = 0;
    int rejected = 0;
    int duplicates = 0;

    /// Fails only when a source as a whole cannot be read; @p command prefixes messages.
    Result<void> read(const QStringList &paths, const EnvelopeOpener &opener, const Sink &sink);
};

} // namespace heard::admin
