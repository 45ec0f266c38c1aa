#include "child/views/yesnoview.h"

namespace heard {

YesNoView::YesNoView(const Question &question, const ViewSettings &settings,
                     const QuestionViewState &state, QWidget *parent)
    : ChoiceGridView(question, settings, state, parent, Build::ByCaller)
{
    build();
}

QString YesNoView::tileWords(const Choice &choice) const
{
    return choice.code == QLatin1String("yes") ? tr("Yes") : tr("No");
}

QString YesNoView::tilePicture(const Choice &choice) const
{
    return QStringLiteral("pictures/symbols/%1.svg").arg(choice.code);
}

} // namespace heard
