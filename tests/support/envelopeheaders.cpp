#include "envelopeheaders.h"

namespace heard::testutil {

EnvelopeHeader envelopeHeader(EnvelopeKind kind, const QString &surveyId, int surveyVersion,
                              QDate day)
{
    EnvelopeHeader header;
    header.kind = kind;
    header.recordId = QUuid::createUuid();
    header.surveyId = surveyId;
    header.surveyVersion = quint16(surveyVersion);
    header.day = day;
    return header;
}

} // namespace heard::testutil
