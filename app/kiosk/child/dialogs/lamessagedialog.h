#pragma once

#include "child/dialogs/messagepage.h"

namespace heard {

/// What the LA did about what children said last time, before the first question.
class LaMessageDialog final : public MessagePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaMessageDialog)

public:
    explicit LaMessageDialog(const ViewSettings &settings, const QString &message,
                             const QString &picturePath, QWidget *parent = nullptr);

Q_SIGNALS:
    void ok();
};

} // namespace heard
