#include "survey/surveyreader.h"

#include "survey/jsonobjectreader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace heard {

namespace {

using Need = JsonObjectReader::Need;

const QRegularExpression &surveyIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}
const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{1,64}$"));
    return re;
}
const QRegularExpression &audioKeyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_-]{1,80}$"));
    return re;
}
const QRegularExpression &languagePattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return re;
}
const QRegularExpression &imagePathPattern()
{
    // Relative, inside assets/, no way up and out of it.
    static const QRegularExpression re(
        QStringLiteral("^(?!.*\\.\\.)[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*\\.(svg|png)$"));
    return re;
}
const QString idHint = QStringLiteral("use 1-64 lower-case letters, digits and _");
const QString audioHint = QStringLiteral("use lower-case letters, digits, _ and -");
const QString imageHint =
    QStringLiteral("give a path under assets/ ending in .svg or .png, like pictures/faces/happy.svg");

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QStringList domainCodes()
{
    return {QStringLiteral("wellbeing"), QStringLiteral("trusting_relationships"),
            QStringLiteral("rights_in_and_leaving_care"), QStringLiteral("home"),
            QStringLiteral("opportunities"), QStringLiteral("feelings")};
}

QStringList kindCodes()
{
    QStringList codes;
    for (QuestionKind kind : allQuestionKinds())
        codes.append(questionKindCode(kind));
    return codes;
}

QStringList specialCodes()
{
    return {specialAnswerCode(SpecialAnswer::DontKnow), specialAnswerCode(SpecialAnswer::RatherNotSay),
            specialAnswerCode(SpecialAnswer::Skip)};
}

QStringList codesOf(const Question &question)
{
    QStringList codes;
    for (const Choice &c : question.choices)
        codes.append(c.code);
    return codes;
}

} // namespace

SurveyReader::SurveyReader(const Framework &framework, QString assetsDir)
    : m_framework(framework), m_assetsDir(std::move(assetsDir))
{
}

void SurveyReader::problem(const QString &pointer, const QString &message,
                           SurveyProblem::Anchor anchor)
{
    m_problems->append({pointer, message, anchor});
}

std::optional<Survey> SurveyReader::read(const QJsonObject &root, SurveyProblems &problems)
{
    m_problems = &problems;
    m_survey = Survey();
    m_choiceSets.clear();
    m_questionPointers.clear();
    m_allQuestionIds.clear();
    const qsizetype before = problems.size();

    // Pre-pass: every question id, so show-if can tell "later" from "unknown".
    for (const QJsonValue &section : root.value(QStringLiteral("sections")).toArray()) {
        for (const QJsonValue &q : section.toObject().value(QStringLiteral("questions")).toArray())
            m_allQuestionIds.append(q.toObject().value(QStringLiteral("id")).toString());
    }

    JsonObjectReader top(root, QString(), problems);
    readTop(top);
    top.reportUnknownMembers();

    if (problems.size() > before)
        return std::nullopt;
    return m_survey;
}

