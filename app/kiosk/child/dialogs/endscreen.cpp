#include "child/dialogs/endscreen.h"

#include <QPushButton>

namespace heard {

EndScreen::EndScreen(const ViewSettings &settings, bool withdrawn, const QString &laMessage,
                     QWidget *parent)
    : MessagePage(QStringLiteral("endScreen"), settings, parent)
{
    QString words = withdrawn ? tr("Your answers have been deleted. Nobody will see them.")
            + QStringLiteral("\n\n") + tr("Thank you for your time.") + QStringLiteral("\n\n")
                              : tr("Thank you!") + QStringLiteral("\n\n");
    words += tr("If you want to talk to someone, you can call Childline free on 0800 1111, "
                "day or night.");
    if (!settings.advocacyContact.isEmpty())
        words += QStringLiteral("\n") + tr("Your advocate: %1").arg(settings.advocacyContact);
    if (!laMessage.isEmpty() && !withdrawn)
        words += QStringLiteral("\n\n")
            + tr("Last time, children told us what they think, and this happened: %1")
                  .arg(laMessage);
    QPushButton *done = makeButton(tr("Give the tablet back to the grown-up"),
                                   QStringLiteral("handBack"), tr("Finish and hand back"));
    connect(done, &QPushButton::clicked, this, &EndScreen::handBack);
    setContent(settings.picture(QStringLiteral("pictures/screens/thanks.svg")), words, { done });
}

} // namespace heard
