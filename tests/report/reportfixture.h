// Builds ResponseSets by hand for the report tests: one call per envelope a kiosk would send.
#pragma once

#include "report/responseset.h"
#include "survey/framework.h"
#include "survey/survey.h"

#include <QTest>

namespace heard::testing {

struct Child
{
    QString session;
    QString survey;
    QString band;
    QDate day;
    QString mode = QStringLiteral("child_alone");
    QString language = QStringLiteral("en");
    int version = 1;
};

/// An answer: codes, or a special answer when @p special is set. Empty codes and no special is
/// a retraction.
inline void answer(ResponseSet &set, const Child &c, const QString &question, int sequence,
                   const QStringList &codes, const QStringList &indicators,
                   const QStringList &positive, const QString &special = QString())
{
    EnvelopeHeader h;
    h.kind = EnvelopeKind::Answer;
    h.recordId = QUuid::createUuid();
    h.surveyId = c.survey;
    h.surveyVersion = quint16(c.version);
    h.day = c.day;
    ResponsePayload p;
    p.kind = EnvelopeKind::Answer;
    p.sessionId = QUuid::fromString(c.session);
    p.language = c.language;
    p.ageBand = c.band;
    p.completionMode = c.mode;
    p.questionId = question;
    p.codes = codes;
    p.special = special;
    p.sequence = sequence;
    p.indicators = indicators;
    p.positive = special.isEmpty() ? positive : QStringList();
    QVERIFY(set.add(h, p).ok());
}

inline void end(ResponseSet &set, const Child &c, const QString &mode = QString())
{
    EnvelopeHeader h;
    h.kind = EnvelopeKind::SessionEnd;
    h.recordId = QUuid::createUuid();
    h.surveyId = c.survey;
    h.surveyVersion = quint16(c.version);
    h.day = c.day;
    ResponsePayload p;
    p.kind = EnvelopeKind::SessionEnd;
    p.sessionId = QUuid::fromString(c.session);
    p.language = c.language;
    p.ageBand = c.band;
    p.completionMode = mode.isEmpty() ? c.mode : mode;
    p.outcome = QStringLiteral("completed");
    QVERIFY(set.add(h, p).ok());
}

inline QString sessionId(int n)
{
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

inline Question scaleQuestion(const QString &id, QuestionKind kind, const QStringList &codes,
                              const QString &indicator, const QStringList &positive)
{
    Question q;
    q.id = id;
    q.kind = kind;
    for (const QString &code : codes)
        q.choices.append(Choice { code, {}, {}, {} });
    q.measures.append(Measure { indicator, positive });
    return q;
}

} // namespace heard::testing
