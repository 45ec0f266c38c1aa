#pragma once

#include "child/views/questionview.h"

#include <memory>

namespace heard {

/// Makes the view for a question's kind. Every kind has one: the switch lists them all with no
/// default, so a new kind does not build until it has a view.
class QuestionViewFactory final
{
public:
    /// A view of @p question; @p state is empty for a preview without a session.
    static std::unique_ptr<QuestionView> create(const Question &question,
                                                const ViewSettings &settings,
                                                const QuestionViewState &state = {});
};

} // namespace heard
