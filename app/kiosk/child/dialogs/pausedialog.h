#pragma once

#include "child/dialogs/messagepage.h"

namespace heard {

/// Paused: the question is hidden, so nobody passing by sees it.
class PauseDialog final : public MessagePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseDialog)

public:
    explicit PauseDialog(const ViewSettings &settings, QWidget *parent = nullptr);

Q_SIGNALS:
    void carryOn();
};

} // namespace heard
