#include "responsetable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard::admin {

namespace {

/// A cell that a spreadsheet would run as a formula gets a leading apostrophe; envelopes come from
/// devices, and a device is not trusted to write spreadsheet code.
QString defuse(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r'
        || (first == u'-' && cell.size() > 1 && !cell.at(1).isDigit()))
        return u"'"_s + cell;
    return cell;
}

QByteArray csvField(const QString &raw)
{
    const QString cell = defuse(raw);
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
        || cell.contains(u'\r');
    if (!quote)
        return cell.toUtf8();
    QString quoted = cell;
    quoted.replace(u"\""_s, u"\"\""_s);
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(cells.at(i));
    }
    return line + "\r\n";
}

} // namespace

Result<void> ResponseTable::add(const EnvelopeHeader &header, const ResponsePayload &payload)
{
    const QString key = payload.sessionId.toString(QUuid::WithoutBraces);
    auto it = m_responses.find(key);
    if (it == m_responses.end()) {
        Response r;
        r.session = key;
        r.survey = header.surveyId;
        r.version = header.surveyVersion;
        r.language = payload.language;
        r.ageBand = payload.ageBand;
        r.completionMode = payload.completionMode;
        r.day = header.day;
        it = m_responses.insert(key, r);
    } else if (it->survey != header.surveyId || it->version != header.surveyVersion
               || it->language != payload.language || it->ageBand != payload.ageBand) {
        return Result<void>::failure(
            u"session_conflict"_s,
            u"names a different survey, version, language or age band than the "
            "other envelopes of session %1"_s.arg(key));
    }
    Response &r = *it;
    r.day = std::min(r.day, header.day);

    if (header.kind == EnvelopeKind::SessionEnd) {
        r.end
            = SessionEnd { payload.outcome, payload.answered, payload.shown, payload.askedToTalk };
        // The adult may record at the end that help was given: the summary's mode is the final
        // word.
        r.completionMode = payload.completionMode;
        return Result<void>::success();
    }
    Answer &answer = r.answers[payload.questionId];
    if (payload.sequence <= answer.sequence)
        return Result<void>::success(); // a later answer to the same question already won
    answer.sequence = payload.sequence;
    answer.codes = payload.codes;
    answer.special = payload.special;
    answer.freeText = payload.text.has_value();
    answer.indicators = payload.indicators;
    answer.positive = payload.positive;
    auto seen = m_firstSequence.find(payload.questionId);
    if (seen == m_firstSequence.end())
        m_firstSequence.insert(payload.questionId, payload.sequence);
    else
        *seen = std::min(*seen, payload.sequence);
    return Result<void>::success();
}

QStringList ResponseTable::questionColumns() const
{
    QStringList ids = m_firstSequence.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        const int sa = m_firstSequence.value(a), sb = m_firstSequence.value(b);
        return sa != sb ? sa < sb : a < b;
    });
    return ids;
}

QList<const ResponseTable::Response *> ResponseTable::sortedResponses() const
{
    QList<const Response *> rows;
    for (const Response &r : m_responses)
        rows.append(&r);
    std::sort(rows.begin(), rows.end(), [](const Response *a, const Response *b) {
        return std::tie(a->survey, a->version, a->day, a->session)
            < std::tie(b->survey, b->version, b->day, b->session);
    });
    return rows;
}

QString ResponseTable::answerCell(const Answer &answer)
{
    if (!answer.special.isEmpty())
        return answer.special;
    if (answer.freeText)
        return QString::fromLatin1(FreeTextMarker);
    return answer.codes.join(u'|');
}

QString ResponseTable::indicatorCell(const Answer &answer)
{
    // A special answer says nothing about an indicator, so it is neither positive nor negative.
    if (!answer.special.isEmpty())
        return QString();
    QStringList parts;
    for (const QString &indicator : answer.indicators)
        parts.append(indicator + (answer.positive.contains(indicator) ? u"=1"_s : u"=0"_s));
    return parts.join(u'|');
}

QByteArray ResponseTable::toCsv() const
{
    const QStringList questions = questionColumns();
    QStringList head { u"session"_s, u"survey"_s,         u"version"_s, u"language"_s,
                       u"ageBand"_s, u"completionMode"_s, u"day"_s,     u"outcome"_s };
    for (const QString &id : questions)
        head << u"q:"_s + id << u"q:"_s + id + u":indicators"_s;
    QByteArray csv("\xEF\xBB\xBF");
    csv += csvLine(head);
    for (const Response *r : sortedResponses()) {
        QStringList row { r->session,
                          r->survey,
                          QString::number(r->version),
                          r->language,
                          r->ageBand,
                          r->completionMode,
                          r->day.toString(Qt::ISODate),
                          r->end ? r->end->outcome : u"incomplete"_s };
        for (const QString &id : questions) {
            const auto answer = r->answers.constFind(id);
            if (answer == r->answers.cend())
                row << QString() << QString();
            else
                row << answerCell(*answer) << indicatorCell(*answer);
        }
        csv += csvLine(row);
    }
    return csv;
}

QByteArray ResponseTable::toJsonLines() const
{
    QByteArray lines;
    for (const Response *r : sortedResponses()) {
        QJsonObject o;
        o[u"session"_s] = r->session;
        o[u"survey"_s] = r->survey;
        o[u"version"_s] = r->version;
        o[u"language"_s] = r->language;
        o[u"ageBand"_s] = r->ageBand;
        o[u"completionMode"_s] = r->completionMode;
        o[u"day"_s] = r->day.toString(Qt::ISODate);
        o[u"outcome"_s] = r->end ? r->end->outcome : u"incomplete"_s;
        if (r->end) {
            o[u"answered"_s] = r->end->answered;
            o[u"shown"_s] = r->end->shown;
            o[u"askedToTalk"_s] = r->end->askedToTalk;
        }
        QJsonObject answers;
        for (auto it = r->answers.cbegin(); it != r->answers.cend(); ++it) {
            QJsonObject a;
            if (!it->special.isEmpty())
                a[u"special"_s] = it->special;
            else if (it->freeText)
                a[u"text"_s] = QString::fromLatin1(FreeTextMarker);
            else
                a[u"codes"_s] = QJsonArray::fromStringList(it->codes);
            a[u"indicators"_s] = QJsonArray::fromStringList(it->indicators);
            a[u"positive"_s]
                = QJsonArray::fromStringList(it->special.isEmpty() ? it->positive : QStringList());
            answers[it.key()] = a;
        }
        o[u"answers"_s] = answers;
        lines += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines;
}

} // namespace heard::admin