void SurveyReader::readTop(JsonObjectReader &top)
{
    top.accept(QStringLiteral("$schema"));
    // Kept only so the writer can give it back; the loader has no use for it.
    m_survey.schema = top.object().value(QStringLiteral("$schema")).toString();
    if (const auto format = top.integer(QStringLiteral("formatVersion"), Need::Required, 1, 1))
        m_survey.formatVersion = *format;
    if (const auto id = top.string(QStringLiteral("id"), Need::Required, surveyIdPattern(),
                                   QStringLiteral("use lower-case letters, digits and -")))
        m_survey.id = *id;
    if (const auto version = top.integer(QStringLiteral("version"), Need::Required, 1, 1000000))
        m_survey.version = *version;
    if (const auto band = top.string(QStringLiteral("ageBand"), Need::Required)) {
        if (Framework::ageBands().contains(*band))
            m_survey.ageBand = *band;
        else
            problem(top.pointerOf(QStringLiteral("ageBand")),
                    QStringLiteral("unknown age band \"%1\"; expected one of: %2")
                        .arg(*band, joined(Framework::ageBands())));
    }
    if (const auto languages = top.array(QStringLiteral("languages"), Need::Required, 1)) {
        for (int i = 0; i < languages->size(); ++i) {
            const QString pointer = top.pointerOf(QStringLiteral("languages")) + QLatin1Char('/')
                + QString::number(i);
            const QString code = languages->at(i).toString();
            if (!languages->at(i).isString() || !languagePattern().match(code).hasMatch())
                problem(pointer, QStringLiteral("expected a language code like \"en\" or \"cy\""));
            else if (m_survey.languages.contains(code))
                problem(pointer, QStringLiteral("language \"%1\" is listed twice").arg(code));
            else
                m_survey.languages.append(code);
        }
    }
    if (const auto recorded = top.array(QStringLiteral("recordedAudio"), Need::Optional)) {
        for (int i = 0; i < recorded->size(); ++i) {
            const QString code = recorded->at(i).toString();
            if (!m_survey.languages.contains(code))
                problem(top.pointerOf(QStringLiteral("recordedAudio")) + QLatin1Char('/')
                            + QString::number(i),
                        QStringLiteral("\"%1\" is not one of the survey's languages").arg(code));
            else
                m_survey.recordedAudio.append(code);
        }
    }
    if (const auto minutes = top.integer(QStringLiteral("estimatedMinutes"), Need::Required, 1, 60))
        m_survey.estimatedMinutes = *minutes;
    m_survey.title = text(top, QStringLiteral("title"), true);
    readChoiceSets(top);

    if (const auto sections = top.array(QStringLiteral("sections"), Need::Required, 1)) {
        for (int i = 0; i < sections->size(); ++i) {
            const QString pointer = QStringLiteral("/sections/%1").arg(i);
            if (!sections->at(i).isObject()) {
                problem(pointer, QStringLiteral("expected an object, found %1")
                                     .arg(JsonObjectReader::typeName(sections->at(i))));
                continue;
            }
            readSection(sections->at(i).toObject(), pointer);
        }
    }
}

void SurveyReader::readChoiceSets(JsonObjectReader &top)
{
    const auto sets = top.object(QStringLiteral("choiceSets"), Need::Optional);
    if (!sets)
        return;
    for (auto it = sets->constBegin(); it != sets->constEnd(); ++it) {
        const QString pointer = top.pointerOf(QStringLiteral("choiceSets")) + QLatin1Char('/')
            + it.key();
        if (!idPattern().match(it.key()).hasMatch()) {
            problem(pointer, QStringLiteral("\"%1\" is not a valid choice set name: %2").arg(it.key(), idHint),
                    SurveyProblem::Anchor::Key);
        } else if (!it.value().isArray()) {
            problem(pointer, QStringLiteral("expected an array of choices, found %1")
                                 .arg(JsonObjectReader::typeName(it.value())));
        } else {
            m_choiceSets.insert(it.key(), {it.value().toArray(), pointer});
            // The set itself, once, so a writer gives it back as a set. Problems in a set that
            // questions use are reported again there (the loader keeps one of each); an unused
            // set is now checked too, as the schema always did.
            ChoiceSet set { it.key(), {} };
            const QJsonArray items = it.value().toArray();
            for (int i = 0; i < items.size(); ++i) {
                if (const auto choice
                    = readChoice(items.at(i), pointer + QLatin1Char('/') + QString::number(i)))
                    set.choices.append(*choice);
            }
            m_survey.choiceSets.append(set);
        }
    }
}

