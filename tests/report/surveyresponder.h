// Makes plausible sealed responses to the real survey definitions, as a kiosk would: shared by
// tst_admin_report and bench_report. Deterministic for a given seed.
#pragma once

#include "crypto/envelope.h"
#include "crypto/responsepayload.h"
#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace heard::testing {

inline QList<Survey> loadRealSurveys()
{
    using namespace Qt::StringLiterals;
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

/// Answers every answerable question of @p survey for one child and returns the sealed envelopes
/// (answers then session end). Free text gets @p text when not empty.
inline QList<QByteArray> respond(const EnvelopeSealer &sealer, const Survey &survey, QDate day,
                                 QRandomGenerator &random, const QString &text,
                                 CompletionMode mode = CompletionMode::ChildAlone,
                                 const QString &language = QStringLiteral("en"))
{
    SessionInfo session;
    session.sessionId = QUuid::createUuid();
    session.surveyId = survey.id;
    session.surveyVersion = survey.version;
    session.ageBand = survey.ageBand;
    session.language = language;
    session.completionMode = mode;
    session.day = day;
    QList<QByteArray> out;
    auto seal = [&](EnvelopeKind kind, const QByteArray &payload) {
        EnvelopeHeader h;
        h.kind = kind;
        h.recordId = QUuid::createUuid();
        h.surveyId = survey.id;
        h.surveyVersion = quint16(survey.version);
        h.day = day;
        out.append(sealer.seal(h, payload).value());
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

} // namespace heard::testing
