#pragma once

#include "child/views/questionview.h"

class QPlainTextEdit;

namespace heard {

/// The child's own words: optional, with the author's reminder above. Next with nothing written
/// skips when the question offers Skip, and otherwise just moves on.
class FreeTextView final : public QuestionView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreeTextView)

public:
    FreeTextView(const Question &question, const ViewSettings &settings,
                 const QuestionViewState &state, QWidget *parent = nullptr);

private:
    void submit();

    QPlainTextEdit *m_edit = nullptr;
};

} // namespace heard
