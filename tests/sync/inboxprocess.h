#pragma once

// A real heard-inbox process on 127.0.0.1 for the sync tests.

#include "inbox/inboxservice.h"
#include "inbox/inboxstore.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace heard::testutil {

class InboxProcess
{
public:
    ~InboxProcess() { stop(); }

    /// Starts heard-inbox on a free loopback port; false (with a warning) when it does not come up.
    bool start(const QString &dbSpec, const QStringList &extra = {})
    {
        m_spec = dbSpec;
        m_process.setProgram(QStringLiteral(HEARD_BIN_DIR "/heard-inbox"));
        m_process.setArguments(QStringList { QStringLiteral("--listen"),
                                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                             dbSpec }
                               + extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            qWarning("heard-inbox did not start");
            return false;
        }
        QByteArray out;
        const QDeadlineTimer deadline(10000);
        static const QRegularExpression line(QStringLiteral("listening on [^ ]+:(\\d+)"));
        while (!deadline.hasExpired()) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
            const auto match = line.match(QString::fromLatin1(out));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
            if (m_process.state() != QProcess::Running) {
                break;
            }
        }
        qWarning("heard-inbox failed: %s", m_process.readAllStandardError().constData());
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }
    QByteArray stderrText() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QString m_spec;
    quint16 m_port = 0;
};

/// A fresh enrolment code written straight into the inbox database.
inline QString enrolmentCode(const QString &dbSpec)
{
    auto store = InboxStore::open(dbSpec);
    if (!store) {
        return {};
    }
    InboxService service(*store.value(), {}, {});
    auto code = service.createEnrolmentCode();
    return code ? code.value() : QString();
}

} // namespace heard::testutil
