// Makes plausible sealed responses to the real survey definitions, as a kiosk would: shared by
// tst_admin_report and bench_report. Deterministic for a given seed.
#pragma once

#include "crypto/envelope.h"
#include "session/sessiontypes.h"
#include "survey/survey.h"

#include <QRandomGenerator>

namespace heard::testutil {

/// The four shipped survey definitions, loaded against the shipped framework; fatal if they do
/// not load.
QList<Survey> loadRealSurveys();

/// Answers every answerable question of @p survey for one child and returns the sealed envelopes
/// (answers then session end). Free text gets @p text when not empty.
QList<QByteArray> respond(const EnvelopeSealer &sealer, const Survey &survey, QDate day,
                          QRandomGenerator &random, const QString &text,
                          CompletionMode mode = CompletionMode::ChildAlone,
                          const QString &language = QStringLiteral("en"));

} // namespace heard::testutil