void SurveyReader::readSection(const QJsonObject &object, const QString &pointer)
{
    JsonObjectReader in(object, pointer, *m_problems);
    Section section;
    if (const auto id = in.string(QStringLiteral("id"), Need::Required, idPattern(), idHint)) {
        section.id = *id;
        for (const Section &earlier : std::as_const(m_survey.sections)) {
            if (earlier.id == *id)
                problem(in.pointerOf(QStringLiteral("id")),
                        QStringLiteral("duplicate section id \"%1\"").arg(*id));
        }
    }
    if (const auto domain = in.string(QStringLiteral("domain"), Need::Optional)) {
        if (domainCodes().contains(*domain) && m_framework.domains().contains(*domain))
            section.domain = *domain;
        else
            problem(in.pointerOf(QStringLiteral("domain")),
                    QStringLiteral("unknown domain \"%1\"; expected one of: %2")
                        .arg(*domain, joined(domainCodes())));
    }
    section.title = text(in, QStringLiteral("title"), true);
    m_survey.sections.append(section);
    if (const auto questions = in.array(QStringLiteral("questions"), Need::Required, 1)) {
        for (int i = 0; i < questions->size(); ++i) {
            const QString qPointer = in.pointerOf(QStringLiteral("questions")) + QLatin1Char('/')
                + QString::number(i);
            if (!questions->at(i).isObject()) {
                problem(qPointer, QStringLiteral("expected an object, found %1")
                                      .arg(JsonObjectReader::typeName(questions->at(i))));
                continue;
            }
            readQuestion(questions->at(i).toObject(), qPointer, m_survey.sections.last());
        }
    }
    in.reportUnknownMembers();
}

void SurveyReader::readQuestion(const QJsonObject &object, const QString &pointer, Section &section)
{
    JsonObjectReader in(object, pointer, *m_problems);
    Question question;
    question.sectionId = section.id;
    if (const auto id = in.string(QStringLiteral("id"), Need::Required, idPattern(), idHint)) {
        question.id = *id;
        if (m_questionPointers.contains(*id))
            problem(in.pointerOf(QStringLiteral("id")),
                    QStringLiteral("duplicate question id \"%1\" (first at %2)")
                        .arg(*id, m_questionPointers.value(*id)));
    }
    bool kindKnown = false;
    if (const auto kind = in.string(QStringLiteral("kind"), Need::Required)) {
        if (const auto k = questionKindFromCode(*kind)) {
            question.kind = *k;
            kindKnown = true;
        } else {
            problem(in.pointerOf(QStringLiteral("kind")),
                    QStringLiteral("unknown kind \"%1\"; expected one of: %2").arg(*kind, joined(kindCodes())));
        }
    }
    question.prompt = text(in, QStringLiteral("prompt"), true);
    if (const auto audio = in.string(QStringLiteral("audio"), Need::Required, audioKeyPattern(), audioHint)) {
        question.audio = *audio;
        checkAudio(*audio, in.pointerOf(QStringLiteral("audio")));
    }
    question.help = text(in, QStringLiteral("help"), false);
    if (const auto image = in.string(QStringLiteral("image"), Need::Optional, imagePathPattern(), imageHint)) {
        question.image = *image;
        checkImage(*image, in.pointerOf(QStringLiteral("image")));
    }

    if (kindKnown) {
        checkKindRules(in, question);
        readChoices(in, question);
        readMeasures(in, question, section);
        readWithheld(in, question);
    } else {
        // Without a kind nothing else can be judged; do not pile up follow-on problems.
        for (const QString &key : object.keys())
            in.accept(key);
    }
    readCondition(in, question);
    in.reportUnknownMembers();

    if (!question.id.isEmpty() && !m_questionPointers.contains(question.id))
        m_questionPointers.insert(question.id, pointer);
    section.questions.append(question);
}

