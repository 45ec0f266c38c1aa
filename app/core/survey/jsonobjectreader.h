#pragma once

#include "survey/surveyproblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace heard {

/// Typed, checked access to the members of one JSON object. Every problem (missing, wrong type,
/// out of range, unknown member) is added to a shared list with its JSON pointer, so one pass over
/// a definition reports everything wrong with it rather than stopping at the first mistake.
class JsonObjectReader
{
public:
    enum class Need { Required, Optional };

    JsonObjectReader(const QJsonObject &object, QString pointer, SurveyProblems &problems);

    const QString &pointer() const { return m_pointer; }
    QString pointerOf(const QString &key) const;
    const QJsonObject &object() const { return m_object; }

    /// Whether @p key is present; also marks it as a known member.
    bool has(const QString &key);
    /// Marks members this reader's owner handles itself (so they are not reported as unknown).
    void accept(const QString &key) { m_known.insert(key); }

    std::optional<QString> string(const QString &key, Need need,
                                  const QRegularExpression &pattern = {},
                                  const QString &patternHint = {});
    std::optional<int> integer(const QString &key, Need need, int min, int max);
    std::optional<QJsonArray> array(const QString &key, Need need, int minItems = 0);
    std::optional<QJsonObject> object(const QString &key, Need need);
    /// A value that must not be here for this kind of thing; reported at its member name.
    void forbid(const QString &key, const QString &why);

    /// Reports every member that no accessor asked about. Call last.
    void reportUnknownMembers();

    void problem(const QString &pointer, const QString &message,
                 SurveyProblem::Anchor anchor = SurveyProblem::Anchor::Value);

    static QString typeName(const QJsonValue &value);

private:
    std::optional<QJsonValue> member(const QString &key, Need need);

    QJsonObject m_object;
    QString m_pointer;
    SurveyProblems &m_problems;
    QSet<QString> m_known;
};

} // namespace heard
