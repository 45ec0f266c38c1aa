#include "util/strictbase64.h"

namespace heard {

std::optional<QByteArray> strictBase64(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QByteArray> strictBase64(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return strictBase64(value.toString().toLatin1());
}

} // namespace heard
