#pragma once

#include "child/views/choicegridview.h"

namespace heard {

/// Yes or no: the kiosk's own words and tick / cross pictures, whatever the survey's labels.
class YesNoView final : public ChoiceGridView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YesNoView)

public:
    YesNoView(const Question &question, const ViewSettings &settings,
              const QuestionViewState &state, QWidget *parent = nullptr);

protected:
    QString tileWords(const Choice &choice) const override;
    QString tilePicture(const Choice &choice) const override;
};

} // namespace heard
