#include "survey/jsonobjectreader.h"

#include "survey/jsonsourcemap.h"

#include <cmath>

namespace heard {

JsonObjectReader::JsonObjectReader(const QJsonObject &object, QString pointer,
                                   SurveyProblems &problems)
    : m_object(object), m_pointer(std::move(pointer)), m_problems(problems)
{
}

QString JsonObjectReader::pointerOf(const QString &key) const
{
    return m_pointer + QLatin1Char('/') + JsonSourceMap::escapeToken(key);
}

bool JsonObjectReader::has(const QString &key)
{
    m_known.insert(key);
    return m_object.contains(key);
}

void JsonObjectReader::problem(const QString &pointer, const QString &message,
                               SurveyProblem::Anchor anchor)
{
    m_problems.append({pointer, message, anchor});
}

QString JsonObjectReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::Bool: return QStringLiteral("true or false");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

std::optional<QJsonValue> JsonObjectReader::member(const QString &key, Need need)
{
    if (has(key))
        return m_object.value(key);
    if (need == Need::Required)
        problem(m_pointer, QStringLiteral("missing required field \"%1\"").arg(key));
    return std::nullopt;
}

std::optional<QString> JsonObjectReader::string(const QString &key, Need need,
                                                const QRegularExpression &pattern,
                                                const QString &patternHint)
{
    const auto value = member(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        problem(pointerOf(key), QStringLiteral("expected a string, found %1").arg(typeName(*value)));
        return std::nullopt;
    }
    const QString text = value->toString();
    if (!pattern.pattern().isEmpty() && !pattern.match(text).hasMatch()) {
        problem(pointerOf(key), QStringLiteral("\"%1\" is not valid here: %2").arg(text, patternHint));
        return std::nullopt;
    }
    return text;
}

std::optional<int> JsonObjectReader::integer(const QString &key, Need need, int min, int max)
{
    const auto value = member(key, need);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble(std::nan(""));
    if (!value->isDouble() || number != std::floor(number)) {
        problem(pointerOf(key), QStringLiteral("expected a whole number, found %1")
                                    .arg(value->isDouble() ? QStringLiteral("a fraction")
                                                           : typeName(*value)));
        return std::nullopt;
    }
    if (number < min || number > max) {
        problem(pointerOf(key), QStringLiteral("%1 is out of range: expected %2 to %3")
                                    .arg(QString::number(number, 'g', 12))
                                    .arg(min)
                                    .arg(max));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key, Need need, int minItems)
{
    const auto value = member(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        problem(pointerOf(key), QStringLiteral("expected an array, found %1").arg(typeName(*value)));
        return std::nullopt;
    }
    const QJsonArray items = value->toArray();
    if (items.size() < minItems) {
        problem(pointerOf(key), QStringLiteral("expected at least %1 item(s), found %2")
                                    .arg(minItems)
                                    .arg(items.size()));
        return std::nullopt;
    }
    return items;
}

std::optional<QJsonObject> JsonObjectReader::object(const QString &key, Need need)
{
    const auto value = member(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        problem(pointerOf(key), QStringLiteral("expected an object, found %1").arg(typeName(*value)));
        return std::nullopt;
    }
    return value->toObject();
}

void JsonObjectReader::forbid(const QString &key, const QString &why)
{
    if (has(key))
        problem(pointerOf(key), QStringLiteral("\"%1\" is not allowed here: %2").arg(key, why),
                SurveyProblem::Anchor::Key);
}

void JsonObjectReader::reportUnknownMembers()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key())) {
            problem(pointerOf(it.key()), QStringLiteral("unknown field \"%1\"").arg(it.key()),
                    SurveyProblem::Anchor::Key);
        }
    }
}

} // namespace heard