// What the kind table says about the fields of one kind: a field a kind has is read, every
// other kind's field is refused with a reason.
void SurveyReader::checkKindRules(JsonObjectReader &in, Question &question)
{
    const QuestionKindTraits &traits = questionKindTraits(question.kind);

    if (traits.fields.role) {
        if (const auto role = in.string(QStringLiteral("role"), Need::Required)) {
            const auto r = infoRoleFromCode(*role);
            if (r)
                question.role = *r;
            else
                problem(in.pointerOf(QStringLiteral("role")),
                        QStringLiteral("unknown role \"%1\"; expected one of: assent, intro, thanks, help")
                            .arg(*role));
        }
        if (question.role == InfoRole::Assent && question.image.isEmpty())
            problem(in.pointer(), QStringLiteral("an assent screen needs an \"image\""));
    } else {
        in.forbid(QStringLiteral("role"), QStringLiteral("only info screens have a role"));
    }

    if (traits.fields.points) {
        if (const auto points = in.integer(QStringLiteral("points"), Need::Required,
                                           traits.minChoices, traits.maxChoices)) {
            if (*points == 4)
                problem(in.pointerOf(QStringLiteral("points")),
                        QStringLiteral("a face scale has 2, 3 or 5 points"));
            else
                question.points = *points;
        }
    } else {
        in.forbid(QStringLiteral("points"), QStringLiteral("only faces questions have points"));
    }

    if (traits.fields.endLabels) {
        question.lowLabel = text(in, QStringLiteral("lowLabel"), true);
        question.highLabel = text(in, QStringLiteral("highLabel"), true);
    } else {
        in.forbid(QStringLiteral("lowLabel"), QStringLiteral("only ladder questions have end labels"));
        in.forbid(QStringLiteral("highLabel"), QStringLiteral("only ladder questions have end labels"));
    }

    if (traits.fields.freeTextLimits) {
        question.reminder = text(in, QStringLiteral("reminder"), true);
        if (const auto max = in.integer(QStringLiteral("maxLength"), Need::Required, 1, 2000))
            question.maxLength = *max;
    } else {
        in.forbid(QStringLiteral("reminder"),
                  QStringLiteral("only free text questions have a reminder"));
        in.forbid(QStringLiteral("maxLength"),
                  QStringLiteral("only free text questions have a maximum length"));
    }

    if (!traits.scored)
        in.forbid(QStringLiteral("measures"), QString::fromLatin1(traits.notScoredBecause));
    if (!traits.offersSpecialAnswers)
        in.forbid(QStringLiteral("withhold"), QString::fromLatin1(traits.noSpecialAnswersBecause));
}

