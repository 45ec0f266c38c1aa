#include "child/views/questionview.h"

#include "child/choicebutton.h"
#include "child/numbers.h"
#include "child/picturewords.h"
#include "child/speakerbutton.h"
#include "child/svgpicture.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace heard {

namespace {

QString specialGlyph(SpecialAnswer s)
{
    switch (s) {
    case SpecialAnswer::DontKnow:
        return QStringLiteral("?");
    case SpecialAnswer::RatherNotSay:
        return QStringLiteral("\u2026"); // …
    case SpecialAnswer::Skip:
        return QStringLiteral("\u00bb"); // »
    }
    return {};
}

} // namespace

QuestionView::QuestionView(const Question &question, const ViewSettings &settings,
                           const QuestionViewState &state, QWidget *parent)
    : QWidget(parent)
    , m_question(question)
    , m_settings(settings)
    , m_state(state)
{
    setObjectName(QStringLiteral("screen"));
    // The style sheet paints plain QWidgets' backgrounds itself, subclasses only when asked.
    setAttribute(Qt::WA_StyledBackground, true);
    // Set before anything is built: the answers' corners follow the reading direction.
    setLayoutDirection(m_settings.direction());
    m_column = new QVBoxLayout(this);
    m_column->setSpacing(8);
}

QuestionView::~QuestionView() = default;

QList<Utterance> QuestionView::utterances() const
{
    return { { m_question.audio, text(m_question.prompt) } };
}

QWidget *QuestionView::speakerButton(const QString &what, const QString &audioKey,
                                     const QString &words)
{
    return new SpeakerButton(what, audioKey, words, m_settings.speaker, m_settings.minimumTarget,
                             m_settings.profile.highContrast,
                             m_settings.profile.audio != PresentationProfile::Audio::Off);
}

QSize QuestionView::tileSize() const
{
    const Question &q = m_question;
    const int scale = m_settings.textScale();
    const int min = m_settings.minimumTarget;
    bool pictures = q.kind == QuestionKind::Faces || q.kind == QuestionKind::YesNo;
    for (const Choice &c : q.choices)
        pictures = pictures || !c.image.isEmpty();
    QSize s;
    if (q.kind == QuestionKind::Ladder)
        s = QSize(92, 92);
    else if (m_settings.young)
        s = QSize(220, 210);
    else if (pictures)
        s = QSize(240, 180);
    else
        s = QSize(230, 110);
    // Many answers (three rows with the special answers) at normal text size: lower tiles so the
    // whole question, and Next, fit on one screen without scrolling. Specials shrink alike.
    if (q.kind != QuestionKind::Ladder && scale <= 125) {
        const int perRow = m_settings.young ? 3 : 4;
        int specials = 0;
        for (SpecialAnswer a :
             { SpecialAnswer::DontKnow, SpecialAnswer::RatherNotSay, SpecialAnswer::Skip })
            specials += q.offers(a);
        const int rows
            = (int(q.choices.size()) + perRow - 1) / perRow + (specials + perRow - 1) / perRow;
        if (rows >= 3)
            s.setHeight(s.height() * 3 / 4);
    }
    // Tiles grow half as fast as the text: the words inside wrap, and more answers stay on screen.
    s = s * (100 + (scale - 100) / 2) / 100;
    return s.expandedTo(QSize(min, min));
}

QWidget *QuestionView::buildHeader()
{
    const Question &q = m_question;
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    const QString pic = m_settings.picture(q.image);
    if (!pic.isEmpty()) {
        auto *svg = new SvgPicture(pic);
        const int side = (m_settings.young ? 130 : 110) * m_settings.textScale() / 100;
        svg->setFixedSize(side, side);
        svg->setAccessibleName(tr("Picture for the question"));
        svg->setAccessibleDescription(PictureWords::describe(pic));
        row->addWidget(svg, 0, Qt::AlignTop);
    }
    auto *col = new QVBoxLayout;
    auto *prompt = new QLabel(keepNumbersWhole(text(q.prompt)));
    prompt->setObjectName(QStringLiteral("prompt"));
    prompt->setWordWrap(true);
    prompt->setAccessibleName(text(q.prompt));
    prompt->setAccessibleDescription(tr("The question"));
    col->addWidget(prompt);
    const QString help = text(q.help);
    if (!help.isEmpty()) {
        auto *h = new QLabel(keepNumbersWhole(help));
        h->setObjectName(QStringLiteral("help"));
        h->setWordWrap(true);
        h->setAccessibleName(help);
        h->setAccessibleDescription(tr("Help with the question"));
        col->addWidget(h);
    }
    row->addLayout(col, 1);
    QWidget *listen = speakerButton(tr("the question"), q.audio, text(q.prompt) + u' ' + help);
    listen->setObjectName(QStringLiteral("speaker_prompt"));
    row->addWidget(listen, 0, Qt::AlignTop);
    return header;
}

