#pragma once

#include "child/dialogs/messagepage.h"

namespace heard {

/// "Do you want us to delete your answers?", after the child chose not to keep them.
class WithdrawDialog final : public MessagePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WithdrawDialog)

public:
    explicit WithdrawDialog(const ViewSettings &settings, QWidget *parent = nullptr);

Q_SIGNALS:
    void confirmed();
    void back();
};

} // namespace heard
