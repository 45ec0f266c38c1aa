#pragma once

#include <QByteArray>
#include <QStringList>

namespace heard {

/// One RFC 4180 record, CRLF-terminated, UTF-8. A cell a spreadsheet would run as a formula
/// (=, +, @, a leading tab, or - not followed by a digit) gets a leading apostrophe: envelopes come
/// from devices, and a device is not trusted to write spreadsheet code.
QByteArray csvLine(const QStringList &cells);

} // namespace heard
