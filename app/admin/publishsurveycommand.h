#pragma once

#include "admincommands.h"

namespace heard::admin {

/// `heard-admin publish-survey --db SPEC --keys DIR [--passphrase-file F] [--framework CSV]
/// [--assets DIR] FILE`: validates FILE exactly as `validate` does, refuses a version not higher
/// than the newest published for its id, signs it with the LA root key and stores it in the inbox
/// database; every kiosk receives the newest version per survey id with its next config pull.
Command publishSurveyCommand();

} // namespace heard::admin
