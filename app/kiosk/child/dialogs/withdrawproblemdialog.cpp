#include "child/dialogs/withdrawproblemdialog.h"

#include <QPushButton>

namespace heard {

WithdrawProblemDialog::WithdrawProblemDialog(const ViewSettings &settings, QWidget *parent)
    : MessagePage(QStringLiteral("withdrawProblem"), settings, parent)
{
    QPushButton *retryButton = makeButton(tr("Try again"), QStringLiteral("retryWithdraw"),
                                          tr("Try again to delete your answers"));
    connect(retryButton, &QPushButton::clicked, this, &WithdrawProblemDialog::retry);
    setContent(QString(),
               tr("Your answers are not deleted yet. Please ask the grown-up to help, "
                  "then try again."),
               { retryButton });
}

} // namespace heard
