#pragma once

#include "child/dialogs/messagepage.h"

namespace heard {

/// "Are you still there?" after the quiet time; any touch answers it.
class StillThereDialog final : public MessagePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StillThereDialog)

public:
    explicit StillThereDialog(const ViewSettings &settings, QWidget *parent = nullptr);

Q_SIGNALS:
    void here();
};

} // namespace heard
