#include "child/dialogs/stopdialog.h"

#include <QPushButton>

namespace heard {

StopDialog::StopDialog(const ViewSettings &settings, QWidget *parent)
    : MessagePage(QStringLiteral("stopQuestion"), settings, parent)
{
    QPushButton *keep = makeButton(tr("Keep my answers"), QStringLiteral("confirmStop"),
                                   tr("Stop now; the answers you gave are kept"));
    keep->setIcon(QIcon(settings.picture(QStringLiteral("pictures/screens/keep_answers.svg"))));
    QPushButton *dontKeep = makeButton(tr("Don't keep my answers"), QStringLiteral("dontKeep"),
                                       tr("Stop now and delete every answer you gave today"));
    dontKeep->setIcon(
        QIcon(settings.picture(QStringLiteral("pictures/screens/delete_answers.svg"))));
    QPushButton *no
        = makeButton(tr("Carry on"), QStringLiteral("carryOn"), tr("Go back to the question"));
    // The pictures say it for children who do not read yet.
    for (QPushButton *b : { keep, dontKeep })
        b->setIconSize(buttonPictureSize());
    connect(keep, &QPushButton::clicked, this, &StopDialog::keepAnswers);
    connect(dontKeep, &QPushButton::clicked, this, &StopDialog::dontKeepAnswers);
    connect(no, &QPushButton::clicked, this, &StopDialog::carryOn);
    setContent(settings.picture(QStringLiteral("pictures/screens/skip_stop.svg")),
               tr("Do you want to stop? That is fine.\n\n"
                  "You choose: we can keep the answers you gave, or not keep them."),
               { no, keep, dontKeep });
}

} // namespace heard
