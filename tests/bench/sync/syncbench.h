#pragma once
// What the sync benchmarks share: a device outbox filled through the kiosk's own sink, and a real
// heard-inbox process on loopback that the device is enrolled with.

#include "../../session/surveybuilder.h"
#include "inbox/inboxservice.h"
#include "inbox/inboxstore.h"
#include "session/answersink.h"
#include "store/devicestorage.h"
#include "support/sessioninfos.h"
#include "support/throwawaydevice.h"
#include "sync/syncsettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <sodium.h>

namespace heard::bench {

using namespace Qt::StringLiterals;

/// A four-question survey: sessions of four answers and a session end, five envelopes each.
inline Survey syncBenchSurvey()
{
    test::SurveyBuilder builder(u"bench-survey"_s);
    builder.section(u"s"_s);
    for (int q = 1; q <= 4; ++q) {
        builder.singleChoice(u"q%1"_s.arg(q), { u"a"_s, u"b"_s });
    }
    return builder.build();
}

inline SessionInfo newSession(const Survey &survey)
{
    return testutil::newSession(survey, QDate(2026, 11, 27));
}

inline AnswerRecord answerTo(int question)
{
    AnswerRecord answer;
    answer.questionId = u"q%1"_s.arg(question);
    answer.codes = { u"a"_s };
    answer.sequence = question;
    return answer;
}

/// Writes about @p envelopes envelopes (whole sessions) through @p sink; false on any failure.
inline bool fillThroughSink(AnswerSink &sink, const Survey &survey, int envelopes)
{
    for (int written = 0; written < envelopes; written += 5) {
        const SessionInfo info = newSession(survey);
        for (int q = 1; q <= 4; ++q) {
            if (!sink.recordAnswer(info, answerTo(q))) {
                return false;
            }
        }
        if (!sink.finishSession(info, SessionSummary {})) {
            return false;
        }
    }
    return true;
}

/// A throwaway device in a temporary folder, sealing to a throwaway LA key (nothing it seals is
/// ever opened), with the kiosk's sink for syncBenchSurvey().
struct BenchDevice
{
    QTemporaryDir dir;
    std::unique_ptr<DeviceStorage> storage;
    Survey survey = syncBenchSurvey();
    std::unique_ptr<AnswerSink> sink;

    /// False, having said why on @p out, when the device cannot be opened.
    bool open(QTextStream &out)
    {
        if (sodium_init() < 0) {
            return false;
        }
        auto opened = testutil::openThrowawayDevice(dir.filePath(u"device"_s));
        if (!opened) {
            out << "cannot open the device storage\n";
            return false;
        }
        storage = std::move(opened.value());
        sink = storage->sinkFor(survey);
        return true;
    }
};

/// A real heard-inbox on 127.0.0.1 (any free port) over @p spec, with @p devicePublicKey enrolled.
class LocalInbox
{
public:
    LocalInbox(const QString &spec, const QByteArray &devicePublicKey)
        : m_spec(spec)
    {
        {
            auto store = InboxStore::open(spec);
            if (!store) {
                return;
            }
            InboxService service(*store.value(), {}, {});
            const ServiceReply reply = service.enrol(
                QJsonDocument(QJsonObject { { u"code"_s, service.createEnrolmentCode().value() },
                                            { u"devicePublicKey"_s,
                                              QString::fromLatin1(devicePublicKey.toBase64()) } })
                    .toJson());
            m_settings.token = QJsonDocument::fromJson(reply.body)
                                   .object()
                                   .value(u"token"_s)
                                   .toString()
                                   .toLatin1();
        }
        m_process.start(QStringLiteral(HEARD_BIN_DIR "/heard-inbox"),
                        { u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, spec });
        QByteArray banner;
        quint16 port = 0;
        while (port == 0 && m_process.waitForReadyRead(10000)) {
            banner += m_process.readAllStandardOutput();
            const auto match
                = QRegularExpression(u":(\\d+) \\("_s).match(QString::fromLatin1(banner));
            if (match.hasMatch()) {
                port = quint16(match.captured(1).toUInt());
            }
        }
        // The inbox logs a line per batch; drain it so the pipe never fills.
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_process.readAllStandardError(); });
        if (port != 0 && !m_settings.token.isEmpty()) {
            m_settings.inboxUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        }
    }
    ~LocalInbox() { stop(); }
    LocalInbox(const LocalInbox &) = delete;
    LocalInbox &operator=(const LocalInbox &) = delete;

    bool ok() const { return m_settings.inboxUrl.isValid(); }
    /// The enrolled device's settings: URL and token.
    const SyncSettings &settings() const { return m_settings; }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    /// Envelopes stored at the inbox (stop() first for a final count).
    qint64 storedCount() const
    {
        auto store = InboxStore::open(m_spec);
        return store ? store.value()->envelopeCount().value() : -1;
    }

private:
    QString m_spec;
    QProcess m_process;
    SyncSettings m_settings;
};

/// A LocalInbox over an SQLite file in @p device's folder, with the device enrolled; null, having
/// said why on @p out, when it does not start.
inline std::unique_ptr<LocalInbox> startInboxFor(const BenchDevice &device, QTextStream &out)
{
    auto inbox = std::make_unique<LocalInbox>(u"sqlite:"_s + device.dir.filePath(u"inbox.db"_s),
                                              device.storage->devicePublicKey());
    if (!inbox->ok()) {
        out << "cannot start heard-inbox\n";
        return nullptr;
    }
    return inbox;
}

} // namespace heard::bench
