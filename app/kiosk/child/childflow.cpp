#include "child/childflow.h"

#include "audio/speaker.h"
#include "child/choicebutton.h"
#include "child/numbers.h"
#include "child/progressrow.h"
#include "child/svgpicture.h"
#include "child/theme.h"
#include "util/errorcode.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedLayout>
#include <QSvgRenderer>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>

namespace heard {

namespace {

// Engine codes that mean "this answer does not fit", as opposed to "it could not be kept".
bool isValidationCode(const QString &code)
{
    static const QStringList codes {
        ErrorCode::NotInProgress,  ErrorCode::WrongKind, ErrorCode::UnknownChoice,
        ErrorCode::EmptyAnswer,    ErrorCode::TooLong,   ErrorCode::Withheld,
        ErrorCode::AlreadyStarted, ErrorCode::AtStart,   ErrorCode::InvalidOutcome,
    };
    return codes.contains(code);
}

const char speakerSvg[] = R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">
<path d="M6 18h9l12-10v32L15 30H6z" fill="#1a1a1a"/>
<path d="M32 16c4 4 4 12 0 16M37 11c7 7 7 19 0 26" stroke="#1a1a1a" stroke-width="4" fill="none" stroke-linecap="round"/></svg>)";

QIcon speakerIcon(bool highContrast)
{
    QByteArray svg(speakerSvg);
    if (highContrast)
        svg.replace("#1a1a1a", "#ffff00");
    QSvgRenderer renderer(svg);
    QPixmap pm(96, 96);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    renderer.render(&p);
    return QIcon(pm);
}

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

ChildFlow::ChildFlow(const Survey &survey, const SessionInfo &info,
                     const PresentationProfile &profile, AnswerSink &sink,
                     const ChildFlowOptions &options, QWidget *parent)
    : QWidget(parent)
    , m_survey(survey)
    , m_profile(profile)
    , m_options(options)
    , m_engine(std::make_unique<SessionEngine>(survey, info, profile, sink))
    , m_language(info.language.isEmpty() ? survey.defaultLanguage() : info.language)
    , m_young(survey.ageBand == QLatin1String("4-7"))
{
    // The kiosk's own words follow the child's language (survey text comes from the survey).
    m_translator = new QTranslator(this);
    if (m_translator->load(QStringLiteral(":/i18n/heard_kiosk_") + m_language))
        QCoreApplication::installTranslator(m_translator);
    setObjectName(QStringLiteral("childFlow"));
    setAccessibleName(tr("Survey"));
    setAccessibleDescription(localized(survey.title, m_language, survey.defaultLanguage()));
    if (m_language == QLatin1String("ar") || m_language == QLatin1String("fa")
        || m_language == QLatin1String("ps") || m_language == QLatin1String("ckb"))
        setLayoutDirection(Qt::RightToLeft);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 10, 16, 10);
    outer->setSpacing(8);

