#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace heard {

/// Standard base64 that refuses anything else (Qt's plain fromBase64 skips bad characters):
/// keys, signatures and envelopes must decode exactly or not at all.
std::optional<QByteArray> strictBase64(const QByteArray &text);
/// The same for a JSON value: nullopt unless it is a string of strict base64.
std::optional<QByteArray> strictBase64(const QJsonValue &value);

} // namespace heard
