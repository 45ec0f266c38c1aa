#include "child/dialogs/pausedialog.h"

#include <QPushButton>

namespace heard {

PauseDialog::PauseDialog(const ViewSettings &settings, QWidget *parent)
    : MessagePage(QStringLiteral("paused"), settings, parent)
{
    QPushButton *resume
        = makeButton(tr("Carry on"), QStringLiteral("carryOn"), tr("Show the question again"));
    connect(resume, &QPushButton::clicked, this, &PauseDialog::carryOn);
    setContent(QString(), tr("Paused. Take your time."), { resume });
}

} // namespace heard
