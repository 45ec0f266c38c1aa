// One logging category per area, so an LA can turn on sync or inbox logs alone: a rule that
// silences one category leaves the others logging.
#include "util/logging.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Logged
{
    QString category;
    QString message;
};

QList<Logged> g_logged;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logged.append({ QString::fromLatin1(context.category), message });
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        g_logged.clear();
        m_previous = qInstallMessageHandler(capture);
    }
    void cleanup()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void categoriesHaveTheDocumentedNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("actual");
        QTest::newRow("sync") << u"heard.sync"_s
                              << QString::fromLatin1(heard::lcSync().categoryName());
        QTest::newRow("inbox") << u"heard.inbox"_s
                               << QString::fromLatin1(heard::lcInbox().categoryName());
        QTest::newRow("survey") << u"heard.survey"_s
                                << QString::fromLatin1(heard::lcSurvey().categoryName());
        QTest::newRow("kiosk") << u"heard.kiosk"_s
                               << QString::fromLatin1(heard::lcKiosk().categoryName());
        QTest::newRow("audio") << u"heard.audio"_s
                               << QString::fromLatin1(heard::lcAudio().categoryName());
    }
    void categoriesHaveTheDocumentedNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, actual);
        QCOMPARE(actual, name);
    }

    void everyCategoryLogsByDefault()
    {
        qCInfo(heard::lcSync, "sync");
        qCWarning(heard::lcInbox, "inbox");
        qCInfo(heard::lcSurvey, "survey");
        qCCritical(heard::lcKiosk, "kiosk");
        qCWarning(heard::lcAudio, "audio");
        QCOMPARE(g_logged.size(), 5);
        QCOMPARE(g_logged.at(1).category, u"heard.inbox"_s);
        QCOMPARE(g_logged.at(1).message, u"inbox"_s);
    }

    void oneCategoryOffLeavesTheOthers()
    {
        // The same syntax as QT_LOGGING_RULES.
        QLoggingCategory::setFilterRules(u"heard.sync=false"_s);
        qCWarning(heard::lcSync, "silenced");
        qCInfo(heard::lcSync, "silenced");
        qCWarning(heard::lcInbox, "still heard");
        QCOMPARE(g_logged.size(), 1);
        QCOMPARE(g_logged.first().category, u"heard.inbox"_s);
        QCOMPARE(g_logged.first().message, u"still heard"_s);
    }

    void onlyOneCategoryOn()
    {
        QLoggingCategory::setFilterRules(u"heard.*=false\nheard.inbox=true"_s);
        qCWarning(heard::lcSync, "off");
        qCWarning(heard::lcAudio, "off");
        qCInfo(heard::lcInbox, "on");
        QCOMPARE(g_logged.size(), 1);
        QCOMPARE(g_logged.first().category, u"heard.inbox"_s);
    }

private:
    QtMessageHandler m_previous = nullptr;
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
