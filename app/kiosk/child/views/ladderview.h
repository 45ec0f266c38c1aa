#pragma once

#include "child/views/choicegridview.h"

namespace heard {

/// The 0-10 ladder: a row of numbered steps with what each end means underneath, at its end of
/// the scale whichever way the screen runs. The numbers are not read aloud one by one.
class LadderView final : public ChoiceGridView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LadderView)

public:
    LadderView(const Question &question, const ViewSettings &settings,
               const QuestionViewState &state, QWidget *parent = nullptr);

    QList<Utterance> utterances() const override;

protected:
    QString tileWords(const Choice &choice) const override;
    QString tileDescription(int index) const override;
    int gridSpacing() const override { return 8; }
    int maxPerRow() const override { return 11; }
    void addUnderGrid(QWidget *grid) override;
};

} // namespace heard
