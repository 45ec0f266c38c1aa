#include "child/sessionbar.h"

#include "child/progressrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace heard {

SessionBar::SessionBar(const ViewSettings &settings, QWidget *parent)
    : QWidget(parent)
{
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(8); // as between the bar and the question below it
    auto *bar = new QHBoxLayout;
    m_progress = new ProgressRow(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    if (settings.profile.textScalePercent > 125)
        col->addWidget(m_progress); // large text: the buttons need the whole top row
    else
        bar->addWidget(m_progress, 1);
    m_talk = new QPushButton(tr("I want to talk to someone"), this);
    m_talk->setObjectName(QStringLiteral("talk"));
    m_talk->setIcon(QIcon(settings.picture(QStringLiteral("pictures/topics/talk.svg"))));
    m_talk->setAccessibleName(m_talk->text());
    m_talk->setAccessibleDescription(
        tr("Tells the grown-up you want to talk, without showing any answer"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("pause"));
    m_pause->setAccessibleName(m_pause->text());
    m_pause->setAccessibleDescription(tr("Hides the question until you carry on"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setAccessibleName(m_stop->text());
    m_stop->setAccessibleDescription(tr("Stop the survey; your answers so far are kept"));
    const int barHeight = settings.minimumTarget + 8;
    for (QPushButton *b : { m_talk, m_pause, m_stop }) {
        b->setProperty("role", QStringLiteral("bar"));
        b->setMinimumHeight(barHeight);
        b->setIconSize(QSize(barHeight - 16, barHeight - 16));
        bar->addWidget(b);
    }
    m_progress->setHighContrast(settings.profile.highContrast);
    m_progress->setFixedHeight(barHeight);
    col->addLayout(bar);
    m_audioNote = new QLabel(this);
    m_audioNote->setObjectName(QStringLiteral("audioUnavailable"));
    m_audioNote->setAccessibleName(tr("Sound"));
    m_audioNote->setAccessibleDescription(tr("Sound is not working on this tablet"));
    m_audioNote->hide();
    col->addWidget(m_audioNote);
    connect(m_talk, &QPushButton::clicked, this, &SessionBar::talkClicked);
    connect(m_pause, &QPushButton::clicked, this, &SessionBar::pauseClicked);
    connect(m_stop, &QPushButton::clicked, this, &SessionBar::stopClicked);
}

QList<QAbstractButton *> SessionBar::visibleButtons() const
{
    QList<QAbstractButton *> out;
    for (QPushButton *b : { m_talk, m_pause, m_stop })
        if (b->isVisible())
            out.append(b);
    return out;
}

void SessionBar::showProgress(int position, int total, const Survey &survey,
                              const QString &questionId)
{
    m_progress->setProgress(position, total);
    for (int i = 0; i < survey.sections.size(); ++i) {
        const QList<Question> &qs = survey.sections.at(i).questions;
        for (int j = 0; j < qs.size(); ++j)
            if (qs.at(j).id == questionId)
                m_progress->setSections(i + 1, int(survey.sections.size()), j + 1, int(qs.size()));
    }
}

void SessionBar::showAllDone(int total, int sections)
{
    m_progress->setProgress(total, total);
    m_progress->setSections(sections + 1, sections, 0, 0);
}

void SessionBar::showEndButtons()
{
    for (QPushButton *b : { m_talk, m_pause, m_stop })
        b->setVisible(b == m_talk);
}

void SessionBar::markTalkRequested()
{
    m_talk->setText(tr("The grown-up will know you want to talk"));
    m_talk->setAccessibleName(m_talk->text());
}

void SessionBar::showAudioUnavailable()
{
    m_audioNote->setText(tr("Sound is not working on this tablet. You can read the words."));
    m_audioNote->show();
}

} // namespace heard
