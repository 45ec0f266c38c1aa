#pragma once

#include "survey/survey.h"

#include <QByteArray>

namespace heard {

/// Writes a Survey back to the definition format (docs/survey-format.md), for an editor that
/// opens a survey, changes it and saves it. Choice sets stay sets: a question that named one is
/// written with its "choiceSet", not with the choices spelled out again.
///
/// The layout is the one the shipped definitions use, so opening and writing one of them gives
/// the same bytes: UTF-8 without escaping non-ASCII text, two-space indentation, one member per
/// line, members in the order the format documents, texts in the survey's language order,
/// withheld answers in the order dont_know, rather_not_say, skip, and a final newline. Optional
/// members that are empty (no help, no measures, ...) are left out.
class SurveyWriter
{
public:
    /// The definition file for @p survey. Writing cannot fail; whether the survey is valid is
    /// the reader's business (SurveyLoader::load of the result reports any problem).
    QByteArray write(const Survey &survey) const;
};

} // namespace heard
