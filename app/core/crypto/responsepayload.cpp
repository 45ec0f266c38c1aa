#include "crypto/responsepayload.h"

#include "util/errorcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace heard {

namespace {

QJsonObject common(const SessionInfo &session, CompletionMode mode)
{
    QJsonObject o;
    o[u"v"_s] = ResponsePayload::CurrentVersion;
    o[u"session"_s] = session.sessionId.toString(QUuid::WithoutBraces);
    o[u"language"_s] = session.language;
    o[u"ageBand"_s] = session.ageBand;
    o[u"completionMode"_s] = completionModeCode(mode);
    return o;
}

Result<ResponsePayload> bad(const QString &message)
{
    return Result<ResponsePayload>::failure(ErrorCode::MalformedPayload, message);
}

bool stringList(const QJsonValue &value, QStringList *out)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

} // namespace

QByteArray encodeAnswerPayload(const SessionInfo &session, const AnswerRecord &answer,
                               const Question &question)
{
    QJsonObject o = common(session, session.completionMode);
    o[u"question"_s] = answer.questionId;
    o[u"codes"_s] = QJsonArray::fromStringList(answer.codes);
    o[u"special"_s]
        = answer.special ? QJsonValue(specialAnswerCode(*answer.special)) : QJsonValue();
    const bool written = questionKindTraits(question.kind).answer == AnswerShape::FreeText;
    if (written && !answer.freeText.isEmpty() && !answer.special)
        o[u"text"_s] = answer.freeText;
    o[u"sequence"_s] = answer.sequence;
    QJsonArray indicators;
    QJsonArray positive;
    for (const Measure &measure : question.measures) {
        indicators.append(measure.indicator);
        if (answer.special)
            continue;
        for (const QString &code : answer.codes) {
            if (measure.positiveCodes.contains(code)) {
                positive.append(measure.indicator);
                break;
            }
        }
    }
    o[u"indicators"_s] = indicators;
    o[u"positive"_s] = positive;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeSessionEndPayload(const SessionInfo &session, const SessionSummary &summary)
{
    QJsonObject o = common(session, summary.completionMode);
    o[u"outcome"_s] = sessionOutcomeCode(summary.outcome);
    o[u"answered"_s] = summary.answered;
    o[u"shown"_s] = summary.shown;
    o[u"askedToTalk"_s] = summary.askedToTalk;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<ResponsePayload> decodeResponsePayload(EnvelopeKind kind, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(u"payload is not a JSON object"_s);
    const QJsonObject o = doc.object();
    if (o.value(u"v"_s).toInt(-1) != ResponsePayload::CurrentVersion)
        return bad(u"unsupported payload version"_s);
    ResponsePayload p;
    p.kind = kind;
    p.sessionId = QUuid::fromString(o.value(u"session"_s).toString());
    if (p.sessionId.isNull())
        return bad(u"payload has no session id"_s);
    for (const auto &[key, target] :
         { std::pair { u"language"_s, &p.language }, std::pair { u"ageBand"_s, &p.ageBand },
           std::pair { u"completionMode"_s, &p.completionMode } }) {
        if (!o.value(key).isString())
            return bad(u"payload field %1 is missing"_s.arg(key));
        *target = o.value(key).toString();
    }
    if (!completionModeFromCode(p.completionMode))
        return bad(u"unknown completion mode"_s);

    auto integer = [&](const QString &key, int *target) {
        const QJsonValue value = o.value(key);
        if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 0)
            return false;
        *target = value.toInt();
        return true;
    };

    if (kind == EnvelopeKind::Answer) {
        if (!o.value(u"question"_s).isString() || o.value(u"question"_s).toString().isEmpty())
            return bad(u"answer payload has no question id"_s);
        p.questionId = o.value(u"question"_s).toString();
        if (!stringList(o.value(u"codes"_s), &p.codes))
            return bad(u"answer payload codes are not a list of strings"_s);
        const QJsonValue special = o.value(u"special"_s);
        if (special.isString()) {
            if (!specialAnswerFromCode(special.toString()))
                return bad(u"unknown special answer"_s);
            p.special = special.toString();
        } else if (!special.isNull() && !special.isUndefined()) {
            return bad(u"answer payload special is neither a code nor null"_s);
        }
        if (o.contains(u"text"_s)) {
            if (!o.value(u"text"_s).isString())
                return bad(u"answer payload text is not a string"_s);
            p.text = o.value(u"text"_s).toString();
        }
        if (!integer(u"sequence"_s, &p.sequence))
            return bad(u"answer payload sequence is not a whole number"_s);
        if (!stringList(o.value(u"indicators"_s), &p.indicators)
            || !stringList(o.value(u"positive"_s), &p.positive))
            return bad(u"answer payload indicators are not lists of strings"_s);
    } else {
        p.outcome = o.value(u"outcome"_s).toString();
        if (p.outcome != u"completed" && p.outcome != u"stopped" && p.outcome != u"timed_out")
            return bad(u"unknown session outcome"_s);
        if (!integer(u"answered"_s, &p.answered) || !integer(u"shown"_s, &p.shown))
            return bad(u"session end counts are not whole numbers"_s);
        if (!o.value(u"askedToTalk"_s).isBool())
            return bad(u"session end askedToTalk is not a boolean"_s);
        p.askedToTalk = o.value(u"askedToTalk"_s).toBool();
    }
    return p;
}

} // namespace heard
