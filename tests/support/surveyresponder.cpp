#include "surveyresponder.h"

#include "crypto/responsepayload.h"
#include "envelopeheaders.h"
#include "sessioninfos.h"
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <algorithm>

namespace heard::testutil {

using namespace Qt::StringLiterals;

QList<Survey> loadRealSurveys()
{
    const auto framework = Framework::loadCsv(
        QStringLiteral(HEARD_SOURCE_DIR "/survey_definitions/framework/wellbeing-framework.csv"));
    if (!framework)
        qFatal("framework does not load");
    static const Framework kept = framework.value();
    const SurveyLoader loader(kept, QString());
    QList<Survey> surveys;
    for (const QString &name : { u"children-4-7"_s, u"children-8-11"_s, u"young-people-11-18"_s,
                                 u"care-leavers-16-25"_s }) {
        auto outcome = loader.loadFile(QStringLiteral(HEARD_SOURCE_DIR "/survey_definitions/")
                                       + name + u".json"_s);
        if (!outcome.ok())
            qFatal("survey does not load");
        surveys.append(*outcome.survey);
    }
    return surveys;
}

QList<QByteArray> respond(const EnvelopeSealer &sealer, const Survey &survey, QDate day,
                          QRandomGenerator &random, const QString &text, CompletionMode mode,
                          const QString &language)
{
    SessionInfo session = newSession(survey, day);
    session.language = language;
    session.completionMode = mode;
    QList<QByteArray> out;
    auto seal = [&](EnvelopeKind kind, const QByteArray &payload) {
        out.append(
            sealer.seal(envelopeHeader(kind, survey.id, survey.version, day), payload).value());
    };
    int sequence = 0;
    int answered = 0;
    for (const Question *q : survey.questions()) {
        if (!q->isAnswerable())
            continue;
        AnswerRecord a;
        a.questionId = q->id;
        a.sequence = ++sequence;
        if (q->kind == QuestionKind::FreeText) {
            if (text.isEmpty())
                continue;
            a.freeText = text;
        } else if (random.bounded(20) == 0) {
            a.special = SpecialAnswer::DontKnow;
        } else if (!q->choices.isEmpty()) {
            // Lean towards the positive end, as real Bright Spots results do.
            const int n = int(q->choices.size());
            const int pick = random.bounded(3) == 0
                ? int(random.bounded(n))
                : n - 1 - int(random.bounded(std::max(1, n / 2)));
            a.codes = { q->choices.at(std::clamp(pick, 0, n - 1)).code };
        } else {
            continue;
        }
        ++answered;
        seal(EnvelopeKind::Answer, encodeAnswerPayload(session, a, *q));
    }
    SessionSummary summary;
    summary.completionMode = mode;
    summary.answered = answered;
    summary.shown = answered;
    seal(EnvelopeKind::SessionEnd, encodeSessionEndPayload(session, summary));
    return out;
}

} // namespace heard::testutil
