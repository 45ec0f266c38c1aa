#pragma once

#include "child/views/viewsettings.h"

#include <QWidget>

namespace heard {

/// An answer could not be kept: calm words for the child, and for the grown-up what happened
/// (never the answer), with "Try again" and "Stop the survey".
class StorageProblemPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageProblemPage)

public:
    StorageProblemPage(const ViewSettings &settings, const QString &adultMessage,
                       QWidget *parent = nullptr);

Q_SIGNALS:
    void retry();
    void stop();
};

} // namespace heard
