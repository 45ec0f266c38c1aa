#pragma once

#include "survey/survey.h"

#include <QStringList>

namespace heard::test {

/// Builds a Survey in code, the way the loader would resolve one (choices synthesised for ladder
/// and yes/no), so engine tests need no JSON files.
class SurveyBuilder
{
public:
    explicit SurveyBuilder(const QString &id = QStringLiteral("test-survey"))
    {
        m_survey.id = id;
        m_survey.version = 1;
        m_survey.ageBand = QStringLiteral("8-11");
        m_survey.languages = { QStringLiteral("en") };
        m_survey.estimatedMinutes = 5;
        m_survey.title = text(id);
    }

    SurveyBuilder &section(const QString &id)
    {
        Section s;
        s.id = id;
        s.title = text(id);
        m_survey.sections.append(s);
        return *this;
    }

    SurveyBuilder &info(const QString &id, InfoRole role = InfoRole::Intro)
    {
        Question &q = add(id, QuestionKind::Info);
        q.role = role;
        return *this;
    }
    SurveyBuilder &singleChoice(const QString &id, const QStringList &codes)
    {
        return withChoices(id, QuestionKind::SingleChoice, codes);
    }
    SurveyBuilder &multipleChoice(const QString &id, const QStringList &codes)
    {
        return withChoices(id, QuestionKind::MultipleChoice, codes);
    }
    SurveyBuilder &faces(const QString &id, const QStringList &codes)
    {
        withChoices(id, QuestionKind::Faces, codes);
        last().points = int(codes.size());
        return *this;
    }
    SurveyBuilder &frequency(const QString &id, const QStringList &codes)
    {
        return withChoices(id, QuestionKind::Frequency, codes);
    }
    SurveyBuilder &ladder(const QString &id)
    {
        QStringList codes;
        for (int i = 0; i <= 10; ++i)
            codes.append(QString::number(i));
        return withChoices(id, QuestionKind::Ladder, codes);
    }
    SurveyBuilder &yesNo(const QString &id)
    {
        return withChoices(id, QuestionKind::YesNo,
                           { QStringLiteral("yes"), QStringLiteral("no") });
    }
    SurveyBuilder &freeText(const QString &id, int maxLength = 200)
    {
        add(id, QuestionKind::FreeText).maxLength = maxLength;
        return *this;
    }

    /// Applies to the question added last.
    SurveyBuilder &showIf(const QString &questionId, const QStringList &anyOf)
    {
        last().showIf = Condition { questionId, anyOf };
        return *this;
    }
    SurveyBuilder &withhold(SpecialAnswer answer, const QString &reason = QStringLiteral("test"))
    {
        last().withheld.insert(answer, reason);
        return *this;
    }

    Survey build() const { return m_survey; }

private:
    static LocalizedText text(const QString &s) { return { { QStringLiteral("en"), s } }; }

    Question &last() { return m_survey.sections.last().questions.last(); }

    Question &add(const QString &id, QuestionKind kind)
    {
        if (m_survey.sections.isEmpty())
            section(QStringLiteral("main"));
        Question q;
        q.id = id;
        q.sectionId = m_survey.sections.last().id;
        q.kind = kind;
        q.prompt = text(id);
        q.audio = id;
        m_survey.sections.last().questions.append(q);
        return last();
    }

    SurveyBuilder &withChoices(const QString &id, QuestionKind kind, const QStringList &codes)
    {
        Question &q = add(id, kind);
        for (const QString &code : codes)
            q.choices.append(Choice { code, text(code), QString(), id + u'_' + code });
        return *this;
    }

    Survey m_survey;
};

} // namespace heard::test
