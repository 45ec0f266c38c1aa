#pragma once

#include "child/dialogs/messagepage.h"

namespace heard {

/// "Do you want to stop?": stopping always asks first, and the child chooses whether their
/// answers are kept.
class StopDialog final : public MessagePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopDialog)

public:
    explicit StopDialog(const ViewSettings &settings, QWidget *parent = nullptr);

Q_SIGNALS:
    void keepAnswers();
    void dontKeepAnswers();
    void carryOn();
};

} // namespace heard
