#pragma once

#include "child/dialogs/messagepage.h"

namespace heard {

/// "I want to talk to someone": the grown-up will know at hand-back; carry on or stop.
class TalkDialog final : public MessagePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TalkDialog)

public:
    explicit TalkDialog(const ViewSettings &settings, QWidget *parent = nullptr);

Q_SIGNALS:
    void carryOn();
    void stopNow();
};

} // namespace heard
