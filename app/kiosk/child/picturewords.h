#pragma once

#include <QString>

namespace heard {

/// What a picture on a child's screen shows, in the child's language, for screen readers (a file
/// name is neither words nor translated).
class PictureWords final
{
public:
    static QString describe(const QString &picturePath);
};

} // namespace heard
