#pragma once

#include <QString>

namespace heard {

/// The SessionEngine's error codes as the kiosk reads them, in one place (the engine returns
/// bare strings; see SessionEngine's class comment for the list).
class EngineCodes final
{
public:
    /// True when the engine refused the answer as not fitting the question (the child can simply
    /// answer again); false when it could not be kept (the sink's own codes).
    static bool isRefusal(const QString &code);
};

} // namespace heard
