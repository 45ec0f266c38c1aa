#include "child/dialogs/withdrawdialog.h"

#include <QPushButton>

namespace heard {

WithdrawDialog::WithdrawDialog(const ViewSettings &settings, QWidget *parent)
    : MessagePage(QStringLiteral("withdrawQuestion"), settings, parent)
{
    const QString picture = settings.picture(QStringLiteral("pictures/screens/delete_answers.svg"));
    QPushButton *yes = makeButton(tr("Yes, delete my answers"), QStringLiteral("confirmWithdraw"),
                                  tr("Delete every answer you gave today and stop"));
    yes->setIcon(QIcon(picture));
    yes->setIconSize(buttonPictureSize());
    QPushButton *no
        = makeButton(tr("No, go back"), QStringLiteral("notWithdraw"), tr("Go back to the choice"));
    connect(yes, &QPushButton::clicked, this, &WithdrawDialog::confirmed);
    connect(no, &QPushButton::clicked, this, &WithdrawDialog::back);
    setContent(picture,
               tr("If you don't want us to keep your answers, we will delete all the answers "
                  "you gave today. Nobody will see them, not even the grown-up. You will not "
                  "get into trouble.\n\nDo you want us to delete your answers?"),
               { no, yes });
}

} // namespace heard
