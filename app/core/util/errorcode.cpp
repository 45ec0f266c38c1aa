#include "util/errorcode.h"

namespace heard::ErrorCode {

QStringList envelopeOpenerCodes()
{
    return { Malformed, BadSignature, UntrustedDevice, UnknownKey, CannotOpen, HeaderMismatch };
}

QStringList syncErrorBodyCodes()
{
    return { Malformed, Unauthorized, NotFound, MethodNotAllowed, BadCode, KeyReused,
             TooLarge,  TooMany,      Busy };
}

QStringList syncRejectReasons()
{
    return { Malformed, BadSignature, WrongDevice, UnknownKey, ConflictingBytes };
}

} // namespace heard::ErrorCode
