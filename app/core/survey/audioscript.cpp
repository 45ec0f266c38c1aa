#include "survey/audioscript.h"

#include <QSet>

namespace heard {

QList<AudioScript::Line> AudioScript::linesFor(const Survey &survey, const QString &language)
{
    QList<Line> lines;
    QSet<QString> seen;
    auto add = [&](const QString &key, const LocalizedText &text) {
        if (key.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        lines.append({key, localized(text, language, survey.defaultLanguage())});
    };
    for (const Question *question : survey.questions()) {
        add(question->audio, question->prompt);
        // Only the author's labels: the kiosk says its own words and leaves the ladder's unread.
        if (questionKindTraits(question->kind).speech != ChoiceSpeech::AuthorLabels)
            continue;
        for (const Choice &choice : question->choices)
            add(choice.audio, choice.label);
    }
    return lines;
}

} // namespace heard
