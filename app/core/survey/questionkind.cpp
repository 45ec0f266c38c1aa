#include "survey/questionkind.h"

namespace heard {

namespace {

struct KindRow
{
    QuestionKind kind;
    const char *code;
};

constexpr std::array<KindRow, 8> kindTable { {
    { QuestionKind::SingleChoice, "single_choice" },
    { QuestionKind::MultipleChoice, "multiple_choice" },
    { QuestionKind::Faces, "faces" },
    { QuestionKind::Frequency, "frequency" },
    { QuestionKind::Ladder, "ladder" },
    { QuestionKind::YesNo, "yes_no" },
    { QuestionKind::FreeText, "free_text" },
    { QuestionKind::Info, "info" },
} };

constexpr std::array<QuestionKind, kindTable.size()> kindsInOrder()
{
    std::array<QuestionKind, kindTable.size()> kinds {};
    for (std::size_t i = 0; i < kindTable.size(); ++i)
        kinds[i] = kindTable[i].kind;
    return kinds;
}

} // namespace

const std::array<QuestionKind, 8> &allQuestionKinds()
{
    static constexpr auto kinds = kindsInOrder();
    return kinds;
}

QString questionKindCode(QuestionKind kind)
{
    for (const KindRow &row : kindTable) {
        if (row.kind == kind)
            return QString::fromLatin1(row.code);
    }
    return {};
}

std::optional<QuestionKind> questionKindFromCode(const QString &code)
{
    for (const KindRow &row : kindTable) {
        if (code == QLatin1String(row.code))
            return row.kind;
    }
    return std::nullopt;
}

} // namespace heard
