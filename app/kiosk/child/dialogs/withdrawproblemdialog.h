#pragma once

#include "child/dialogs/messagepage.h"

namespace heard {

/// The answers could not be deleted yet: the child asks the grown-up and tries again.
class WithdrawProblemDialog final : public MessagePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WithdrawProblemDialog)

public:
    explicit WithdrawProblemDialog(const ViewSettings &settings, QWidget *parent = nullptr);

Q_SIGNALS:
    void retry();
};

} // namespace heard
