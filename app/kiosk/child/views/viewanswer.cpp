#include "child/views/viewanswer.h"

#include "session/sessionengine.h"

namespace heard {

Result<void> ViewAnswer::giveTo(SessionEngine &engine) const
{
    switch (type) {
    case Type::Choice:
        return engine.answerChoice(codes.value(0));
    case Type::Choices:
        return engine.answerChoices(codes);
    case Type::Text:
        return engine.answerText(text);
    case Type::Special:
        return engine.answerSpecial(special);
    case Type::Next:
        return engine.next();
    }
    return {};
}

} // namespace heard
