#pragma once

#include "survey/survey.h"

#include <QList>
#include <QString>

namespace heard {

/// What each audio key of a survey says in one language: the script a speech synthesiser or a
/// human reader works from to make an audio pack (assets/audio/LANG/KEY.wav).
class AudioScript
{
public:
    struct Line
    {
        QString key;
        QString text;
    };

    /// Every prompt and choice label with an audio key, in the order the child meets them, each
    /// key once. Choices count only where the kind table speaks the author's labels
    /// (ChoiceSpeech::AuthorLabels): the kiosk says yes and no itself, and the ladder's numbers
    /// are not read one by one.
    static QList<Line> linesFor(const Survey &survey, const QString &language);
};

} // namespace heard
