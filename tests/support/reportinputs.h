// Builds ResponseSets by hand for the report tests: one call per envelope a kiosk would send.
#pragma once

#include "report/responseset.h"
#include "survey/survey.h"

#include <QDate>
#include <QStringList>

namespace heard::testutil {

/// One child's session, as the envelopes of a response name it.
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

/// Adds an answer: codes, or a special answer when @p special is set. Empty codes and no special
/// is a retraction. Fails the running test when the set refuses it.
void answer(ResponseSet &set, const Child &c, const QString &question, int sequence,
            const QStringList &codes, const QStringList &indicators, const QStringList &positive,
            const QString &special = QString());

/// Adds the completed session end of @p c, in @p mode when given (else the child's own).
void end(ResponseSet &set, const Child &c, const QString &mode = QString());

/// The session id of child number @p n: readable in failures, the same on every run.
QString sessionId(int n);

/// A scaled question whose @p positive codes count towards @p indicator.
Question scaleQuestion(const QString &id, QuestionKind kind, const QStringList &codes,
                       const QString &indicator, const QStringList &positive);

} // namespace heard::testutil
