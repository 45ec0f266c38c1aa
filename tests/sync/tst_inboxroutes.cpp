// heard-inbox's routing as a client sees it on the wire: every protocol path with its own method
// still works, any other method gets 405 with Allow, and unknown paths get a JSON 404.
#include "inboxprocess.h"
#include "util/errorcode.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <tuple>

using namespace heard::testutil;
using namespace Qt::StringLiterals;

namespace {

struct RawReply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
};

/// Parses @p data once it holds a whole reply (headers, then Content-Length bytes of body; none
/// for HEAD); false while it does not.
bool parse(const QByteArray &data, bool head, RawReply *reply)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return false;
    }
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    reply->status = lines.value(0).trimmed().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            reply->headers.insert(lines[i].left(colon).trimmed().toLower(),
                                  lines[i].mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = head ? 0 : reply->headers.value("content-length").toLongLong();
    reply->body = data.mid(headerEnd + 4);
    return reply->body.size() >= length;
}

/// One request on its own connection, exactly as written, and its reply. The inbox keeps the
/// connection open (Qt 6.4 ignores "Connection: close"), so the reply ends at Content-Length; a
/// short wait afterwards catches bytes that should not be there (a body after HEAD).
RawReply exchange(quint16 port, const QByteArray &method, const QByteArray &path,
                  const QByteArray &body = {}, const QByteArray &extraHeaders = {})
{
    RawReply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000)) {
        return reply;
    }
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders
                 + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray data;
    QDeadlineTimer deadline(10000);
    while (!parse(data, method == "HEAD", &reply) && !deadline.hasExpired()
           && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        data += socket.readAll();
    }
    if (method == "HEAD") {
        socket.waitForReadyRead(200);
        data += socket.readAll();
        parse(data, true, &reply);
    }
    return reply;
}

} // namespace

class TestInboxRoutes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    InboxProcess m_inbox;

private Q_SLOTS:
    void refusesAKeyBundleFileThatIsNotOne()
    {
        // Handed to every device, a wrong file would be refused by all of them: refuse it here,
        // naming the file, before listening.
        const QString path = m_dir.filePath(u"not-a-bundle.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"bundle": "e30=", "signature": "short"})");
        file.close();
        QProcess inbox;
        inbox.start(QStringLiteral(HEARD_BIN_DIR "/heard-inbox"),
                    { u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s,
                      u"sqlite:"_s + m_dir.filePath(u"refused.db"_s), u"--key-bundle"_s, path });
        QVERIFY(inbox.waitForFinished(10000));
        QCOMPARE(inbox.exitCode(), 1);
        const QString error = QString::fromUtf8(inbox.readAllStandardError());
        QVERIFY2(error.contains(path) && error.contains(u"signature"_s), qPrintable(error));
        QVERIFY(!QString::fromUtf8(inbox.readAllStandardOutput()).contains(u"listening"_s));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_inbox.start(u"sqlite:"_s + m_dir.filePath(u"inbox.db"_s)));
    }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allow"); ///< empty: no Allow header
        QTest::addColumn<QString>("error"); ///< the body's "error"; empty: no error body

        // The protocol's own methods still reach the service.
        QTest::newRow("GET health") << "GET"_ba
                                    << "/v1/health"_ba << 200 << QByteArray() << QString();
        QTest::newRow("POST batches, no token")
            << "POST"_ba
            << "/v1/batches"_ba << 401 << QByteArray() << heard::ErrorCode::Unauthorized;
        QTest::newRow("GET config, no token")
            << "GET"_ba
            << "/v1/config"_ba << 401 << QByteArray() << heard::ErrorCode::Unauthorized;
        QTest::newRow("POST enrol, empty body")
            << "POST"_ba
            << "/v1/enrol"_ba << 400 << QByteArray() << heard::ErrorCode::Malformed;

        // Known paths, wrong method: 405, naming the method the path takes.
        const QString notAllowed = heard::ErrorCode::MethodNotAllowed;
        const QList<std::tuple<QByteArray, QByteArrayList, QByteArray>> wrongMethods {
            { "batches"_ba, { "GET"_ba, "PUT"_ba, "DELETE"_ba, "OPTIONS"_ba }, "POST"_ba },
            { "enrol"_ba, { "GET"_ba, "PATCH"_ba }, "POST"_ba },
            { "health"_ba, { "POST"_ba, "PUT"_ba }, "GET"_ba },
            { "config"_ba, { "DELETE"_ba, "POST"_ba }, "GET"_ba },
        };
        for (const auto &[name, methods, allow] : wrongMethods) {
            for (const QByteArray &method : methods) {
                QTest::addRow("%s %s", method.constData(), name.constData())
                    << method << "/v1/"_ba + name << 405 << allow << notAllowed;
            }
        }
        // HEAD: 405 too, and no body (checked below).
        QTest::newRow("HEAD health") << "HEAD"_ba
                                     << "/v1/health"_ba << 405 << "GET"_ba << QString();

        // Paths the protocol does not have.
        const QList<std::tuple<const char *, QByteArray, QByteArray>> unknownPaths {
            { "GET unknown", "GET"_ba, "/v1/nothing"_ba },
            { "POST v2", "POST"_ba, "/v2/batches"_ba },
            { "GET root", "GET"_ba, "/"_ba },
            { "GET below a path", "GET"_ba, "/v1/health/more"_ba },
            { "DELETE trailing slash", "DELETE"_ba, "/v1/config/"_ba },
        };
        for (const auto &[row, method, path] : unknownPaths)
            QTest::newRow(row) << method << path << 404 << QByteArray()
                               << heard::ErrorCode::NotFound;
    }

    void answers()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QByteArray, allow);
        QFETCH(QString, error);

        const RawReply reply = exchange(m_inbox.port(), method, path);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.headers.value("allow"), allow);
        if (method == "HEAD") {
            QVERIFY2(reply.body.isEmpty(), reply.body.constData());
            return;
        }
        QCOMPARE(reply.headers.value("content-type"), "application/json"_ba);
        QJsonParseError parseError;
        const QJsonObject body = QJsonDocument::fromJson(reply.body, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, reply.body.constData());
        QCOMPARE(body.value(u"error"_s).toString(), error);
        if (status == 405) {
            QVERIFY(body.value(u"reason"_s).toString().contains(QString::fromLatin1(allow)));
        }
    }

    void logsWithoutTokenOrBody()
    {
        m_inbox.stderrText(); // what earlier cases logged
        const RawReply wrong
            = exchange(m_inbox.port(), "PUT"_ba, "/v1/batches?t=QUERY-SECRET"_ba, "BODY-SECRET"_ba,
                       "Authorization: Bearer TOKEN-SECRET\r\n"_ba);
        QCOMPARE(wrong.status, 405);
        const RawReply unknown
            = exchange(m_inbox.port(), "POST"_ba, "/v1/elsewhere?t=QUERY-SECRET"_ba,
                       "BODY-SECRET"_ba, "Authorization: Bearer TOKEN-SECRET\r\n"_ba);
        QCOMPARE(unknown.status, 404);
        QByteArray log;
        QDeadlineTimer deadline(5000);
        while (!log.contains("/v1/elsewhere") && !deadline.hasExpired()) {
            m_inbox.process().waitForReadyRead(100);
            log += m_inbox.stderrText();
        }
        QVERIFY2(log.contains("405 PUT /v1/batches (allowed: POST)"), log.constData());
        QVERIFY2(log.contains("404 POST /v1/elsewhere"), log.constData());
        QVERIFY2(!log.contains("SECRET"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestInboxRoutes)
#include "tst_inboxroutes.moc"
