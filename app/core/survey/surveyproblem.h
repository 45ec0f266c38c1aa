#pragma once

#include <QList>
#include <QString>

namespace heard {

/// One thing wrong with a survey definition, located by JSON pointer. The loader turns the pointer
/// into a line and column.
struct SurveyProblem
{
    enum class Anchor {
        Value,        ///< point at the offending value
        Key,          ///< point at the member name (unknown fields)
        DuplicateKey, ///< point at the second occurrence of a repeated member name
    };

    QString pointer;
    QString message;
    Anchor anchor = Anchor::Value;
};

using SurveyProblems = QList<SurveyProblem>;

} // namespace heard
