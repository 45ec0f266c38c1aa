#pragma once

#include <QString>

#include <array>
#include <optional>

namespace heard {

/// The kinds of question a survey can ask. Everything a kind means (its code, answer shape,
/// choice limits, pictures, scoring, speech) lives in one table in questionkind.cpp; switches on
/// a kind have no default, and the build makes a missing case an error (-Werror=switch).
enum class QuestionKind {
    SingleChoice,
    MultipleChoice,
    Faces,
    Frequency,
    Ladder,
    YesNo,
    FreeText,
    Info,
};

/// Every kind, in the order the table lists them.
const std::array<QuestionKind, 8> &allQuestionKinds();

/// The stable code used in definitions, answers and exports ("single_choice", ...).
QString questionKindCode(QuestionKind kind);
std::optional<QuestionKind> questionKindFromCode(const QString &code);

} // namespace heard