void SurveyReader::readChoices(JsonObjectReader &in, Question &question)
{
    const QuestionKind kind = question.kind;
    const QuestionKindTraits &traits = questionKindTraits(kind);
    const bool hasList = in.has(QStringLiteral("choices"));
    const bool hasSet = in.has(QStringLiteral("choiceSet"));

    for (const QString &code : synthesisedChoiceCodes(kind))
        question.choices.append({ code, {}, {}, {} });
    if (traits.choices != ChoiceSource::Authored) {
        in.forbid(QStringLiteral("choices"),
                  QStringLiteral("%1 questions bring their own answers").arg(questionKindCode(kind)));
        in.forbid(QStringLiteral("choiceSet"),
                  QStringLiteral("%1 questions bring their own answers").arg(questionKindCode(kind)));
        return;
    }
    if (hasList == hasSet) {
        problem(in.pointer(), QStringLiteral("give exactly one of \"choices\" and \"choiceSet\""));
        return;
    }

    QJsonArray items;
    QString itemsPointer;
    if (hasSet) {
        const auto name = in.string(QStringLiteral("choiceSet"), Need::Required);
        if (!name)
            return;
        if (!m_choiceSets.contains(*name)) {
            problem(in.pointerOf(QStringLiteral("choiceSet")),
                    QStringLiteral("unknown choice set \"%1\"").arg(*name));
            return;
        }
        question.choiceSet = *name;
        items = m_choiceSets.value(*name).first;
        itemsPointer = m_choiceSets.value(*name).second;
    } else {
        const auto list = in.array(QStringLiteral("choices"), Need::Required);
        if (!list)
            return;
        items = *list;
        itemsPointer = in.pointerOf(QStringLiteral("choices"));
    }

    for (int i = 0; i < items.size(); ++i) {
        const QString pointer = itemsPointer + QLatin1Char('/') + QString::number(i);
        const auto choice = readChoice(items.at(i), pointer);
        if (!choice)
            continue;
        if (question.choice(choice->code))
            problem(pointer + QStringLiteral("/code"),
                    QStringLiteral("duplicate choice code \"%1\"").arg(choice->code));
        if (traits.choicesNeedPictures && choice->image.isEmpty())
            problem(pointer, QStringLiteral("%1 choices need an \"image\"").arg(questionKindCode(kind)));
        question.choices.append(*choice);
    }

    const auto count = question.choices.size();
    const QString where = hasSet ? in.pointerOf(QStringLiteral("choiceSet")) : itemsPointer;
    if (traits.fields.points) {
        // The scale's points fix the count; unreadable points were reported already.
        if (question.points > 0 && count != question.points)
            problem(where,
                    QStringLiteral("a %1-point face scale needs %1 choices, found %2")
                        .arg(question.points)
                        .arg(count));
    } else if (count < traits.minChoices || count > traits.maxChoices) {
        problem(where,
                QStringLiteral("%1 questions take %2 to %3 choices, found %4")
                    .arg(questionKindCode(kind))
                    .arg(traits.minChoices)
                    .arg(traits.maxChoices)
                    .arg(count));
    }
}

std::optional<Choice> SurveyReader::readChoice(const QJsonValue &value, const QString &pointer)
{
    if (!value.isObject()) {
        problem(pointer, QStringLiteral("expected an object, found %1").arg(JsonObjectReader::typeName(value)));
        return std::nullopt;
    }
    JsonObjectReader in(value.toObject(), pointer, *m_problems);
    const qsizetype before = m_problems->size();
    Choice choice;
    if (const auto code = in.string(QStringLiteral("code"), Need::Required, idPattern(), idHint)) {
        if (specialCodes().contains(*code))
            problem(in.pointerOf(QStringLiteral("code")),
                    QStringLiteral("\"%1\" is a special answer every question already offers").arg(*code));
        choice.code = *code;
    }
    choice.label = text(in, QStringLiteral("label"), true);
    if (const auto image = in.string(QStringLiteral("image"), Need::Optional, imagePathPattern(), imageHint)) {
        choice.image = *image;
        checkImage(*image, in.pointerOf(QStringLiteral("image")));
    }
    if (const auto audio = in.string(QStringLiteral("audio"), Need::Required, audioKeyPattern(), audioHint)) {
        choice.audio = *audio;
        checkAudio(*audio, in.pointerOf(QStringLiteral("audio")));
    }
    in.reportUnknownMembers();
    if (m_problems->size() > before && choice.code.isEmpty())
        return std::nullopt;
    return choice;
}

