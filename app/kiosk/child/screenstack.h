#pragma once

#include <QPointer>
#include <QWidget>

class QStackedLayout;

namespace heard {

/// The child's screen area inside ChildFlow: the current question and at most one overlay (a
/// message or a question to the child) above it, in one stacked layout. A page taken down is
/// hidden and deleted later, so nothing of an old screen stays reachable.
class ScreenStack final
{
public:
    explicit ScreenStack(QStackedLayout *layout)
        : m_layout(layout)
    {
    }

    /// Shows @p view (the layout's widget takes ownership) in a scroll area, in place of the last
    /// question, under the overlay if one is open.
    void setQuestion(QWidget *view);
    void dropQuestion() { drop(m_question); }
    /// Shows @p overlay above the question, in place of the last overlay.
    void showOverlay(QWidget *overlay);
    /// Takes the overlay down and shows the question again.
    void closeOverlay();

    QWidget *overlay() const { return m_overlay; }
    /// What the child sees: the overlay if one is open, otherwise the question.
    QWidget *current() const { return m_overlay ? m_overlay.data() : m_question.data(); }

private:
    void drop(QPointer<QWidget> &page);

    QStackedLayout *m_layout;
    QPointer<QWidget> m_question; ///< the scroll area around the current question's view
    QPointer<QWidget> m_overlay;
};

} // namespace heard
