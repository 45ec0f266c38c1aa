#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace heard::admin {

/// One envelope as read from a source, with where it came from (for error reports).
struct SourcedEnvelope
{
    QString origin; ///< e.g. the file name; never contents
    QByteArray bytes;
};

/// Where `heard-admin open` reads envelopes from. Adding a kind of source (an outbox database, a
/// USB batch) is one subclass plus one line in forPath().
class EnvelopeSource
{
public:
    virtual ~EnvelopeSource() = default;

    /// What the source is, for messages.
    virtual QString description() const = 0;
    /// Calls @p visit for every envelope. Fails only when the source as a whole cannot be read;
    /// an unreadable single item is passed on with empty bytes so it is reported, not skipped.
    virtual Result<void> forEach(const std::function<void(const SourcedEnvelope &)> &visit) = 0;

    /// The right source for @p path (a folder of *.henv files or one envelope file).
    static Result<std::unique_ptr<EnvelopeSource>> forPath(const QString &path);
};

} // namespace heard::admin
