#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace heard {

/// The winning (highest sequence) answer record of one question in one response.
struct ResponseAnswer
{
    int sequence = -1;
    QStringList codes;
    QString special; ///< specialAnswerCode(), empty when none
    std::optional<QString> text; ///< free text; only comments-for-review may ever show it
    QStringList indicators;
    QStringList positive;

    /// No codes, no special and no text: the kiosk withdrew the question (a condition stopped
    /// showing it), so it counts as not answered.
    bool isRetraction() const { return codes.isEmpty() && special.isEmpty() && !text.has_value(); }
    /// A choice or free text: something a child actually said.
    bool isReal() const { return special.isEmpty() && !isRetraction(); }
    bool isSpecial() const { return !special.isEmpty(); }
};

/// How a session ended, from its session-end envelope.
struct ResponseEnd
{
    QString outcome;
    int answered = 0;
    int shown = 0;
    bool askedToTalk = false;
};

/// One child's session: every envelope of one session id, grouped.
struct Response
{
    QString session;
    QString survey;
    int version = 0;
    QString language;
    QString ageBand;
    QString completionMode;
    QDate day; ///< the earliest day of any of its envelopes
    std::optional<ResponseEnd> end;
    /// question id -> winning record; retractions are kept so older records cannot win later.
    QMap<QString, ResponseAnswer> answers;

    QString outcome() const;
    /// The answer to @p questionId unless it is missing or retracted.
    const ResponseAnswer *answered(const QString &questionId) const;
};

} // namespace heard
