#include "survey/questionkind.h"

#include <QtGlobal>

#include <type_traits>

namespace heard {

namespace {

// The one place that says what each kind is. The reader, the session engine, the payload, the
// report and the audio script read these rows instead of naming kinds, and
// tests/survey/tst_questionkinds holds the authors' schema to them. (The kiosk's
// QuestionViewFactory names every kind in a switch of its own.)
constexpr auto kindTable = std::to_array<QuestionKindTraits>({
    {
        .kind = QuestionKind::SingleChoice,
        .code = "single_choice",
        .answer = AnswerShape::OneChoice,
        .choices = ChoiceSource::Authored,
        .minChoices = 2,
        .maxChoices = 8,
        .choicesNeedPictures = true,
        .scored = true,
        .notScoredBecause = nullptr,
        .offersSpecialAnswers = true,
        .noSpecialAnswersBecause = nullptr,
        .speech = ChoiceSpeech::AuthorLabels,
        // Any list of answers: only one that measures something is taken to run in order.
        .responseScale = ResponseScale::OrderedWhenMeasured,
        .fields = {},
    },
    {
        .kind = QuestionKind::MultipleChoice,
        .code = "multiple_choice",
        .answer = AnswerShape::ManyChoices,
        .choices = ChoiceSource::Authored,
        .minChoices = 2,
        .maxChoices = 12,
        .choicesNeedPictures = false,
        .scored = true,
        .notScoredBecause = nullptr,
        .offersSpecialAnswers = true,
        .noSpecialAnswersBecause = nullptr,
        .speech = ChoiceSpeech::AuthorLabels,
        .responseScale = ResponseScale::None,
        .fields = {},
    },
    {
        .kind = QuestionKind::Faces,
        .code = "faces",
        .answer = AnswerShape::OneChoice,
        .choices = ChoiceSource::Authored,
        // The count is the scale's points (2, 3 or 5); these bound the points.
        .minChoices = 2,
        .maxChoices = 5,
        .choicesNeedPictures = true,
        .scored = true,
        .notScoredBecause = nullptr,
        .offersSpecialAnswers = true,
        .noSpecialAnswersBecause = nullptr,
        .speech = ChoiceSpeech::AuthorLabels,
        .responseScale = ResponseScale::Ordered,
        .fields = { .points = true },
    },
    {
        .kind = QuestionKind::Frequency,
        .code = "frequency",
        .answer = AnswerShape::OneChoice,
        .choices = ChoiceSource::Authored,
        .minChoices = 3,
        .maxChoices = 5,
        .choicesNeedPictures = false,
        .scored = true,
        .notScoredBecause = nullptr,
        .offersSpecialAnswers = true,
        .noSpecialAnswersBecause = nullptr,
        .speech = ChoiceSpeech::AuthorLabels,
        .responseScale = ResponseScale::Ordered,
        .fields = {},
    },
    {
        .kind = QuestionKind::Ladder,
        .code = "ladder",
        .answer = AnswerShape::OneChoice,
        .choices = ChoiceSource::Ladder,
        .minChoices = 0,
        .maxChoices = 0,
        .choicesNeedPictures = false,
        .scored = true,
        .notScoredBecause = nullptr,
        .offersSpecialAnswers = true,
        .noSpecialAnswersBecause = nullptr,
        .speech = ChoiceSpeech::Silent,
        .responseScale = ResponseScale::Ordered,
        .fields = { .endLabels = true },
    },
    {
        .kind = QuestionKind::YesNo,
        .code = "yes_no",
        .answer = AnswerShape::OneChoice,
        .choices = ChoiceSource::YesNo,
        .minChoices = 0,
        .maxChoices = 0,
        .choicesNeedPictures = false,
        .scored = true,
        .notScoredBecause = nullptr,
        .offersSpecialAnswers = true,
        .noSpecialAnswersBecause = nullptr,
        .speech = ChoiceSpeech::KioskWords,
        .responseScale = ResponseScale::None,
        .fields = {},
    },
    {
        .kind = QuestionKind::FreeText,
        .code = "free_text",
        .answer = AnswerShape::FreeText,
        .choices = ChoiceSource::None,
        .minChoices = 0,
        .maxChoices = 0,
        .choicesNeedPictures = false,
        .scored = false,
        .notScoredBecause = "free text is read by people, not counted",
        .offersSpecialAnswers = true,
        .noSpecialAnswersBecause = nullptr,
        .speech = ChoiceSpeech::None,
        .responseScale = ResponseScale::None,
        .fields = { .freeTextLimits = true },
    },
    {
        .kind = QuestionKind::Info,
        .code = "info",
        .answer = AnswerShape::None,
        .choices = ChoiceSource::None,
        .minChoices = 0,
        .maxChoices = 0,
        .choicesNeedPictures = false,
        .scored = false,
        .notScoredBecause = "information screens measure nothing",
        .offersSpecialAnswers = false,
        .noSpecialAnswersBecause = "information screens have no answers",
        .speech = ChoiceSpeech::None,
        .responseScale = ResponseScale::None,
        .fields = { .role = true },
    },
});

static_assert(kindTable.size()
                  == std::tuple_size_v<std::remove_cvref_t<decltype(allQuestionKinds())>>,
              "allQuestionKinds() in questionkind.h must count every row");

constexpr const QuestionKindTraits *findRow(QuestionKind kind)
{
    for (const QuestionKindTraits &row : kindTable) {
        if (row.kind == kind)
            return &row;
    }
    return nullptr;
}

// A kind without a row does not build: questionKindTraits() names every kind in a switch, and
// each case instantiates this check.
template<QuestionKind Kind> constexpr const QuestionKindTraits &row()
{
    static_assert(findRow(Kind) != nullptr, "give every QuestionKind a row in kindTable");
    return *findRow(Kind);
}

constexpr std::array<QuestionKind, kindTable.size()> kindsInOrder()
{
    std::array<QuestionKind, kindTable.size()> kinds {};
    for (std::size_t i = 0; i < kindTable.size(); ++i)
        kinds[i] = kindTable[i].kind;
    return kinds;
}

} // namespace

const QuestionKindTraits &questionKindTraits(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::SingleChoice:
        return row<QuestionKind::SingleChoice>();
    case QuestionKind::MultipleChoice:
        return row<QuestionKind::MultipleChoice>();
    case QuestionKind::Faces:
        return row<QuestionKind::Faces>();
    case QuestionKind::Frequency:
        return row<QuestionKind::Frequency>();
    case QuestionKind::Ladder:
        return row<QuestionKind::Ladder>();
    case QuestionKind::YesNo:
        return row<QuestionKind::YesNo>();
    case QuestionKind::FreeText:
        return row<QuestionKind::FreeText>();
    case QuestionKind::Info:
        return row<QuestionKind::Info>();
    }
    // Only a value cast from outside the enum gets here.
    Q_UNREACHABLE();
    return kindTable.back();
}

const std::array<QuestionKind, 8> &allQuestionKinds()
{
    static constexpr auto kinds = kindsInOrder();
    return kinds;
}

QString questionKindCode(QuestionKind kind)
{
    return QString::fromLatin1(questionKindTraits(kind).code);
}

std::optional<QuestionKind> questionKindFromCode(const QString &code)
{
    for (const QuestionKindTraits &row : kindTable) {
        if (code == QLatin1String(row.code))
            return row.kind;
    }
    return std::nullopt;
}

QStringList synthesisedChoiceCodes(QuestionKind kind)
{
    switch (questionKindTraits(kind).choices) {
    case ChoiceSource::None:
    case ChoiceSource::Authored:
        return {};
    case ChoiceSource::Ladder: {
        QStringList codes;
        for (int i = 0; i <= 10; ++i)
            codes.append(QString::number(i));
        return codes;
    }
    case ChoiceSource::YesNo:
        return { QStringLiteral("yes"), QStringLiteral("no") };
    }
    return {};
}

} // namespace heard
