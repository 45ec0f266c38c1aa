#pragma once

#include "survey/framework.h"

#include <QStringList>

namespace heard::testutil {

/// A small well-being framework holding only the indicators @p ids, each one of WB01 (happy
/// yesterday), TR01 (see mum and dad, 8-17 only), TR03 (trust the adults you live with), HO01
/// (like your bedroom) and HO02 (sleep well). Fatal for any other id.
Framework reportFramework(const QStringList &ids);

/// The codes of a five-face scale, saddest first.
QStringList faceCodes();
/// The codes of a never / sometimes / always scale.
QStringList frequencyCodes();
/// The codes of a no / a bit / yes scale.
QStringList noBitYesCodes();

} // namespace heard::testutil
