#include "survey/surveywriter.h"

#include <QList>

namespace heard {

namespace {

/// Streams JSON in the definition files' layout. QJsonDocument cannot: it sorts member names
/// and indents by four.
class JsonOut
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const QString &name)
    {
        item();
        quoted(name);
        m_bytes += ": ";
        m_afterKey = true;
    }
    void string(const QString &value)
    {
        item();
        quoted(value);
    }
    void integer(int value)
    {
        item();
        m_bytes += QByteArray::number(value);
    }

    QByteArray finish() { return m_bytes + '\n'; }

private:
    // Every value starts on a line of its own, except the one that follows its member name.
    void item()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_counts.isEmpty())
            return;
        if (m_counts.last()++ > 0)
            m_bytes += ',';
        newline(m_counts.size());
    }
    void open(char bracket)
    {
        item();
        m_bytes += bracket;
        m_counts.append(0);
    }
    void close(char bracket)
    {
        if (m_counts.takeLast() > 0)
            newline(m_counts.size());
        m_bytes += bracket;
    }
    void newline(qsizetype depth)
    {
        m_bytes += '\n';
        m_bytes += QByteArray(2 * depth, ' ');
    }
    // Escape only what JSON requires; other text, Welsh or Arabic alike, stays readable. Runs
    // between escapes are converted whole, so surrogate pairs stay pairs.
    void quoted(const QString &text)
    {
        m_bytes += '"';
        qsizetype run = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c >= 0x20 && c != u'"' && c != u'\\')
                continue;
            m_bytes += QStringView(text).mid(run, i - run).toUtf8();
            run = i + 1;
            m_bytes += escaped(c);
        }
        m_bytes += QStringView(text).mid(run).toUtf8();
        m_bytes += '"';
    }
    static QByteArray escaped(char16_t c)
    {
        switch (c) {
        case u'"':
            return "\\\"";
        case u'\\':
            return "\\\\";
        case u'\b':
            return "\\b";
        case u'\f':
            return "\\f";
        case u'\n':
            return "\\n";
        case u'\r':
            return "\\r";
        case u'\t':
            return "\\t";
        default:
            return "\\u" + QByteArray::number(int(c), 16).rightJustified(4, '0');
        }
    }

    QByteArray m_bytes;
    QList<int> m_counts; ///< members or items written so far, per open object or array
    bool m_afterKey = false;
};

class Writer
{
public:
    explicit Writer(const Survey &survey)
        : m_survey(survey)
    {
    }

    QByteArray write()
    {
        m_out.beginObject();
        if (!m_survey.schema.isEmpty())
            member(QStringLiteral("$schema"), m_survey.schema);
        member(QStringLiteral("formatVersion"), m_survey.formatVersion);
        member(QStringLiteral("id"), m_survey.id);
        member(QStringLiteral("version"), m_survey.version);
        text(QStringLiteral("title"), m_survey.title);
        member(QStringLiteral("ageBand"), m_survey.ageBand);
        strings(QStringLiteral("languages"), m_survey.languages);
        if (!m_survey.recordedAudio.isEmpty())
            strings(QStringLiteral("recordedAudio"), m_survey.recordedAudio);
        member(QStringLiteral("estimatedMinutes"), m_survey.estimatedMinutes);
        if (!m_survey.choiceSets.isEmpty()) {
            m_out.key(QStringLiteral("choiceSets"));
            m_out.beginObject();
            for (const ChoiceSet &set : m_survey.choiceSets)
                choices(set.name, set.choices);
            m_out.endObject();
        }
        m_out.key(QStringLiteral("sections"));
        m_out.beginArray();
        for (const Section &s : m_survey.sections)
            section(s);
        m_out.endArray();
        m_out.endObject();
        return m_out.finish();
    }

private:
    void member(const QString &key, const QString &value)
    {
        m_out.key(key);
        m_out.string(value);
    }
    void member(const QString &key, int value)
    {
        m_out.key(key);
        m_out.integer(value);
    }
    void strings(const QString &key, const QStringList &values)
    {
        m_out.key(key);
        m_out.beginArray();
        for (const QString &value : values)
            m_out.string(value);
        m_out.endArray();
    }
    // The survey's languages first, in its order; any other key after, so nothing is lost.
    void text(const QString &key, const LocalizedText &value)
    {
        m_out.key(key);
        m_out.beginObject();
        for (const QString &language : m_survey.languages) {
            if (value.contains(language))
                member(language, value.value(language));
        }
        for (auto it = value.constBegin(); it != value.constEnd(); ++it) {
            if (!m_survey.languages.contains(it.key()))
                member(it.key(), it.value());
        }
        m_out.endObject();
    }
    void optionalText(const QString &key, const LocalizedText &value)
    {
        if (!value.isEmpty())
            text(key, value);
    }
    void optionalString(const QString &key, const QString &value)
    {
        if (!value.isEmpty())
            member(key, value);
    }

