#include "child/views/freetextview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace heard {

FreeTextView::FreeTextView(const Question &question, const ViewSettings &settings,
                           const QuestionViewState &state, QWidget *parent)
    : QuestionView(question, settings, state, parent)
{
    QVBoxLayout *into = column();
    into->addWidget(buildHeader());
    into->addStretch();
    const QString reminder = text(question.reminder);
    if (!reminder.isEmpty()) {
        auto *r = new QLabel(reminder);
        r->setObjectName(QStringLiteral("reminder"));
        r->setWordWrap(true);
        r->setAccessibleName(reminder);
        r->setAccessibleDescription(tr("Reminder"));
        into->addWidget(r);
    }
    m_edit = new QPlainTextEdit;
    m_edit->setObjectName(QStringLiteral("freetext"));
    m_edit->setAccessibleName(tr("Your words"));
    m_edit->setAccessibleDescription(tr("Optional. You can leave it blank."));
    m_edit->setMinimumHeight(m_settings.minimumTarget * 3);
    m_edit->setUndoRedoEnabled(false); // nothing of one child's typing may be recoverable later
    if (m_state.before)
        m_edit->setPlainText(m_state.before->freeText);
    into->addWidget(m_edit, 1);
    into->addWidget(buildSpecials(tileSize()));
    into->addWidget(buildNavigation(true, [this] { submit(); }));
    into->addStretch();
}

void FreeTextView::submit()
{
    const QString typed = m_edit->toPlainText();
    if (!typed.trimmed().isEmpty())
        Q_EMIT answered(ViewAnswer::freeText(typed));
    else if (m_question.offers(SpecialAnswer::Skip))
        Q_EMIT answered(ViewAnswer::specialAnswer(SpecialAnswer::Skip));
    else
        Q_EMIT answered(ViewAnswer::next());
}

} // namespace heard