void SurveyReader::readMeasures(JsonObjectReader &in, Question &question, const Section &section)
{
    const auto measures = in.array(QStringLiteral("measures"), Need::Optional);
    if (!measures)
        return;
    const QStringList codes = codesOf(question);
    for (int i = 0; i < measures->size(); ++i) {
        const QString pointer = in.pointerOf(QStringLiteral("measures")) + QLatin1Char('/') + QString::number(i);
        if (!measures->at(i).isObject()) {
            problem(pointer, QStringLiteral("expected an object, found %1")
                                 .arg(JsonObjectReader::typeName(measures->at(i))));
            continue;
        }
        JsonObjectReader m(measures->at(i).toObject(), pointer, *m_problems);
        Measure measure;
        if (const auto id = m.string(QStringLiteral("indicator"), Need::Required)) {
            const Framework::Indicator *indicator = m_framework.indicator(*id);
            const QString idPointer = m.pointerOf(QStringLiteral("indicator"));
            if (!indicator) {
                problem(idPointer, QStringLiteral("indicator \"%1\" is not in the framework").arg(*id));
            } else if (!m_survey.ageBand.isEmpty() && !m_framework.appliesTo(*id, m_survey.ageBand)) {
                problem(idPointer, QStringLiteral("the framework does not list indicator \"%1\" for age band %2")
                                       .arg(*id, m_survey.ageBand));
            } else if (section.domain.isEmpty()) {
                problem(idPointer, QStringLiteral("indicator \"%1\" is measured in section \"%2\", which has no domain")
                                       .arg(*id, section.id));
            } else if (indicator->domain != section.domain) {
                problem(idPointer, QStringLiteral("indicator \"%1\" belongs to domain %2, not to this section's %3")
                                       .arg(*id, indicator->domain, section.domain));
            }
            for (const Measure &earlier : std::as_const(question.measures)) {
                if (earlier.indicator == *id)
                    problem(idPointer, QStringLiteral("indicator \"%1\" is measured twice by this question").arg(*id));
            }
            measure.indicator = *id;
        }
        if (const auto positive = m.array(QStringLiteral("positive"), Need::Required, 1)) {
            for (int p = 0; p < positive->size(); ++p) {
                const QString code = positive->at(p).toString();
                const QString pPointer = m.pointerOf(QStringLiteral("positive")) + QLatin1Char('/') + QString::number(p);
                if (!positive->at(p).isString())
                    problem(pPointer, QStringLiteral("expected a string, found %1")
                                          .arg(JsonObjectReader::typeName(positive->at(p))));
                else if (!codes.contains(code))
                    problem(pPointer, QStringLiteral("positive answer \"%1\" is not a choice of this question; choices: %2")
                                          .arg(code, joined(codes)));
                else
                    measure.positiveCodes.append(code);
            }
        }
        m.reportUnknownMembers();
        question.measures.append(measure);
    }
}

void SurveyReader::readCondition(JsonObjectReader &in, Question &question)
{
    const auto condition = in.object(QStringLiteral("showIf"), Need::Optional);
    if (!condition)
        return;
    JsonObjectReader c(*condition, in.pointerOf(QStringLiteral("showIf")), *m_problems);
    const auto target = c.string(QStringLiteral("question"), Need::Required);
    const auto anyOf = c.array(QStringLiteral("anyOf"), Need::Required, 1);
    c.reportUnknownMembers();
    if (!target)
        return;
    const QString targetPointer = c.pointerOf(QStringLiteral("question"));
    const Question *earlier = nullptr;
    if (m_questionPointers.contains(*target))
        earlier = m_survey.question(*target);
    if (*target == question.id) {
        problem(targetPointer, QStringLiteral("a question cannot depend on itself"));
        return;
    }
    if (!earlier) {
        if (m_allQuestionIds.contains(*target))
            problem(targetPointer, QStringLiteral("show-if names question \"%1\", which comes later; "
                                                  "a condition can only look back").arg(*target));
        else
            problem(targetPointer, QStringLiteral("show-if names unknown question \"%1\"").arg(*target));
        return;
    }
    if (!earlier->isAnswerable()) {
        problem(targetPointer, QStringLiteral("show-if names \"%1\", an information screen with no answers").arg(*target));
        return;
    }
    question.showIf.questionId = *target;
    if (!anyOf)
        return;
    const QStringList codes = codesOf(*earlier);
    for (int i = 0; i < anyOf->size(); ++i) {
        const QString code = anyOf->at(i).toString();
        if (!anyOf->at(i).isString() || !codes.contains(code))
            problem(c.pointerOf(QStringLiteral("anyOf")) + QLatin1Char('/') + QString::number(i),
                    QStringLiteral("\"%1\" is not a choice of question \"%2\"; choices: %3")
                        .arg(code, *target, joined(codes)));
        else
            question.showIf.anyOf.append(code);
    }
}

