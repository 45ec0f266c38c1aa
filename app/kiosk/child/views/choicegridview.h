#pragma once

#include "child/views/questionview.h"

namespace heard {

class ChoiceButton;

/// Answers as a grid of big tiles: single and multiple choice, faces and frequency as they are,
/// yes/no and the ladder through the hooks below. One tap answers; multiple choice collects
/// taps until Next.
class ChoiceGridView : public QuestionView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceGridView)

public:
    ChoiceGridView(const Question &question, const ViewSettings &settings,
                   const QuestionViewState &state, QWidget *parent = nullptr);

    QList<Utterance> utterances() const override;

protected:
    enum class Build { ByCaller };
    /// For subclasses: builds nothing, so the subclass's hooks are in place when it calls build().
    ChoiceGridView(const Question &question, const ViewSettings &settings,
                   const QuestionViewState &state, QWidget *parent, Build);
    void build();

    /// The words on a tile (and what reading aloud says for it).
    virtual QString tileWords(const Choice &choice) const;
    /// The tile's picture, relative to the assets directory (may be empty).
    virtual QString tilePicture(const Choice &choice) const;
    virtual QString tileDescription(int index) const;
    /// A speaker on each tile unless the kind's choices are not spoken one by one (the ladder).
    bool tileSpeakers() const
    {
        return questionKindTraits(m_question.kind).speech != ChoiceSpeech::Silent;
    }
    virtual int gridSpacing() const { return 16; }
    virtual int maxPerRow() const { return m_settings.young ? 3 : 4; }
    /// Room for what belongs under the tiles (the ladder's end labels); @p grid is the tiles.
    virtual void addUnderGrid(QWidget *grid) { Q_UNUSED(grid) }

private:
    void submitChecked();

    QList<QPair<ChoiceButton *, QString>> m_tiles;
};

} // namespace heard
