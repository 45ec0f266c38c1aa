#pragma once

#include <QString>

namespace heard {

/// @p text with every number kept whole on screen: the spaces inside a number (0800 000 0000)
/// become no-break spaces, so it never wraps in the middle, and the number is isolated as a
/// left-to-right run (U+2066 ... U+2069), so that beside Arabic its digit groups stay in order
/// and it does not pick up the punctuation around it. For display only: speech and accessible
/// names get the plain text.
QString keepNumbersWhole(const QString &text);

} // namespace heard
