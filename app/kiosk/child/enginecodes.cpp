#include "child/enginecodes.h"

#include "util/errorcode.h"

#include <QStringList>

namespace heard {

bool EngineCodes::isRefusal(const QString &code)
{
    static const QStringList codes {
        ErrorCode::NotInProgress,  ErrorCode::WrongKind, ErrorCode::UnknownChoice,
        ErrorCode::EmptyAnswer,    ErrorCode::TooLong,   ErrorCode::Withheld,
        ErrorCode::AlreadyStarted, ErrorCode::AtStart,   ErrorCode::InvalidOutcome,
    };
    return codes.contains(code);
}

} // namespace heard
