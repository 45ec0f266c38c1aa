#include "child/dialogs/storageproblempage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace heard {

StorageProblemPage::StorageProblemPage(const ViewSettings &settings, const QString &adultMessage,
                                       QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("storageProblem"));
    auto *col = new QVBoxLayout(this);
    auto *child = new QLabel(tr("Please hand the tablet back to the grown-up."));
    child->setObjectName(QStringLiteral("calmMessage"));
    child->setWordWrap(true);
    child->setAlignment(Qt::AlignCenter);
    child->setAccessibleName(child->text());
    child->setAccessibleDescription(tr("Message for you"));
    auto *forAdult = new QLabel(tr("For the grown-up: ") + adultMessage);
    forAdult->setObjectName(QStringLiteral("adultMessage"));
    forAdult->setWordWrap(true);
    forAdult->setAccessibleName(forAdult->text());
    forAdult->setAccessibleDescription(tr("Message for the grown-up"));
    auto *retryButton = new QPushButton(tr("Try again"));
    retryButton->setObjectName(QStringLiteral("retry"));
    auto *stopButton = new QPushButton(tr("Stop the survey"));
    stopButton->setObjectName(QStringLiteral("stopAfterProblem"));
    for (QPushButton *b : { retryButton, stopButton }) {
        b->setMinimumHeight(settings.minimumTarget + 16);
        b->setAccessibleName(b->text());
        b->setAccessibleDescription(tr("For the grown-up"));
    }
    col->addStretch();
    col->addWidget(child);
    col->addSpacing(30);
    col->addWidget(forAdult);
    auto *row = new QHBoxLayout;
    row->addWidget(retryButton);
    row->addWidget(stopButton);
    col->addLayout(row);
    col->addStretch();
    connect(retryButton, &QPushButton::clicked, this, &StorageProblemPage::retry);
    connect(stopButton, &QPushButton::clicked, this, &StorageProblemPage::stop);
}

} // namespace heard
