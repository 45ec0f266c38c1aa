#include "child/screenstack.h"

#include <QCoreApplication>
#include <QScrollArea>
#include <QStackedLayout>

namespace heard {

void ScreenStack::setQuestion(QWidget *view)
{
    drop(m_question);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(QCoreApplication::translate("heard::ChildFlow", "Question"));
    scroll->setAccessibleDescription(
        QCoreApplication::translate("heard::ChildFlow", "One question"));
    scroll->setWidget(view);
    m_question = scroll;
    m_layout->addWidget(scroll);
    if (!m_overlay)
        m_layout->setCurrentWidget(scroll);
}

void ScreenStack::showOverlay(QWidget *overlay)
{
    drop(m_overlay);
    m_overlay = overlay;
    m_layout->addWidget(overlay);
    m_layout->setCurrentWidget(overlay);
}

void ScreenStack::closeOverlay()
{
    drop(m_overlay);
    if (m_question)
        m_layout->setCurrentWidget(m_question);
}

void ScreenStack::drop(QPointer<QWidget> &page)
{
    if (!page)
        return;
    m_layout->removeWidget(page);
    page->hide();
    page->deleteLater();
}

} // namespace heard
