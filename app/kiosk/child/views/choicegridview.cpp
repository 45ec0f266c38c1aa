#include "child/views/choicegridview.h"

#include "child/choicebutton.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace heard {

ChoiceGridView::ChoiceGridView(const Question &question, const ViewSettings &settings,
                               const QuestionViewState &state, QWidget *parent)
    : QuestionView(question, settings, state, parent)
{
    build();
}

ChoiceGridView::ChoiceGridView(const Question &question, const ViewSettings &settings,
                               const QuestionViewState &state, QWidget *parent, Build)
    : QuestionView(question, settings, state, parent)
{
}

QList<Utterance> ChoiceGridView::utterances() const
{
    QList<Utterance> items = QuestionView::utterances();
    for (const Choice &c : m_question.choices)
        items.append({ c.audio, tileWords(c) });
    return items;
}

QString ChoiceGridView::tileWords(const Choice &choice) const
{
    return text(choice.label);
}

QString ChoiceGridView::tilePicture(const Choice &choice) const
{
    return choice.image;
}

QString ChoiceGridView::tileDescription(int index) const
{
    Q_UNUSED(index)
    return questionKindTraits(m_question.kind).answer == AnswerShape::ManyChoices
        ? tr("Choose as many as fit, then Next")
        : tr("Answer");
}

void ChoiceGridView::build()
{
    const Question &q = m_question;
    QVBoxLayout *into = column();
    into->addWidget(buildHeader());
    into->addStretch();

    const QSize size = tileSize();
    const bool multiple = questionKindTraits(q.kind).answer == AnswerShape::ManyChoices;
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(gridSpacing());
    // Reflow rather than scroll sideways: at 200% text a row holds fewer answers.
    const int spacing = grid->spacing();
    const int fits = qMax(1, (m_settings.availableWidth - 80 + spacing) / (size.width() + spacing));
    const int perRow = qMin(fits, maxPerRow());
    for (int i = 0; i < q.choices.size(); ++i) {
        const Choice &c = q.choices.at(i);
        const QString words = tileWords(c);
        auto *b = new ChoiceButton(words, m_settings.picture(tilePicture(c)), QString());
        b->setObjectName(QStringLiteral("choice_") + c.code);
        b->setButtonSize(size);
        b->setHighContrast(m_settings.profile.highContrast);
        b->setCheckable(true);
        b->setAccessibleDescription(tileDescription(i));
        if (m_state.before)
            b->setChecked(m_state.before->codes.contains(c.code));
        const QString code = c.code;
        if (!multiple) {
            connect(b, &ChoiceButton::clicked, this,
                    [this, code] { Q_EMIT answered(ViewAnswer::choice(code)); });
        }
        m_tiles.append({ b, code });
        if (m_settings.profile.audio != PresentationProfile::Audio::Off && tileSpeakers()) {
            // The speaker sits in the answer's corner: hearing a word never costs a row of screen.
            QWidget *listen = speakerButton(words, c.audio, words);
            listen->setObjectName(QStringLiteral("speaker_") + c.code);
            listen->setParent(b);
            // In the top corner at the end of the reading direction (top left in Arabic).
            listen->move(isRightToLeft() ? 8 : size.width() - listen->width() - 8, 8);
            b->setTextInset(listen->width() + 4);
        }
        grid->addWidget(b, i / perRow, i % perRow);
    }
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addWidget(box);
    centre->addStretch();
    into->addLayout(centre);
    addUnderGrid(box);
    into->addSpacing(4);
    into->addWidget(buildSpecials(size));

    if (multiple)
        into->addWidget(buildNavigation(true, [this] { submitChecked(); }));
    else
        into->addWidget(buildNavigation(m_state.before.has_value(),
                                        [this] { Q_EMIT answered(ViewAnswer::next()); }));
    into->addStretch();
}

void ChoiceGridView::submitChecked()
{
    QStringList codes;
    for (const auto &[button, code] : std::as_const(m_tiles))
        if (button->isChecked())
            codes.append(code);
    if (codes.isEmpty())
        return;
    Q_EMIT answered(ViewAnswer::choices(codes));
}

} // namespace heard
