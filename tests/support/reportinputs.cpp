#include "reportinputs.h"

#include "envelopeheaders.h"
#include "sessioninfos.h"

#include <QTest>

namespace heard::testutil {

namespace {

/// What every envelope of @p c's session carries, for an envelope of @p kind.
ResponsePayload sessionPayload(const Child &c, EnvelopeKind kind)
{
    ResponsePayload p;
    p.kind = kind;
    p.sessionId = QUuid::fromString(c.session);
    p.language = c.language;
    p.ageBand = c.band;
    p.completionMode = c.mode;
    return p;
}

void add(ResponseSet &set, const Child &c, const ResponsePayload &p)
{
    QVERIFY(set.add(envelopeHeader(p.kind, c.survey, c.version, c.day), p).ok());
}

} // namespace

void answer(ResponseSet &set, const Child &c, const QString &question, int sequence,
            const QStringList &codes, const QStringList &indicators, const QStringList &positive,
            const QString &special)
{
    ResponsePayload p = sessionPayload(c, EnvelopeKind::Answer);
    p.questionId = question;
    p.codes = codes;
    p.special = special;
    p.sequence = sequence;
    p.indicators = indicators;
    p.positive = special.isEmpty() ? positive : QStringList();
    add(set, c, p);
}

void end(ResponseSet &set, const Child &c, const QString &mode)
{
    ResponsePayload p = sessionPayload(c, EnvelopeKind::SessionEnd);
    if (!mode.isEmpty())
        p.completionMode = mode;
    p.outcome = QStringLiteral("completed");
    add(set, c, p);
}

QString sessionId(int n)
{
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

Question scaleQuestion(const QString &id, QuestionKind kind, const QStringList &codes,
                       const QString &indicator, const QStringList &positive)
{
    Question q = measuredQuestion(id, kind, { Measure { indicator, positive } });
    for (const QString &code : codes)
        q.choices.append(Choice { code, {}, {}, {} });
    return q;
}

} // namespace heard::testutil
