#include "child/dialogs/talkdialog.h"

#include <QPushButton>

namespace heard {

TalkDialog::TalkDialog(const ViewSettings &settings, QWidget *parent)
    : MessagePage(QStringLiteral("talkQuestion"), settings, parent)
{
    QPushButton *carry
        = makeButton(tr("Carry on"), QStringLiteral("carryOn"), tr("Go back to the question"));
    QPushButton *stop = makeButton(tr("Stop now"), QStringLiteral("stopNow"),
                                   tr("Choose whether your answers are kept, then stop"));
    connect(carry, &QPushButton::clicked, this, &TalkDialog::carryOn);
    connect(stop, &QPushButton::clicked, this, &TalkDialog::stopNow);
    setContent(
        settings.picture(QStringLiteral("pictures/topics/talk.svg")),
        tr("Thank you for telling us. When you give the tablet back, the grown-up will know you "
           "want to talk to someone. They will not see your answers.\n\n"
           "Do you want to carry on, or stop now?"),
        { carry, stop });
}

} // namespace heard
