// libFuzzer target: the survey loader and its source map must never crash, hang or read out of
// bounds on any bytes an author (or an attacker with a USB stick) could hand the kiosk.
#include "survey/framework.h"
#include "survey/jsonsourcemap.h"
#include "survey/surveyloader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const heard::Framework &framework()
{
    static const heard::Framework loaded = [] {
        auto result = heard::Framework::loadCsv(
            QStringLiteral(HEARD_SOURCE_DIR "/survey_definitions/framework/wellbeing-framework.csv"));
        if (!result)
            std::abort();
        return result.value();
    }();
    return loaded;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    // The scanner also runs on text Qt rejects, so fuzz it on its own.
    const heard::JsonSourceMap map = heard::JsonSourceMap::build(bytes);
    (void)map.valuePosition(QStringLiteral("/sections/0/questions/0"));

    // Assets are checked against the real tree so file lookups are exercised too.
    const heard::SurveyLoader loader(framework(), QStringLiteral(HEARD_SOURCE_DIR "/assets"));
    const auto outcome = loader.load(bytes, QStringLiteral("fuzz.json"));
    for (const heard::LoadProblem &problem : outcome.problems)
        (void)problem.toString();
    if (outcome.ok())
        (void)outcome.survey->questions().size();
    return 0;
}
