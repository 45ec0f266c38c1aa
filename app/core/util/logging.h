#pragma once

#include <QLoggingCategory>

/// Heard's logging categories, one per area, all declared here so that the list in
/// docs/architecture.md ("Logs") has one source. Turn one area on or off with QT_LOGGING_RULES,
/// e.g. `QT_LOGGING_RULES="heard.*=false;heard.sync=true"`. Never log an answer, free text, a key
/// or a token (CONTRIBUTING.md): log ids, counts and error codes.
namespace heard {

Q_DECLARE_LOGGING_CATEGORY(lcSync) ///< "heard.sync": the device's uploads and config pulls
Q_DECLARE_LOGGING_CATEGORY(lcInbox) ///< "heard.inbox": heard-inbox's requests and refusals
Q_DECLARE_LOGGING_CATEGORY(lcSurvey) ///< "heard.survey": survey definitions loaded or skipped
Q_DECLARE_LOGGING_CATEGORY(lcKiosk) ///< "heard.kiosk": the kiosk program's start and setup
Q_DECLARE_LOGGING_CATEGORY(lcAudio) ///< "heard.audio": playback and speech fallbacks

} // namespace heard