    void section(const Section &section)
    {
        m_out.beginObject();
        member(QStringLiteral("id"), section.id);
        optionalString(QStringLiteral("domain"), section.domain);
        text(QStringLiteral("title"), section.title);
        m_out.key(QStringLiteral("questions"));
        m_out.beginArray();
        for (const Question &q : section.questions)
            question(q);
        m_out.endArray();
        m_out.endObject();
    }

    void question(const Question &q)
    {
        m_out.beginObject();
        member(QStringLiteral("id"), q.id);
        member(QStringLiteral("kind"), questionKindCode(q.kind));
        if (q.role != InfoRole::None)
            member(QStringLiteral("role"), infoRoleCode(q.role));
        text(QStringLiteral("prompt"), q.prompt);
        member(QStringLiteral("audio"), q.audio);
        optionalText(QStringLiteral("help"), q.help);
        optionalString(QStringLiteral("image"), q.image);
        optionalString(QStringLiteral("choiceSet"), q.choiceSet);
        optionalText(QStringLiteral("lowLabel"), q.lowLabel);
        optionalText(QStringLiteral("highLabel"), q.highLabel);
        optionalText(QStringLiteral("reminder"), q.reminder);
        if (q.maxLength > 0)
            member(QStringLiteral("maxLength"), q.maxLength);
        if (q.points > 0)
            member(QStringLiteral("points"), q.points);
        if (q.showIf.isSet()) {
            m_out.key(QStringLiteral("showIf"));
            m_out.beginObject();
            member(QStringLiteral("question"), q.showIf.questionId);
            strings(QStringLiteral("anyOf"), q.showIf.anyOf);
            m_out.endObject();
        }
        // Ladder and yes/no bring their own choices (synthesised by the reader): never written.
        if (q.choiceSet.isEmpty() && questionKindTraits(q.kind).choices == ChoiceSource::Authored)
            choices(QStringLiteral("choices"), q.choices);
        if (!q.withheld.isEmpty()) {
            m_out.key(QStringLiteral("withhold"));
            m_out.beginArray();
            for (auto it = q.withheld.constBegin(); it != q.withheld.constEnd(); ++it) {
                m_out.beginObject();
                member(QStringLiteral("answer"), specialAnswerCode(it.key()));
                member(QStringLiteral("reason"), it.value());
                m_out.endObject();
            }
            m_out.endArray();
        }
        if (!q.measures.isEmpty()) {
            m_out.key(QStringLiteral("measures"));
            m_out.beginArray();
            for (const Measure &m : q.measures) {
                m_out.beginObject();
                member(QStringLiteral("indicator"), m.indicator);
                strings(QStringLiteral("positive"), m.positiveCodes);
                m_out.endObject();
            }
            m_out.endArray();
        }
        m_out.endObject();
    }

    void choices(const QString &key, const QList<Choice> &list)
    {
        m_out.key(key);
        m_out.beginArray();
        for (const Choice &c : list) {
            m_out.beginObject();
            member(QStringLiteral("code"), c.code);
            text(QStringLiteral("label"), c.label);
            optionalString(QStringLiteral("image"), c.image);
            member(QStringLiteral("audio"), c.audio);
            m_out.endObject();
        }
        m_out.endArray();
    }

    const Survey &m_survey;
    JsonOut m_out;
};

} // namespace

QByteArray SurveyWriter::write(const Survey &survey) const
{
    return Writer(survey).write();
}

} // namespace heard
