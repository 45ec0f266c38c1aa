#include "survey/survey.h"

#include <array>
#include <utility>

namespace heard {

namespace {

// One table per enum keeps code and enum in step in both directions.
template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumOf(const std::array<std::pair<Enum, const char *>, N> &table,
                           const QString &code)
{
    for (const auto &[e, c] : table) {
        if (code == QLatin1String(c))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<SpecialAnswer, const char *>, 3> specialCodes { {
    { SpecialAnswer::DontKnow, "dont_know" },
    { SpecialAnswer::RatherNotSay, "rather_not_say" },
    { SpecialAnswer::Skip, "skip" },
} };

constexpr std::array<std::pair<InfoRole, const char *>, 5> roleCodes { {
    { InfoRole::None, "" },
    { InfoRole::Assent, "assent" },
    { InfoRole::Intro, "intro" },
    { InfoRole::Thanks, "thanks" },
    { InfoRole::Help, "help" },
} };

} // namespace

QString localized(const LocalizedText &text, const QString &language,
                  const QString &fallbackLanguage)
{
    if (const auto it = text.constFind(language); it != text.constEnd())
        return it.value();
    if (const auto it = text.constFind(fallbackLanguage); it != text.constEnd())
        return it.value();
    return text.isEmpty() ? QString() : text.first();
}

QString specialAnswerCode(SpecialAnswer answer)
{
    return codeOf(specialCodes, answer);
}
std::optional<SpecialAnswer> specialAnswerFromCode(const QString &code)
{
    return enumOf(specialCodes, code);
}

QString infoRoleCode(InfoRole role)
{
    return codeOf(roleCodes, role);
}
std::optional<InfoRole> infoRoleFromCode(const QString &code)
{
    if (code.isEmpty())
        return std::nullopt;
    return enumOf(roleCodes, code);
}

const Choice *Question::choice(const QString &code) const
{
    for (const Choice &c : choices) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

QList<const Question *> Survey::questions() const
{
    QList<const Question *> all;
    for (const Section &section : sections) {
        for (const Question &q : section.questions)
            all.append(&q);
    }
    return all;
}

const Question *Survey::question(const QString &id) const
{
    for (const Section &section : sections) {
        for (const Question &q : section.questions) {
            if (q.id == id)
                return &q;
        }
    }
    return nullptr;
}

int Survey::indexOf(const QString &questionId) const
{
    const QList<const Question *> all = questions();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i)->id == questionId)
            return i;
    }
    return -1;
}

const ChoiceSet *Survey::choiceSet(const QString &name) const
{
    for (const ChoiceSet &set : choiceSets) {
        if (set.name == name)
            return &set;
    }
    return nullptr;
}

} // namespace heard
