#include "responsetable.h"

#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard::admin {

Result<void> ResponseTable::add(const EnvelopeHeader &header, const ResponsePayload &payload)
{
    return m_set.add(header, payload);
}

QString ResponseTable::answerCell(const ResponseAnswer &answer)
{
    if (answer.isRetraction())
        return QString(); // the question was withdrawn: not answered
    if (!answer.special.isEmpty())
        return answer.special;
    if (answer.text.has_value())
        return QString::fromLatin1(FreeTextMarker);
    return answer.codes.join(u'|');
}

QString ResponseTable::indicatorCell(const ResponseAnswer &answer)
{
    if (answer.isRetraction())
        return QString();
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
    const QStringList questions = m_set.questionOrder();
    QStringList head { u"session"_s, u"survey"_s,         u"version"_s, u"language"_s,
                       u"ageBand"_s, u"completionMode"_s, u"day"_s,     u"outcome"_s };
    for (const QString &id : questions)
        head << u"q:"_s + id << u"q:"_s + id + u":indicators"_s;
    QByteArray csv("\xEF\xBB\xBF");
    csv += csvLine(head);
    for (const Response *r : m_set.sorted()) {
        QStringList row {
            r->session, r->survey,         QString::number(r->version),  r->language,
            r->ageBand, r->completionMode, r->day.toString(Qt::ISODate), r->outcome()
        };
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
    for (const Response *r : m_set.sorted()) {
        QJsonObject o;
        o[u"session"_s] = r->session;
        o[u"survey"_s] = r->survey;
        o[u"version"_s] = r->version;
        o[u"language"_s] = r->language;
        o[u"ageBand"_s] = r->ageBand;
        o[u"completionMode"_s] = r->completionMode;
        o[u"day"_s] = r->day.toString(Qt::ISODate);
        o[u"outcome"_s] = r->outcome();
        if (r->end) {
            o[u"answered"_s] = r->end->answered;
            o[u"shown"_s] = r->end->shown;
            o[u"askedToTalk"_s] = r->end->askedToTalk;
        }
        QJsonObject answers;
        for (auto it = r->answers.cbegin(); it != r->answers.cend(); ++it) {
            if (it->isRetraction())
                continue;
            QJsonObject a;
            if (!it->special.isEmpty())
                a[u"special"_s] = it->special;
            else if (it->text.has_value())
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
