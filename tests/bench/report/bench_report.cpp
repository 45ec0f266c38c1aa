// bench_report [RESPONSES] [OUT_DIR]: seals RESPONSES (default 24,000, the Bright Spots corpus so
// far) plausible responses to the real surveys in memory, then times opening them into a
// ResponseSet against making the whole report from it (figures, both HTML pages, both CSVs and
// both PDFs). Target: report <= 2x open and < 10 s.
#include "crypto/lakeystore.h"
#include "pdfrenderer.h"
#include "report/indicatorreport.h"
#include "report/reportcsv.h"
#include "report/reporthtml.h"
#include "report/responseset.h"
#include "support/surveyresponder.h"
#include "support/testidentities.h"
#include "survey/framework.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>

using namespace heard;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 24000;
    QTemporaryDir tmp;
    const QString outDir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();

    const QDate today = QDate::currentDate();
    const LaKeyStore keys = LaKeyStore::generate(today.addDays(-400), today.addDays(400)).value();
    const EnvelopeOpener opener = keys.opener().value();
    const EnvelopeSealer sealer(testutil::randomDevice(),
                                keys.encryptionKeys().first().info.publicKey);
    const QList<Survey> surveys = testutil::loadRealSurveys();
    const Framework framework
        = Framework::loadCsv(
              QStringLiteral(HEARD_SOURCE_DIR
                             "/survey_definitions/framework/wellbeing-framework.csv"))
              .value();

    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(2024);
    QList<QByteArray> envelopes;
    for (int i = 0; i < count; ++i) {
        const Survey &survey = surveys.at(i % surveys.size());
        envelopes += testutil::respond(sealer, survey, QDate(2025, 9, 1).addDays(i % 200), random,
                                       i % 10 == 0 ? u"a comment"_s : QString(),
                                       CompletionMode(i % 3), i % 9 == 0 ? u"cy"_s : u"en"_s);
    }
    std::printf("sealed %d responses as %lld envelopes in %.1f s (setup, not timed)\n", count,
                qint64(envelopes.size()), timer.elapsed() / 1000.0);

    timer.restart();
    ResponseSet set;
    int rejected = 0;
    for (const QByteArray &bytes : std::as_const(envelopes)) {
        auto opened = opener.open(bytes);
        if (!opened) {
            ++rejected;
            continue;
        }
        auto payload = decodeResponsePayload(opened->header.kind, opened->payload);
        if (!payload || !set.add(opened->header, payload.value()))
            ++rejected;
    }
    const double openSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    const IndicatorReport figures
        = IndicatorReport::compute(set, framework, surveys, Suppressor::create(5).value());
    const double computeSeconds = timer.nsecsElapsed() / 1e9;
    ReportHtml browser(figures, ReportHtml::Target::Browser);
    ReportHtml print(figures, ReportHtml::Target::Print);
    const QByteArray files[] = { browser.laReport().toUtf8(), browser.childReport().toUtf8(),
                                 ReportCsv::indicators(figures), ReportCsv::comments(set) };
    const QString la = print.laReport();
    const auto laImages = print.images();
    const QString child = print.childReport();
    const auto childImages = print.images();
    const bool pdfs = admin::PdfRenderer::write(QDir(outDir).filePath(u"report.pdf"_s), u"bench"_s,
                                                la, laImages)
                          .ok()
        && admin::PdfRenderer::write(QDir(outDir).filePath(u"what-you-told-us.pdf"_s), u"bench"_s,
                                     child, childImages, 16, false)
               .ok();
    const double reportSeconds = timer.nsecsElapsed() / 1e9;
    qint64 bytes = 0;
    for (const QByteArray &f : files)
        bytes += f.size();

    std::printf("opened %lld envelopes into %d responses (%d rejected)\n", qint64(envelopes.size()),
                set.size(), rejected);
    std::printf("open:   %.2f s\n", openSeconds);
    std::printf("report: %.2f s (figures %.3f s; HTML+CSV %lld bytes; PDFs %s)\n", reportSeconds,
                computeSeconds, bytes, pdfs ? "written" : "FAILED");
    std::printf("ratio report/open: %.2f (target <= 2.0); report under 10 s: %s\n",
                reportSeconds / openSeconds, reportSeconds < 10 ? "yes" : "NO");
    return pdfs && rejected == 0 && reportSeconds < 10 && reportSeconds <= 2 * openSeconds ? 0 : 1;
}
