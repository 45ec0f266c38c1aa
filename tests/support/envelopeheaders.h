#pragma once

#include "crypto/envelopeheader.h"

namespace heard::testutil {

/// A header for a new record (fresh record id) of @p kind, as a device would seal it.
EnvelopeHeader envelopeHeader(EnvelopeKind kind, const QString &surveyId, int surveyVersion,
                              QDate day);

} // namespace heard::testutil
