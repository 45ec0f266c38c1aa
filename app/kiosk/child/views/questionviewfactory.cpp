#include "child/views/questionviewfactory.h"

#include "child/views/choicegridview.h"
#include "child/views/freetextview.h"
#include "child/views/infoview.h"
#include "child/views/ladderview.h"
#include "child/views/yesnoview.h"

namespace heard {

std::unique_ptr<QuestionView> QuestionViewFactory::create(const Question &question,
                                                          const ViewSettings &settings,
                                                          const QuestionViewState &state)
{
    switch (question.kind) {
    case QuestionKind::SingleChoice:
    case QuestionKind::MultipleChoice:
    case QuestionKind::Faces: // the faces are the choices' pictures
    case QuestionKind::Frequency: // words-only tiles, in the survey's order
        return std::make_unique<ChoiceGridView>(question, settings, state);
    case QuestionKind::Ladder:
        return std::make_unique<LadderView>(question, settings, state);
    case QuestionKind::YesNo:
        return std::make_unique<YesNoView>(question, settings, state);
    case QuestionKind::FreeText:
        return std::make_unique<FreeTextView>(question, settings, state);
    case QuestionKind::Info:
        return std::make_unique<InfoView>(question, settings, state);
    }
    return nullptr; // not reached: every kind is listed above
}

} // namespace heard
