#pragma once

#include "survey/questionkind.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace heard {

/// A string the child sees, in every language the survey declares: language code -> text.
using LocalizedText = QMap<QString, QString>;

/// The text for @p language, falling back to @p fallbackLanguage, then to any text there is.
QString localized(const LocalizedText &text, const QString &language,
                  const QString &fallbackLanguage = QString());

/// The answers every answerable question offers unless the definition withholds one with a reason.
enum class SpecialAnswer {
    DontKnow,
    RatherNotSay,
    Skip,
};

enum class InfoRole {
    None,
    Assent,
    Intro,
    Thanks,
    Help,
};

/// Stable codes used in definitions, answers and exports.
QString specialAnswerCode(SpecialAnswer answer); // "dont_know", "rather_not_say", "skip"
std::optional<SpecialAnswer> specialAnswerFromCode(const QString &code);
QString infoRoleCode(InfoRole role);
std::optional<InfoRole> infoRoleFromCode(const QString &code);

struct Choice
{
    QString code;
    LocalizedText label; ///< empty for ladder and yes/no: the kiosk supplies those words
    QString image; ///< path under assets/, may be empty where the kind allows
    QString audio; ///< audio key, assets/audio/LANG/KEY.wav

    bool operator==(const Choice &) const = default;
};

/// A named answer list that several questions share ("choiceSets" in the definition).
struct ChoiceSet
{
    QString name;
    QList<Choice> choices;

    bool operator==(const ChoiceSet &) const = default;
};

/// One framework indicator a question measures, and which answers count as positive for it.
struct Measure
{
    QString indicator;
    QStringList positiveCodes;

    bool operator==(const Measure &) const = default;
};

/// "Show only when an earlier question was answered with one of these codes."
struct Condition
{
    QString questionId;
    QStringList anyOf;
    bool isSet() const { return !questionId.isEmpty(); }
    bool operator==(const Condition &) const = default;
};

struct Question
{
    QString id;
    QString sectionId;
    QuestionKind kind = QuestionKind::Info;
    InfoRole role = InfoRole::None;
    LocalizedText prompt;
    QString audio;
    LocalizedText help;
    QString image;
    QList<Choice> choices; ///< resolved from choiceSet; synthesised for ladder (0-10) and yes/no
    QString choiceSet; ///< the named set the choices came from; empty when listed or implied
    int points = 0; ///< faces only
    LocalizedText lowLabel;
    LocalizedText highLabel;
    LocalizedText reminder; ///< free text only
    int maxLength = 0; ///< free text only
    QList<Measure> measures;
    Condition showIf;
    QMap<SpecialAnswer, QString> withheld; ///< special answer -> the author's reason

    /// Whether the child answers this screen at all (from the kind table).
    bool isAnswerable() const { return questionKindTraits(kind).answer != AnswerShape::None; }
    /// Whether @p answer is on offer: the kind offers special answers and the author kept it.
    bool offers(SpecialAnswer answer) const
    {
        return questionKindTraits(kind).offersSpecialAnswers && !withheld.contains(answer);
    }
    const Choice *choice(const QString &code) const;
    bool operator==(const Question &) const = default;
};

struct Section
{
    QString id;
    QString domain; ///< empty for opening and closing sections
    LocalizedText title;
    QList<Question> questions;

    bool operator==(const Section &) const = default;
};

/// A validated survey definition. Immutable once loaded. Equal surveys ask the same questions
/// with the same words, pictures, audio and rules (SurveyWriter's round trip relies on it).
struct Survey
{
    QString schema; ///< "$schema" as the file gave it, for editors; nothing else reads it
    int formatVersion = 1;
    QString id;
    int version = 0;
    LocalizedText title;
    QString ageBand; ///< "4-7", "8-11", "11-18" or "16-25"
    QStringList languages; ///< the first is the default
    QStringList recordedAudio;
    int estimatedMinutes = 0;
    QList<ChoiceSet> choiceSets; ///< in definition order; questions hold resolved copies
    QList<Section> sections;

    QString defaultLanguage() const { return languages.value(0); }
    /// Every question in the order the child meets them.
    QList<const Question *> questions() const;
    const Question *question(const QString &id) const;
    /// Position of a question in questions(), or -1.
    int indexOf(const QString &questionId) const;
    /// The choice set called @p name, or nullptr.
    const ChoiceSet *choiceSet(const QString &name) const;

    bool operator==(const Survey &) const = default;
};

} // namespace heard
