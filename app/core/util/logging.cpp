#include "util/logging.h"

namespace heard {

Q_LOGGING_CATEGORY(lcSync, "heard.sync")
Q_LOGGING_CATEGORY(lcInbox, "heard.inbox")
Q_LOGGING_CATEGORY(lcSurvey, "heard.survey")
Q_LOGGING_CATEGORY(lcKiosk, "heard.kiosk")
Q_LOGGING_CATEGORY(lcAudio, "heard.audio")

} // namespace heard
