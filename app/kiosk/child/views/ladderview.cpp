#include "child/views/ladderview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace heard {

LadderView::LadderView(const Question &question, const ViewSettings &settings,
                       const QuestionViewState &state, QWidget *parent)
    : ChoiceGridView(question, settings, state, parent, Build::ByCaller)
{
    build();
}

QList<Utterance> LadderView::utterances() const
{
    return QuestionView::utterances();
}

QString LadderView::tileWords(const Choice &choice) const
{
    return choice.code;
}

QString LadderView::tileDescription(int index) const
{
    if (index == 0)
        return text(m_question.lowLabel);
    if (index == m_question.choices.size() - 1)
        return text(m_question.highLabel);
    return tr("%1 out of 10").arg(m_question.choices.at(index).code);
}

void LadderView::addUnderGrid(QWidget *grid)
{
    auto *ends = new QHBoxLayout;
    auto *low = new QLabel(QStringLiteral("0 = ") + text(m_question.lowLabel));
    auto *high = new QLabel(QStringLiteral("10 = ") + text(m_question.highLabel));
    low->setObjectName(QStringLiteral("lowLabel"));
    high->setObjectName(QStringLiteral("highLabel"));
    for (QLabel *l : { low, high }) {
        l->setAccessibleName(l->text());
        l->setAccessibleDescription(tr("What the end of the scale means"));
        l->setWordWrap(true);
    }
    // Each end label sits under its end of the scale, whichever way the screen runs.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    low->setAlignment((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute
                      | Qt::AlignVCenter);
    high->setAlignment((rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute
                       | Qt::AlignVCenter);
    ends->addWidget(low, 1);
    ends->addWidget(high, 1);
    auto *holder = new QWidget;
    holder->setLayout(ends);
    holder->setFixedWidth(grid->sizeHint().width());
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(holder);
    row->addStretch();
    column()->addLayout(row);
}

} // namespace heard
