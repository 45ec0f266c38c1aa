#pragma once

#include "survey/survey.h"
#include "util/result.h"

#include <QMetaType>
#include <QStringList>

namespace heard {

class SessionEngine;

/// What a child gave on one question screen, as a value: the view says it, the session shell
/// hands it to the engine.
struct ViewAnswer
{
    enum class Type {
        Choice, ///< one code (single choice, faces, frequency, ladder, yes/no)
        Choices, ///< several codes (multiple choice)
        Text, ///< free text
        Special, ///< "I don't know", "I'd rather not say", "Skip"
        Next, ///< move on without a new answer (info screens, an answer kept from before)
    };
    Type type = Type::Next;
    QStringList codes;
    QString text;
    SpecialAnswer special = SpecialAnswer::Skip;

    static ViewAnswer choice(const QString &code) { return { Type::Choice, { code }, {} }; }
    static ViewAnswer choices(const QStringList &codes) { return { Type::Choices, codes, {} }; }
    static ViewAnswer freeText(const QString &text) { return { Type::Text, {}, text }; }
    static ViewAnswer specialAnswer(SpecialAnswer s) { return { Type::Special, {}, {}, s }; }
    static ViewAnswer next() { return { Type::Next, {}, {} }; }

    /// Hands this answer to @p engine through the call that takes its type.
    Result<void> giveTo(SessionEngine &engine) const;
};

} // namespace heard

Q_DECLARE_METATYPE(heard::ViewAnswer)
