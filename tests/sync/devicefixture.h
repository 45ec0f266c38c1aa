#pragma once

// A real device for the sync tests: DeviceStorage in a temporary data dir, filled through the
// SealedAnswerSink the kiosk uses, and enrolled with a running inbox.

#include "../session/surveybuilder.h"
#include "session/answersink.h"
#include "store/devicestorage.h"
#include "store/outboxstore.h"
#include "support/sessioninfos.h"
#include "support/throwawaydevice.h"
#include "sync/enrolmentclient.h"
#include "synctestutil.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace heard::testutil {

inline const Survey &testSurvey()
{
    // Distinct questions: answering the same question again supersedes the earlier answer.
    static const Survey survey = [] {
        test::SurveyBuilder builder(QStringLiteral("sync-survey"));
        builder.section(QStringLiteral("s1"));
        for (int q = 1; q <= 8; ++q) {
            builder.singleChoice(QStringLiteral("q%1").arg(q),
                                 { QStringLiteral("a"), QStringLiteral("b") });
        }
        return builder.build();
    }();
    return survey;
}

/// Writes @p sessions finished sessions of @p answers (at most 8) answers each (answers + 1
/// envelopes each).
inline bool fillOutbox(DeviceStorage &storage, int sessions, int answers)
{
    auto sink = storage.sinkFor(testSurvey());
    for (int s = 0; s < sessions; ++s) {
        const SessionInfo info = newSession(testSurvey(), QDate(2026, 11, 27));
        for (int a = 0; a < answers; ++a) {
            AnswerRecord answer;
            answer.questionId = QStringLiteral("q%1").arg(a + 1);
            answer.codes = { QStringLiteral("a") };
            answer.sequence = a + 1;
            if (!sink->recordAnswer(info, answer)) {
                return false;
            }
        }
        SessionSummary summary;
        summary.answered = answers;
        summary.shown = answers;
        if (!sink->finishSession(info, summary)) {
            return false;
        }
    }
    return true;
}

/// Enrols the device in @p dataDir (its DeviceStorage key) with the inbox at @p url.
inline std::optional<SyncSettings> enrolDevice(const QString &dataDir, const QByteArray &publicKey,
                                               const QUrl &url, const QString &code,
                                               const QByteArray &ca = {})
{
    EnrolmentClient client;
    QSignalSpy spy(&client, &EnrolmentClient::finished);
    client.enrol(url, code, publicKey, ca, 5000);
    if (!spy.wait(10000) || !spy.first().at(0).toBool()) {
        if (!spy.isEmpty()) {
            qWarning("enrolment failed: %s", qPrintable(spy.first().at(2).toString()));
        }
        return std::nullopt;
    }
    if (!client.settings().save(dataDir)) {
        return std::nullopt;
    }
    return client.settings();
}

inline QList<QByteArray> sorted(QList<QByteArray> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace heard::testutil
