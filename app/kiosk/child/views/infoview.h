#pragma once

#include "child/views/questionview.h"

namespace heard {

/// A screen of words and a picture without an answer (assent, information, help); help screens
/// add the advocacy contact when the kiosk has one.
class InfoView final : public QuestionView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoView)

public:
    InfoView(const Question &question, const ViewSettings &settings, const QuestionViewState &state,
             QWidget *parent = nullptr);
};

} // namespace heard