    // Always on screen: progress, "I want to talk to someone", pause and stop.
    auto *bar = new QHBoxLayout;
    m_progress = new ProgressRow(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    if (m_profile.textScalePercent > 125)
        outer->addWidget(m_progress); // large text: the buttons need the whole top row
    else
        bar->addWidget(m_progress, 1);
    m_talk = new QPushButton(tr("I want to talk to someone"), this);
    m_talk->setObjectName(QStringLiteral("talk"));
    m_talk->setIcon(QIcon(picture(QStringLiteral("pictures/topics/talk.svg"))));
    m_talk->setAccessibleName(m_talk->text());
    m_talk->setAccessibleDescription(
        tr("Tells the grown-up you want to talk, without showing any answer"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("pause"));
    m_pause->setAccessibleName(m_pause->text());
    m_pause->setAccessibleDescription(tr("Hides the question until you carry on"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setAccessibleName(m_stop->text());
    m_stop->setAccessibleDescription(tr("Stop the survey; your answers so far are kept"));
    for (QPushButton *b : { m_talk, m_pause, m_stop }) {
        b->setProperty("role", QStringLiteral("bar"));
        bar->addWidget(b);
    }
    outer->addLayout(bar);
    m_audioNote = new QLabel(this);
    m_audioNote->setObjectName(QStringLiteral("audioUnavailable"));
    m_audioNote->setAccessibleName(tr("Sound"));
    m_audioNote->setAccessibleDescription(tr("Sound is not working on this tablet"));
    m_audioNote->hide();
    outer->addWidget(m_audioNote);
    if (m_options.speaker) {
        connect(m_options.speaker, &Speaker::unavailable, this, [this] {
            // Said once, calmly: the words are all on screen anyway.
            m_audioNote->setText(
                tr("Sound is not working on this tablet. You can read the words."));
            m_audioNote->show();
        });
    }
    connect(m_talk, &QPushButton::clicked, this, &ChildFlow::askTalk);
    connect(m_pause, &QPushButton::clicked, this, &ChildFlow::pause);
    connect(m_stop, &QPushButton::clicked, this, &ChildFlow::askStop);

    m_stack = new QStackedLayout;
    outer->addLayout(m_stack, 1);

    m_idleWarn = new QTimer(this);
    m_idleWarn->setSingleShot(true);
    m_idleWarn->setInterval(m_options.idleWarnMs);
    connect(m_idleWarn, &QTimer::timeout, this, &ChildFlow::showStillThere);
    m_idleStop = new QTimer(this);
    m_idleStop->setSingleShot(true);
    m_idleStop->setInterval(m_options.idleStopMs);
    connect(m_idleStop, &QTimer::timeout, this, &ChildFlow::idleTimeout);
    m_scan = new QTimer(this);
    m_scan->setInterval(qMax(500, m_profile.scanIntervalMs));
    connect(m_scan, &QTimer::timeout, this, &ChildFlow::scanNext);

    connect(m_engine.get(), &SessionEngine::currentChanged, this, &ChildFlow::showQuestion);
    connect(m_engine.get(), &SessionEngine::finished, this, &ChildFlow::onFinished);
    qApp->installEventFilter(this);
    applyLook();
}

ChildFlow::~ChildFlow()
{
    qApp->removeEventFilter(this);
    QCoreApplication::removeTranslator(m_translator);
    if (m_options.speaker) {
        m_options.speaker->stop();
        m_options.speaker->clear();
    }
}

Result<void> ChildFlow::start()
{
    Result<void> r = m_engine->start();
    if (r.ok()) {
        restartIdle();
        if (m_profile.switchScanning)
            m_scan->start();
    }
    return r;
}

int ChildFlow::minimumTarget() const
{
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    const qreal dpi = s ? s->physicalDotsPerInch() : 96.0;
    const int nineMm = qCeil(9.0 * dpi / 25.4);
    const int base = qMax(48, nineMm);
    return base * qMax(100, m_profile.textScalePercent) / 100;
}

QString ChildFlow::text(const LocalizedText &t) const
{
    return localized(t, m_language, m_survey.defaultLanguage());
}

QString ChildFlow::picture(const QString &relative) const
{
    if (relative.isEmpty())
        return {};
    return QDir(m_options.assetsDir).filePath(relative);
}

QString ChildFlow::pictureWords(const QString &path) const
{
    // What a picture shows, in the child's language (a file name is neither words nor translated).
    const QString name = QFileInfo(path).baseName();
    if (name == QLatin1String("delete_answers"))
        return tr("A sheet of answers torn up and going into a bin");
    if (name == QLatin1String("keep_answers"))
        return tr("A sheet of answers kept safe in a box");
    if (name == QLatin1String("skip_stop"))
        return tr("A carry on sign and a stop sign");
    if (name == QLatin1String("thanks"))
        return tr("A heart that says thank you");
    if (name == QLatin1String("talk"))
        return tr("People talking");
    return tr("A picture to go with the words");
}

QSize ChildFlow::choiceSize(const Question &q) const
{
    const int scale = qMax(100, m_profile.textScalePercent);
    const int min = minimumTarget();
    bool pictures = q.kind == QuestionKind::Faces || q.kind == QuestionKind::YesNo;
    for (const Choice &c : q.choices)
        pictures = pictures || !c.image.isEmpty();
    QSize s;
    if (q.kind == QuestionKind::Ladder)
        s = QSize(92, 92);
    else if (m_young)
        s = QSize(220, 210);
    else if (pictures)
        s = QSize(240, 180);
    else
        s = QSize(230, 110);
    // Many answers (three rows with the special answers) at normal text size: lower tiles so the
    // whole question, and Next, fit on one screen without scrolling. Specials shrink alike.
    if (q.kind != QuestionKind::Ladder && scale <= 125) {
        const int perRow = m_young ? 3 : 4;
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

void ChildFlow::applyLook()
{
    const int scale = qMax(100, m_profile.textScalePercent);
    const int px = (m_young ? 30 : 24) * scale / 100;
    const int barHeight = minimumTarget() + 8;
    for (QPushButton *b : { m_talk, m_pause, m_stop }) {
        b->setMinimumHeight(barHeight);
        b->setIconSize(QSize(barHeight - 16, barHeight - 16));
    }
    m_progress->setHighContrast(m_profile.highContrast);
    m_progress->setFixedHeight(barHeight);
    // Sizes live in the style sheet (it overrides setFont), so text scaling reaches every widget.
    const QString css = Theme::forProfile(m_profile.highContrast).styleSheet(px);
    setStyleSheet(css);
    setAutoFillBackground(true);
}

QPushButton *ChildFlow::speakerButton(const QString &what, const QString &key, const QString &words)
{
    auto *b = new QPushButton;
    b->setIcon(speakerIcon(m_profile.highContrast));
    const int side = minimumTarget();
    b->setFixedSize(side + 8, side + 8);
    b->setIconSize(QSize(side - 12, side - 12));
    b->setAccessibleName(tr("Listen: %1").arg(what));
    b->setAccessibleDescription(tr("Reads this aloud"));
    b->setToolTip(b->accessibleName());
    b->setVisible(m_profile.audio != PresentationProfile::Audio::Off);
    connect(b, &QPushButton::clicked, this, [this, key, words] {
        if (m_options.speaker)
            m_options.speaker->play({ { key, words } });
    });
    return b;
}

QWidget *ChildFlow::buildHeader(const Question &q)
{
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    const QString pic = picture(q.image);
    if (!pic.isEmpty() && q.kind != QuestionKind::Info) {
        auto *svg = new SvgPicture(pic);
        const int side = (m_young ? 130 : 110) * qMax(100, m_profile.textScalePercent) / 100;
        svg->setFixedSize(side, side);
        svg->setAccessibleName(tr("Picture for the question"));
        svg->setAccessibleDescription(pictureWords(pic));
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
    auto *listen = speakerButton(tr("the question"), q.audio, text(q.prompt) + u' ' + help);
    listen->setObjectName(QStringLiteral("speaker_prompt"));
    row->addWidget(listen, 0, Qt::AlignTop);
    return header;
}

QWidget *ChildFlow::buildSpecials(const Question &q, QSize size)
{
    auto *box = new QWidget;
    auto *outerRow = new QHBoxLayout(box);
    outerRow->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    outerRow->addStretch();
    outerRow->addLayout(grid);
    outerRow->addStretch();
    const int cell = (q.kind == QuestionKind::Ladder ? qMax(size.width(), 220) : size.width()) + 16;
    const int perRow = qMax(1, (width() - 80) / cell);
    int placed = 0;
    const std::optional<AnswerRecord> before = m_engine->answerFor(q.id);
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
        const QString pic = q.kind == QuestionKind::Ladder
            ? QString()
            : picture(QStringLiteral("pictures/specials/%1.svg").arg(specialAnswerCode(s.answer)));
        auto *b = new ChoiceButton(
            s.words, pic, q.kind == QuestionKind::Ladder ? QString() : specialGlyph(s.answer));
        b->setObjectName(QStringLiteral("special_") + specialAnswerCode(s.answer));
        b->setButtonSize(
            q.kind == QuestionKind::Ladder ? QSize(qMax(size.width(), 220), size.height()) : size);
        b->setHighContrast(m_profile.highContrast);
        b->setAccessibleDescription(s.describe);
        b->setCheckable(true);
        b->setChecked(before && before->special == s.answer);
        const SpecialAnswer answer = s.answer;
        connect(b, &ChoiceButton::clicked, this, [this, answer] {
            act([this, answer] { return m_engine->answerSpecial(answer); });
        });
        grid->addWidget(b, placed / perRow, placed % perRow);
        ++placed;
    }
    return box;
}

void ChildFlow::buildChoices(const Question &q, QVBoxLayout *into)
{
    const QSize size = choiceSize(q);
    const std::optional<AnswerRecord> before = m_engine->answerFor(q.id);
    const bool multiple = q.kind == QuestionKind::MultipleChoice;
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(q.kind == QuestionKind::Ladder ? 8 : 16);
    QList<ChoiceButton *> buttons;
    // Reflow rather than scroll sideways: at 200% text a row holds fewer answers.
    const int spacing = grid->spacing();
    const int fits = qMax(1, (width() - 80 + spacing) / (size.width() + spacing));
    const int perRow = qMin(fits, q.kind == QuestionKind::Ladder ? 11 : (m_young ? 3 : 4));
    for (int i = 0; i < q.choices.size(); ++i) {
        const Choice &c = q.choices.at(i);
        QString words = text(c.label);
        QString image = c.image;
        QString glyph;
        if (q.kind == QuestionKind::YesNo) {
            words = c.code == QLatin1String("yes") ? tr("Yes") : tr("No");
            image = QStringLiteral("pictures/symbols/%1.svg").arg(c.code);
        } else if (q.kind == QuestionKind::Ladder) {
            words = c.code;
        }
        auto *b = new ChoiceButton(words, picture(image), glyph);
        b->setObjectName(QStringLiteral("choice_") + c.code);
        b->setButtonSize(size);
        b->setHighContrast(m_profile.highContrast);
        b->setCheckable(true);
        QString describe = multiple ? tr("Choose as many as fit, then Next") : tr("Answer");
        if (q.kind == QuestionKind::Ladder) {
            if (i == 0)
                describe = text(q.lowLabel);
            else if (i == q.choices.size() - 1)
                describe = text(q.highLabel);
            else
                describe = tr("%1 out of 10").arg(c.code);
        }
        b->setAccessibleDescription(describe);
        if (before)
            b->setChecked(before->codes.contains(c.code));
        const QString code = c.code;
        if (!multiple) {
            connect(b, &ChoiceButton::clicked, this,
                    [this, code] { act([this, code] { return m_engine->answerChoice(code); }); });
        }
        buttons.append(b);
        if (m_profile.audio != PresentationProfile::Audio::Off && q.kind != QuestionKind::Ladder) {
            // The speaker sits in the answer's corner: hearing a word never costs a row of screen.
            auto *listen = speakerButton(words, c.audio, words);
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

    if (q.kind == QuestionKind::Ladder) {
        auto *ends = new QHBoxLayout;
        auto *low = new QLabel(QStringLiteral("0 = ") + text(q.lowLabel));
        auto *high = new QLabel(QStringLiteral("10 = ") + text(q.highLabel));
        low->setObjectName(QStringLiteral("lowLabel"));
        high->setObjectName(QStringLiteral("highLabel"));
        for (QLabel *l : { low, high }) {
            l->setAccessibleName(l->text());
            l->setAccessibleDescription(tr("What the end of the scale means"));
            l->setWordWrap(true);
        }
        // Each end label sits under its end of the scale, whichever way the screen runs.
        const bool rtl = layoutDirection() == Qt::RightToLeft;
        low->setAlignment((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute
                          | Qt::AlignVCenter);
        high->setAlignment((rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute
                           | Qt::AlignVCenter);
        ends->addWidget(low, 1);
        ends->addWidget(high, 1);
        auto *holder = new QWidget;
        holder->setLayout(ends);
        holder->setFixedWidth(box->sizeHint().width());
        auto *c2 = new QHBoxLayout;
        c2->addStretch();
        c2->addWidget(holder);
        c2->addStretch();
        into->addLayout(c2);
    }
    into->addSpacing(4);
    into->addWidget(buildSpecials(q, size));

    if (multiple) {
        auto next = [this, buttons, q] {
            QStringList codes;
            for (ChoiceButton *b : buttons)
                if (b->isChecked())
                    codes.append(b->objectName().mid(7));
            if (codes.isEmpty())
                return;
            act([this, codes] { return m_engine->answerChoices(codes); });
        };
        into->addWidget(buildNavigation(q, true, next));
    } else {
        into->addWidget(buildNavigation(q, before.has_value(),
                                        [this] { act([this] { return m_engine->next(); }); }));
    }
}

void ChildFlow::buildFreeText(const Question &q, QVBoxLayout *into)
{
    const QString reminder = text(q.reminder);
    if (!reminder.isEmpty()) {
        auto *r = new QLabel(reminder);
        r->setObjectName(QStringLiteral("reminder"));
        r->setWordWrap(true);
        r->setAccessibleName(reminder);
        r->setAccessibleDescription(tr("Reminder"));
        into->addWidget(r);
    }
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QStringLiteral("freetext"));
    edit->setAccessibleName(tr("Your words"));
    edit->setAccessibleDescription(tr("Optional. You can leave it blank."));
    edit->setMinimumHeight(minimumTarget() * 3);
    edit->setUndoRedoEnabled(false); // nothing of one child's typing may be recoverable later
    if (const auto before = m_engine->answerFor(q.id))
        edit->setPlainText(before->freeText);
    into->addWidget(edit, 1);
    into->addWidget(buildSpecials(q, choiceSize(q)));
    into->addWidget(buildNavigation(q, true, [this, edit, q] {
        const QString typed = edit->toPlainText();
        if (typed.trimmed().isEmpty()) {
            if (q.offers(SpecialAnswer::Skip))
                act([this] { return m_engine->answerSpecial(SpecialAnswer::Skip); });
            else
                act([this] { return m_engine->next(); });
            return;
        }
        act([this, typed] { return m_engine->answerText(typed); });
    }));
}

void ChildFlow::buildInfo(const Question &q, QVBoxLayout *into)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    const QString pic = picture(q.image);
    if (!pic.isEmpty()) {
        auto *svg = new SvgPicture(pic);
        const int side = qMin(340, 280 * qMax(100, m_profile.textScalePercent) / 100);
        svg->setFixedSize(side, side);
        svg->setAccessibleName(tr("Picture"));
        svg->setAccessibleDescription(pictureWords(pic));
        row->addWidget(svg, 0, Qt::AlignVCenter);
    }
    QString words = text(q.prompt);
    if (q.role == InfoRole::Help && !m_options.advocacyContact.isEmpty())
        words += QStringLiteral("\n\n") + tr("Your advocate: %1").arg(m_options.advocacyContact);
    auto *label = new QLabel(keepNumbersWhole(words));
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setAccessibleName(words);
    label->setAccessibleDescription(tr("Information"));
    row->addWidget(label, 1);
    auto *listen = speakerButton(tr("this page"), q.audio, words);
    listen->setObjectName(QStringLiteral("speaker_prompt"));
    row->addWidget(listen, 0, Qt::AlignTop);
    into->addStretch();
    into->addLayout(row);
    into->addStretch();
    into->addWidget(buildNavigation(q, true, [this] { act([this] { return m_engine->next(); }); }));
}

QWidget *ChildFlow::buildNavigation(const Question &q, bool withNext, std::function<void()> next)
{
    auto *nav = new QWidget;
    auto *row = new QHBoxLayout(nav);
    row->setContentsMargins(0, 0, 0, 0);
    const int h = minimumTarget() + 16;
    if (m_engine->canGoBack()) {
        auto *back = new QPushButton(tr("Back"));
        back->setObjectName(QStringLiteral("back"));
        back->setMinimumSize(h * 3, h);
        back->setAccessibleName(back->text());
        back->setAccessibleDescription(tr("Go back to change an answer"));
        connect(back, &QPushButton::clicked, this,
                [this] { act([this] { return m_engine->back(); }); });
        row->addWidget(back);
    }
    row->addStretch();
    if (withNext) {
        const bool assent = q.role == InfoRole::Assent;
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

void ChildFlow::showQuestion(const Question *question)
{
    if (!question)
        return;
    if (m_screen) {
        m_stack->removeWidget(m_screen);
        m_screen->hide();
        m_screen->deleteLater();
    }
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Question"));
    scroll->setAccessibleDescription(tr("One question"));
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("screen"));
    auto *col = new QVBoxLayout(page);
    col->setSpacing(8);
    if (question->kind == QuestionKind::Info) {
        buildInfo(*question, col);
    } else {
        col->addWidget(buildHeader(*question));
        col->addStretch();
        if (question->kind == QuestionKind::FreeText)
            buildFreeText(*question, col);
        else
            buildChoices(*question, col);
        col->addStretch();
    }
    scroll->setWidget(page);
    m_screen = scroll;
    m_stack->addWidget(scroll);
    if (!m_overlay)
        m_stack->setCurrentWidget(scroll);
    m_progress->setProgress(m_engine->position(), m_engine->expectedTotal());
    // One star per part of the survey, the questions of this part as dots.
    for (int i = 0; i < m_survey.sections.size(); ++i) {
        const QList<Question> &qs = m_survey.sections.at(i).questions;
        for (int j = 0; j < qs.size(); ++j)
            if (qs.at(j).id == question->id)
                m_progress->setSections(i + 1, int(m_survey.sections.size()), j + 1,
                                        int(qs.size()));
    }
    // Before the first question, what the LA did about what children said last time.
    if (!m_laMessageShown && question->isAnswerable() && !m_options.laMessage.isEmpty()) {
        m_laMessageShown = true;
        showLaMessage();
        return;
    }
    if (m_profile.audio == PresentationProfile::Audio::AutoPlay)
        autoPlay(*question);
    else if (m_options.speaker)
        m_options.speaker->stop();
}

void ChildFlow::showLaMessage()
{
    auto *ok = new QPushButton(tr("OK"));
    ok->setObjectName(QStringLiteral("laMessageOk"));
    ok->setAccessibleDescription(tr("Go on to the questions"));
    connect(ok, &QPushButton::clicked, this, [this] {
        closeOverlay();
        const Question *q = m_engine->current();
        if (q && m_profile.audio == PresentationProfile::Audio::AutoPlay)
            autoPlay(*q);
    });
    const QString words = tr("Last time, children told us what they think. This is what happened:")
        + QStringLiteral("\n\n") + m_options.laMessage;
    showMessage(QStringLiteral("laMessage"),
                m_options.laMessagePicture.isEmpty()
                    ? picture(QStringLiteral("pictures/topics/my_say.svg"))
                    : m_options.laMessagePicture,
                words, { ok });
}

void ChildFlow::autoPlay(const Question &q)
{
    if (!m_options.speaker)
        return;
    QList<Utterance> items { { q.audio, text(q.prompt) } };
    for (const Choice &c : q.choices) {
        QString words = text(c.label);
        if (q.kind == QuestionKind::YesNo)
            words = c.code == QLatin1String("yes") ? tr("Yes") : tr("No");
        else if (q.kind == QuestionKind::Ladder)
            continue;
        items.append({ c.audio, words });
    }
    m_options.speaker->play(items);
}

void ChildFlow::act(std::function<Result<void>()> action)
{
    if (m_ended)
        return;
    const Result<void> r = action();
    if (r.ok() || isValidationCode(r.error().code))
        return;
    // The answer was not kept: the engine stays on this question. Calm words for the child, and
    // for the adult what happened (never the answer).
    const QString adult = tr("This answer could not be saved (%1). Earlier answers are safe. "
                             "Free some space or check the device, then try again, or stop.")
                              .arg(r.error().message);
    Q_EMIT storageProblem(adult);
    auto *o = new QWidget;
    o->setObjectName(QStringLiteral("storageProblem"));
    auto *col = new QVBoxLayout(o);
    auto *child = new QLabel(tr("Please hand the tablet back to the grown-up."));
    child->setObjectName(QStringLiteral("calmMessage"));
    child->setWordWrap(true);
    child->setAlignment(Qt::AlignCenter);
    child->setAccessibleName(child->text());
    child->setAccessibleDescription(tr("Message for you"));
    auto *forAdult = new QLabel(tr("For the grown-up: ") + adult);
    forAdult->setObjectName(QStringLiteral("adultMessage"));
    forAdult->setWordWrap(true);
    forAdult->setAccessibleName(forAdult->text());
    forAdult->setAccessibleDescription(tr("Message for the grown-up"));
    auto *retry = new QPushButton(tr("Try again"));
    retry->setObjectName(QStringLiteral("retry"));
    auto *stop = new QPushButton(tr("Stop the survey"));
    stop->setObjectName(QStringLiteral("stopAfterProblem"));
    for (QPushButton *b : { retry, stop }) {
        b->setMinimumHeight(minimumTarget() + 16);
        b->setAccessibleName(b->text());
        b->setAccessibleDescription(tr("For the grown-up"));
    }
    col->addStretch();
    col->addWidget(child);
    col->addSpacing(30);
    col->addWidget(forAdult);
    auto *row = new QHBoxLayout;
    row->addWidget(retry);
    row->addWidget(stop);
    col->addLayout(row);
    col->addStretch();
    connect(retry, &QPushButton::clicked, this, [this, action] {
        closeOverlay();
        act(action);
    });
    connect(stop, &QPushButton::clicked, this, [this] {
        closeOverlay();
        stopSession(SessionOutcome::Stopped);
    });
    showOverlay(o);
}

void ChildFlow::showOverlay(QWidget *overlay)
{
    if (m_overlay) {
        m_stack->removeWidget(m_overlay);
        m_overlay->hide();
        m_overlay->deleteLater();
    }
    m_overlay = overlay;
    m_stack->addWidget(overlay);
    m_stack->setCurrentWidget(overlay);
}

void ChildFlow::closeOverlay()
{
    if (m_overlay) {
        m_stack->removeWidget(m_overlay);
        m_overlay->hide();
        m_overlay->deleteLater();
    }
    if (m_screen)
        m_stack->setCurrentWidget(m_screen);
}

namespace {
QWidget *messagePage(const QString &name, const QString &picturePath, const QString &pictureWords,
                     const QString &words, QList<QPushButton *> buttons, int buttonHeight,
                     QPushButton *listen)
{
    auto *o = new QWidget;
    o->setObjectName(name);
    auto *col = new QVBoxLayout(o);
    col->addStretch();
    auto *row = new QHBoxLayout;
    if (!picturePath.isEmpty() && QFile::exists(picturePath)) {
        auto *svg = new SvgPicture(picturePath);
        svg->setFixedSize(220, 220);
        svg->setAccessibleName(QObject::tr("Picture"));
        svg->setAccessibleDescription(pictureWords);
        row->addWidget(svg);
    }
    auto *label = new QLabel(keepNumbersWhole(words));
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setAccessibleName(words);
    label->setAccessibleDescription(QObject::tr("Message"));
    row->addWidget(label, 1);
    if (listen)
        row->addWidget(listen, 0, Qt::AlignTop);
    col->addLayout(row);
    col->addSpacing(24);
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addStretch();
    for (QPushButton *b : buttons) {
        b->setMinimumSize(qMin(buttonHeight * 4, 330), buttonHeight);
        b->setAccessibleName(b->text());
        buttonsRow->addWidget(b);
        buttonsRow->addStretch();
    }
    col->addLayout(buttonsRow);
    col->addStretch();
    return o;
}
} // namespace

void ChildFlow::showMessage(const QString &name, const QString &picturePath, const QString &words,
                            QList<QPushButton *> buttons)
{
    // Every screen can be heard: a speaker for the message, and reading everything reads it too.
    QPushButton *listen = speakerButton(tr("this page"), QStringLiteral("kiosk_") + name, words);
    listen->setObjectName(QStringLiteral("speaker_message"));
    showOverlay(messagePage(name, picturePath, pictureWords(picturePath), words, buttons,
                            minimumTarget() + 16, listen));
    if (!m_options.speaker)
        return;
    if (m_profile.audio == PresentationProfile::Audio::AutoPlay) {
        QList<Utterance> items { { QStringLiteral("kiosk_") + name, words } };
        for (QPushButton *b : buttons)
            items.append({ QString(), b->text() });
        m_options.speaker->play(items);
    } else {
        m_options.speaker->stop();
    }
}

void ChildFlow::askStop()
{
    if (m_ended)
        return;
    // Stopping always asks first, and lets the child choose whether their answers are kept.
    auto *keep = new QPushButton(tr("Keep my answers"));
    keep->setObjectName(QStringLiteral("confirmStop"));
    keep->setIcon(QIcon(picture(QStringLiteral("pictures/screens/keep_answers.svg"))));
    keep->setAccessibleDescription(tr("Stop now; the answers you gave are kept"));
    auto *dontKeep = new QPushButton(tr("Don't keep my answers"));
    dontKeep->setObjectName(QStringLiteral("dontKeep"));
    dontKeep->setIcon(QIcon(picture(QStringLiteral("pictures/screens/delete_answers.svg"))));
    dontKeep->setAccessibleDescription(tr("Stop now and delete every answer you gave today"));
    auto *no = new QPushButton(tr("Carry on"));
    no->setObjectName(QStringLiteral("carryOn"));
    no->setAccessibleDescription(tr("Go back to the question"));
    // The pictures say it for children who do not read yet.
    for (QPushButton *b : { keep, dontKeep })
        b->setIconSize(QSize(minimumTarget() * 3 / 2, minimumTarget() * 3 / 2));
    connect(keep, &QPushButton::clicked, this, [this] { stopSession(SessionOutcome::Stopped); });
    connect(dontKeep, &QPushButton::clicked, this, &ChildFlow::askWithdraw);
    connect(no, &QPushButton::clicked, this, &ChildFlow::closeOverlay);
    showMessage(QStringLiteral("stopQuestion"),
                picture(QStringLiteral("pictures/screens/skip_stop.svg")),
                tr("Do you want to stop? That is fine.\n\n"
                   "You choose: we can keep the answers you gave, or not keep them."),
                { no, keep, dontKeep });
}

void ChildFlow::askWithdraw()
{
    if (m_ended)
        return;
    auto *yes = new QPushButton(tr("Yes, delete my answers"));
    yes->setObjectName(QStringLiteral("confirmWithdraw"));
    yes->setIcon(QIcon(picture(QStringLiteral("pictures/screens/delete_answers.svg"))));
    yes->setIconSize(QSize(minimumTarget() * 3 / 2, minimumTarget() * 3 / 2));
    yes->setAccessibleDescription(tr("Delete every answer you gave today and stop"));
    auto *back = new QPushButton(tr("No, go back"));
    back->setObjectName(QStringLiteral("notWithdraw"));
    back->setAccessibleDescription(tr("Go back to the choice"));
    connect(yes, &QPushButton::clicked, this, &ChildFlow::withdraw);
    connect(back, &QPushButton::clicked, this, &ChildFlow::askStop);
    showMessage(QStringLiteral("withdrawQuestion"),
                picture(QStringLiteral("pictures/screens/delete_answers.svg")),
                tr("If you don't want us to keep your answers, we will delete all the answers "
                   "you gave today. Nobody will see them, not even the grown-up. You will not "
                   "get into trouble.\n\nDo you want us to delete your answers?"),
                { back, yes });
}

void ChildFlow::withdraw()
{
    if (m_ended)
        return;
    // "I want to talk" is not an answer: the grown-up is still told at hand-back.
    const bool talk = m_engine->talkRequested();
    const Result<void> r = m_engine->withdraw();
    if (!r.ok()) {
        Q_EMIT storageProblem(tr("The child asked for their answers to be deleted, but they "
                                 "could not be deleted (%1). Try again from the child's screen.")
                                  .arg(r.error().message));
        auto *retry = new QPushButton(tr("Try again"));
        retry->setObjectName(QStringLiteral("retryWithdraw"));
        retry->setAccessibleDescription(tr("Try again to delete your answers"));
        connect(retry, &QPushButton::clicked, this, &ChildFlow::withdraw);
        showMessage(QStringLiteral("withdrawProblem"), QString(),
                    tr("Your answers are not deleted yet. Please ask the grown-up to help, "
                       "then try again."),
                    { retry });
        return;
    }
    m_withdrawn = true;
    m_talkAtWithdraw = talk;
    m_ended = true;
    m_outcome = SessionOutcome::Stopped;
    m_idleWarn->stop();
    m_idleStop->stop();
    m_scan->stop();
    showEndScreen();
}

void ChildFlow::askTalk()
{
    if (m_ended)
        return;
    m_engine->requestTalk();
    auto *carry = new QPushButton(tr("Carry on"));
    carry->setObjectName(QStringLiteral("carryOn"));
    carry->setAccessibleDescription(tr("Go back to the question"));
    auto *stop = new QPushButton(tr("Stop now"));
    stop->setObjectName(QStringLiteral("stopNow"));
    stop->setAccessibleDescription(tr("Choose whether your answers are kept, then stop"));
    connect(carry, &QPushButton::clicked, this, &ChildFlow::closeOverlay);
    connect(stop, &QPushButton::clicked, this,
            &ChildFlow::askStop); // keep or not: the child chooses
    showMessage(
        QStringLiteral("talkQuestion"), picture(QStringLiteral("pictures/topics/talk.svg")),
        tr("Thank you for telling us. When you give the tablet back, the grown-up will know you "
           "want to talk to someone. They will not see your answers.\n\n"
           "Do you want to carry on, or stop now?"),
        { carry, stop });
}

void ChildFlow::pause()
{
    if (m_ended)
        return;
    if (m_options.speaker)
        m_options.speaker->stop();
    auto *resume = new QPushButton(tr("Carry on"));
    resume->setObjectName(QStringLiteral("carryOn"));
    resume->setAccessibleDescription(tr("Show the question again"));
    connect(resume, &QPushButton::clicked, this, &ChildFlow::closeOverlay);
    // The question is hidden while paused, so nobody passing by sees it.
    showMessage(QStringLiteral("paused"), QString(), tr("Paused. Take your time."), { resume });
}

void ChildFlow::showStillThere()
{
    if (m_ended)
        return;
    auto *here = new QPushButton(tr("Yes, I'm here"));
    here->setObjectName(QStringLiteral("stillHere"));
    here->setAccessibleDescription(tr("Carry on with the survey"));
    connect(here, &QPushButton::clicked, this, &ChildFlow::closeOverlay);
    const QString words = tr("Are you still there?");
    showMessage(QStringLiteral("stillThere"),
                picture(QStringLiteral("pictures/screens/welcome.svg")), words, { here });
    // Said aloud whenever sound is on, not only when reading everything: the child may be away.
    if (m_options.speaker && m_profile.audio == PresentationProfile::Audio::OnTap)
        m_options.speaker->play({ { QStringLiteral("kiosk_still_there"), words } });
    m_idleStop->start();
}

void ChildFlow::idleTimeout()
{
    stopSession(SessionOutcome::TimedOut);
}

void ChildFlow::restartIdle()
{
    if (m_ended)
        return;
    m_idleStop->stop();
    m_idleWarn->start();
}

void ChildFlow::stopSession(SessionOutcome outcome)
{
    if (m_ended)
        return;
    m_outcome = outcome;
    if (m_engine->state() == SessionEngine::State::InProgress) {
        const Result<void> r = m_engine->stop(outcome);
        if (!r.ok()) // the summary could not be written; answers already kept stay kept
            Q_EMIT storageProblem(tr("The end of the session could not be saved (%1). "
                                     "The answers given are kept.")
                                      .arg(r.error().message));
    }
    if (!m_ended) { // onFinished did not run (the sink failed): end here anyway
        m_ended = true;
        if (outcome == SessionOutcome::TimedOut)
            Q_EMIT handBack(outcome, m_engine->talkRequested());
        else
            showEndScreen();
    }
}

void ChildFlow::onFinished(const SessionSummary &summary)
{
    m_ended = true;
    m_outcome = summary.outcome;
    m_idleWarn->stop();
    m_idleStop->stop();
    m_scan->stop();
    if (summary.outcome == SessionOutcome::TimedOut) {
        Q_EMIT handBack(summary.outcome, summary.askedToTalk);
        return;
    }
    showEndScreen();
}

void ChildFlow::showEndScreen()
{
    m_idleWarn->stop();
    m_idleStop->stop();
    if (m_screen) {
        m_stack->removeWidget(m_screen);
        m_screen->hide();
        m_screen->deleteLater();
    }
    QString words = m_withdrawn ? tr("Your answers have been deleted. Nobody will see them.")
            + QStringLiteral("\n\n") + tr("Thank you for your time.") + QStringLiteral("\n\n")
                                : tr("Thank you!") + QStringLiteral("\n\n");
    words += tr("If you want to talk to someone, you can call Childline free on 0800 1111, "
                "day or night.");
    if (!m_options.advocacyContact.isEmpty())
        words += QStringLiteral("\n") + tr("Your advocate: %1").arg(m_options.advocacyContact);
    if (!m_options.laMessage.isEmpty() && !m_withdrawn)
        words += QStringLiteral("\n\n")
            + tr("Last time, children told us what they think, and this happened: %1")
                  .arg(m_options.laMessage);
    auto *done = new QPushButton(tr("Give the tablet back to the grown-up"));
    done->setObjectName(QStringLiteral("handBack"));
    done->setAccessibleDescription(tr("Finish and hand back"));
    connect(done, &QPushButton::clicked, this,
            [this] { Q_EMIT handBack(m_outcome, m_engine->talkRequested() || m_talkAtWithdraw); });
    for (QPushButton *b : { m_talk, m_pause, m_stop })
        b->setVisible(b == m_talk);
    m_progress->setVisible(!m_withdrawn); // nothing of that walk is left to show
    if (!m_withdrawn) {
        m_progress->setProgress(m_engine->expectedTotal(), m_engine->expectedTotal());
        m_progress->setSections(int(m_survey.sections.size()) + 1, int(m_survey.sections.size()), 0,
                                0); // every star filled
    }
    showMessage(QStringLiteral("endScreen"), picture(QStringLiteral("pictures/screens/thanks.svg")),
                words, { done });
    // Asking to talk still works here: it is remembered for the hand-back.
    disconnect(m_talk, nullptr, this, nullptr);
    connect(m_talk, &QPushButton::clicked, this, [this] {
        m_engine->requestTalk();
        m_talk->setText(tr("The grown-up will know you want to talk"));
        m_talk->setAccessibleName(m_talk->text());
    });
}

void ChildFlow::scanNext()
{
    // Single-switch scanning: move the focus to the next control in turn; the switch (Space or
    // Enter) presses whatever is focused.
    QWidget *page = m_overlay ? m_overlay.data() : m_screen.data();
    if (!page)
        return;
    QList<QAbstractButton *> buttons;
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(page) && b->isEnabled())
            buttons.append(b);
    for (QPushButton *b : { m_talk, m_pause, m_stop })
        if (b->isVisible())
            buttons.append(b);
    if (buttons.isEmpty())
        return;
    const int at = buttons.indexOf(qobject_cast<QAbstractButton *>(QApplication::focusWidget()));
    buttons.at((at + 1) % buttons.size())->setFocus(Qt::TabFocusReason);
}

bool ChildFlow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_options.speaker && m_options.speaker->isPlaying()
            && m_profile.audio == PresentationProfile::Audio::AutoPlay)
            m_options.speaker->stop(); // any tap interrupts reading aloud
        if (m_idleStop->isActive()) { // any touch answers "Are you still there?"
            m_idleStop->stop();
            if (m_overlay && m_overlay->objectName() == QLatin1String("stillThere"))
                closeOverlay();
        }
        restartIdle();
        if (event->type() == QEvent::KeyPress && m_profile.switchScanning) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (auto *b = qobject_cast<QAbstractButton *>(QApplication::focusWidget())) {
                    m_scan->start(); // restart the scan from the chosen control
                    b->click();
                    return true;
                }
            }
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace heard
