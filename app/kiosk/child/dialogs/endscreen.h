#pragma once

#include "child/dialogs/messagepage.h"

namespace heard {

/// The end: thanks (or "your answers have been deleted"), Childline, the advocate and the LA's
/// message, and the button that hands the tablet back.
class EndScreen final : public MessagePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndScreen)

public:
    explicit EndScreen(const ViewSettings &settings, bool withdrawn, const QString &laMessage,
                       QWidget *parent = nullptr);

Q_SIGNALS:
    void handBack();
};

} // namespace heard
