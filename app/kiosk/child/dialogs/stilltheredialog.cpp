#include "child/dialogs/stilltheredialog.h"

#include <QPushButton>

namespace heard {

StillThereDialog::StillThereDialog(const ViewSettings &settings, QWidget *parent)
    : MessagePage(QStringLiteral("stillThere"), settings, parent)
{
    QPushButton *yes = makeButton(tr("Yes, I'm here"), QStringLiteral("stillHere"),
                                  tr("Carry on with the survey"));
    connect(yes, &QPushButton::clicked, this, &StillThereDialog::here);
    setContent(settings.picture(QStringLiteral("pictures/screens/welcome.svg")),
               tr("Are you still there?"), { yes });
}

} // namespace heard
