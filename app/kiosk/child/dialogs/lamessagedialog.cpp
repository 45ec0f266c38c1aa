#include "child/dialogs/lamessagedialog.h"

#include <QPushButton>

namespace heard {

LaMessageDialog::LaMessageDialog(const ViewSettings &settings, const QString &message,
                                 const QString &picturePath, QWidget *parent)
    : MessagePage(QStringLiteral("laMessage"), settings, parent)
{
    QPushButton *okButton
        = makeButton(tr("OK"), QStringLiteral("laMessageOk"), tr("Go on to the questions"));
    connect(okButton, &QPushButton::clicked, this, &LaMessageDialog::ok);
    setContent(picturePath.isEmpty()
                   ? settings.picture(QStringLiteral("pictures/topics/my_say.svg"))
                   : picturePath,
               tr("Last time, children told us what they think. This is what happened:")
                   + QStringLiteral("\n\n") + message,
               { okButton });
}

} // namespace heard
