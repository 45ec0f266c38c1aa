#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace heard {

/// The kinds of question a survey can ask. Everything a kind means (its code, answer shape,
/// choice limits, pictures, scoring, speech) lives in one table in questionkind.cpp and is read
/// through questionKindTraits(); switches on a kind have no default, and the build makes a
/// missing case an error (-Werror=switch).
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

/// How a child answers a question of a kind.
enum class AnswerShape {
    None, ///< nothing to answer: an information screen
    OneChoice, ///< one choice (SessionEngine::answerChoice)
    ManyChoices, ///< one or more choices (SessionEngine::answerChoices)
    FreeText, ///< written words (SessionEngine::answerText)
};

/// Where a question's choices come from.
enum class ChoiceSource {
    None, ///< the kind has no choices
    Authored, ///< the author's list: "choices" or a "choiceSet" in the definition
    Ladder, ///< synthesised by the reader: "0" to "10"
    YesNo, ///< synthesised by the reader: "yes" and "no"
};

/// How a kind's choices are spoken. The prompt is always spoken, from the question's audio key.
enum class ChoiceSpeech {
    None, ///< no choices to speak
    AuthorLabels, ///< each choice's label, from its audio key; listed in the audio script
    KioskWords, ///< words the kiosk owns and translates ("Yes", "No"); no audio key
    Silent, ///< not read one by one (the ladder's numbers); the end labels are shown instead
};

/// Whether the report's response-style check may place an answer on an ordered scale.
enum class ResponseScale {
    None, ///< not a scale: several answers, yes/no, words or nothing
    Ordered, ///< the choices run in order from one end to the other
    OrderedWhenMeasured, ///< an author's list, read as a scale only when it measures an indicator
};

/// Definition fields only some kinds have; every other kind must leave them out.
struct KindFields
{
    bool role = false; ///< "role" (required): what an information screen is for
    bool points = false; ///< "points" (required): a face scale's size, which fixes its choice count
    bool endLabels = false; ///< "lowLabel" and "highLabel" (required): what the ends mean
    bool freeTextLimits = false; ///< "reminder" and "maxLength" (required)
};

/// Everything a question kind means, as one row of the kind table.
struct QuestionKindTraits
{
    QuestionKind kind;
    const char *code; ///< stable code in definitions, answers and exports ("single_choice")
    AnswerShape answer;
    ChoiceSource choices;
    /// How many choices an author may give (ChoiceSource::Authored only, else 0). For a kind with
    /// KindFields::points the count must equal the points instead; min and max bound the points.
    int minChoices;
    int maxChoices;
    bool choicesNeedPictures; ///< every authored choice must name an "image"
    /// May carry "measures" of framework indicators, which answers then count towards in reports.
    bool scored;
    const char *notScoredBecause; ///< why "measures" is not allowed; null when scored
    bool offersSpecialAnswers; ///< don't know, rather not say, skip (unless withheld)
    const char *noSpecialAnswersBecause; ///< why "withhold" is not allowed; null when offered
    ChoiceSpeech speech;
    ResponseScale responseScale;
    KindFields fields;
};

/// The row of @p kind in the kind table.
const QuestionKindTraits &questionKindTraits(QuestionKind kind);

/// Every kind, in the order the table lists them.
const std::array<QuestionKind, 8> &allQuestionKinds();

/// The stable code used in definitions, answers and exports ("single_choice", ...).
QString questionKindCode(QuestionKind kind);
std::optional<QuestionKind> questionKindFromCode(const QString &code);

/// The choice codes the reader synthesises for @p kind, in order ("0".."10", "yes" "no"); empty
/// for kinds whose choices come from the author or that have none.
QStringList synthesisedChoiceCodes(QuestionKind kind);

} // namespace heard
