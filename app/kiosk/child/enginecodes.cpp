#include "child/enginecodes.h"

#include <QStringList>

namespace heard {

bool EngineCodes::isRefusal(const QString &code)
{
    static const QStringList codes {
        QStringLiteral("not_in_progress"), QStringLiteral("wrong_kind"),
        QStringLiteral("unknown_choice"),  QStringLiteral("empty_answer"),
        QStringLiteral("too_long"),        QStringLiteral("withheld"),
        QStringLiteral("already_started"), QStringLiteral("at_start"),
        QStringLiteral("invalid_outcome"),
    };
    return codes.contains(code);
}

} // namespace heard
