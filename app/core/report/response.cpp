#include "response.h"

using namespace Qt::StringLiterals;

namespace heard {

QString Response::outcome() const
{
    return end ? end->outcome : u"incomplete"_s;
}

const ResponseAnswer *Response::answered(const QString &questionId) const
{
    const auto it = answers.constFind(questionId);
    if (it == answers.cend() || it->isRetraction())
        return nullptr;
    return &*it;
}

} // namespace heard