void SurveyReader::readWithheld(JsonObjectReader &in, Question &question)
{
    if (!questionKindTraits(question.kind).offersSpecialAnswers)
        return;
    const auto items = in.array(QStringLiteral("withhold"), Need::Optional);
    if (!items)
        return;
    for (int i = 0; i < items->size(); ++i) {
        const QString pointer = in.pointerOf(QStringLiteral("withhold")) + QLatin1Char('/') + QString::number(i);
        if (!items->at(i).isObject()) {
            problem(pointer, QStringLiteral("expected an object, found %1").arg(JsonObjectReader::typeName(items->at(i))));
            continue;
        }
        JsonObjectReader w(items->at(i).toObject(), pointer, *m_problems);
        const auto answer = w.string(QStringLiteral("answer"), Need::Required);
        const auto reason = w.string(QStringLiteral("reason"), Need::Required);
        w.reportUnknownMembers();
        if (!answer)
            continue;
        const auto special = specialAnswerFromCode(*answer);
        if (!special) {
            problem(w.pointerOf(QStringLiteral("answer")),
                    QStringLiteral("unknown special answer \"%1\"; expected one of: %2").arg(*answer, joined(specialCodes())));
            continue;
        }
        if (question.withheld.contains(*special))
            problem(w.pointerOf(QStringLiteral("answer")), QStringLiteral("\"%1\" is withheld twice").arg(*answer));
        if (reason && reason->trimmed().size() < 5)
            problem(w.pointerOf(QStringLiteral("reason")),
                    QStringLiteral("say why this answer is withheld, in a few words"));
        question.withheld.insert(*special, reason.value_or(QString()));
    }
}

LocalizedText SurveyReader::text(JsonObjectReader &in, const QString &key, bool required)
{
    const auto object = in.object(key, required ? Need::Required : Need::Optional);
    if (!object)
        return {};
    const QString pointer = in.pointerOf(key);
    LocalizedText result;
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QString itemPointer = pointer + QLatin1Char('/') + it.key();
        if (!m_survey.languages.isEmpty() && !m_survey.languages.contains(it.key())) {
            problem(itemPointer, QStringLiteral("language \"%1\" is not declared in /languages").arg(it.key()),
                    SurveyProblem::Anchor::Key);
        } else if (!it.value().isString()) {
            problem(itemPointer, QStringLiteral("expected a string, found %1").arg(JsonObjectReader::typeName(it.value())));
        } else if (it.value().toString().trimmed().isEmpty()) {
            problem(itemPointer, QStringLiteral("the \"%1\" text is empty").arg(it.key()));
        } else {
            result.insert(it.key(), it.value().toString());
        }
    }
    for (const QString &language : std::as_const(m_survey.languages)) {
        if (!object->contains(language))
            problem(pointer, QStringLiteral("missing text for language \"%1\"").arg(language));
    }
    return result;
}

void SurveyReader::checkImage(const QString &path, const QString &pointer)
{
    if (m_assetsDir.isEmpty())
        return;
    if (!QFileInfo(QDir(m_assetsDir).filePath(path)).isFile())
        problem(pointer, QStringLiteral("image file not found: assets/%1").arg(path));
}

void SurveyReader::checkAudio(const QString &key, const QString &pointer)
{
    if (m_assetsDir.isEmpty() || !m_checkRecordedAudio)
        return;
    for (const QString &language : std::as_const(m_survey.recordedAudio)) {
        const QString relative = QStringLiteral("audio/%1/%2.wav").arg(language, key);
        if (!QFileInfo(QDir(m_assetsDir).filePath(relative)).isFile())
            problem(pointer, QStringLiteral("audio file not found: assets/%1 (the survey claims a recorded %2 pack)")
                                 .arg(relative, language));
    }
}

} // namespace heard