QWidget *QuestionView::buildSpecials(QSize size)
{
    const Question &q = m_question;
    const bool ladder = q.kind == QuestionKind::Ladder;
    auto *box = new QWidget;
    auto *outerRow = new QHBoxLayout(box);
    outerRow->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    outerRow->addStretch();
    outerRow->addLayout(grid);
    outerRow->addStretch();
    const int cell = (ladder ? qMax(size.width(), 220) : size.width()) + 16;
    const int perRow = qMax(1, (m_settings.availableWidth - 80) / cell);
    int placed = 0;
    const struct
    {
        SpecialAnswer answer;
        QString words;
        QString describe;
    } specials[] = {
        { SpecialAnswer::DontKnow, tr("I don't know"), tr("Choose this if you are not sure") },
        { SpecialAnswer::RatherNotSay, tr("I'd rather not say"),
          tr("Choose this if you don't want to answer") },
        { SpecialAnswer::Skip, tr("Skip"), tr("Go to the next question without answering") },
    };
    for (const auto &s : specials) {
        if (!q.offers(s.answer))
            continue;
        // Ladder answers are numbers without pictures; their special answers match them.
        const QString pic = ladder
            ? QString()
            : m_settings.picture(
                QStringLiteral("pictures/specials/%1.svg").arg(specialAnswerCode(s.answer)));
        auto *b = new ChoiceButton(s.words, pic, ladder ? QString() : specialGlyph(s.answer));
        b->setObjectName(QStringLiteral("special_") + specialAnswerCode(s.answer));
        b->setButtonSize(ladder ? QSize(qMax(size.width(), 220), size.height()) : size);
        b->setHighContrast(m_settings.profile.highContrast);
        b->setAccessibleDescription(s.describe);
        b->setCheckable(true);
        b->setChecked(m_state.before && m_state.before->special == s.answer);
        const SpecialAnswer answer = s.answer;
        connect(b, &ChoiceButton::clicked, this,
                [this, answer] { Q_EMIT answered(ViewAnswer::specialAnswer(answer)); });
        grid->addWidget(b, placed / perRow, placed % perRow);
        ++placed;
    }
    return box;
}

QWidget *QuestionView::buildNavigation(bool withNext, std::function<void()> next)
{
    auto *nav = new QWidget;
    auto *row = new QHBoxLayout(nav);
    row->setContentsMargins(0, 0, 0, 0);
    const int h = m_settings.minimumTarget + 16;
    if (m_state.canGoBack) {
        auto *back = new QPushButton(tr("Back"));
        back->setObjectName(QStringLiteral("back"));
        back->setMinimumSize(h * 3, h);
        back->setAccessibleName(back->text());
        back->setAccessibleDescription(tr("Go back to change an answer"));
        connect(back, &QPushButton::clicked, this, &QuestionView::backRequested);
        row->addWidget(back);
    }
    row->addStretch();
    if (withNext) {
        const bool assent = m_question.role == InfoRole::Assent;
        auto *b = new QPushButton(assent ? tr("OK") : tr("Next"));
        b->setObjectName(QStringLiteral("next"));
        b->setProperty("role", QStringLiteral("next"));
        b->setMinimumSize(h * 3, h);
        b->setAccessibleName(b->text());
        b->setAccessibleDescription(assent ? tr("I understand, carry on")
                                           : tr("Go to the next screen"));
        connect(b, &QPushButton::clicked, this, std::move(next));
        row->addWidget(b);
    }
    return nav;
}

} // namespace heard
