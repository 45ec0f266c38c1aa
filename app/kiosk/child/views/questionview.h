#pragma once

#include "audio/speaker.h"
#include "child/views/viewanswer.h"
#include "child/views/viewsettings.h"
#include "session/sessiontypes.h"
#include "survey/survey.h"

#include <QWidget>

#include <functional>
#include <optional>

class QVBoxLayout;

namespace heard {

/// What a session knows about the question being shown; a preview leaves it empty.
struct QuestionViewState
{
    std::optional<AnswerRecord> before; ///< the answer given earlier in this session, if any
    bool canGoBack = false; ///< show the Back button
};

/// One question on a child's screen, built from the question and the presentation settings alone
/// (no session): the prompt, the answers, the special answers and Back / Next. What the child
/// gives comes out as a value through answered(); nothing is read back from widget names.
/// QuestionViewFactory makes the view for each kind.
class QuestionView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionView)

public:
    ~QuestionView() override;

    const Question &question() const { return m_question; }
    /// What reading everything aloud says for this screen, in order.
    virtual QList<Utterance> utterances() const;

Q_SIGNALS:
    void answered(const heard::ViewAnswer &answer);
    void backRequested();

protected:
    QuestionView(const Question &question, const ViewSettings &settings,
                 const QuestionViewState &state, QWidget *parent);

    QVBoxLayout *column() const { return m_column; }
    QString text(const LocalizedText &t) const { return m_settings.text(t); }
    /// Picture, prompt, help and the speaker for the question.
    QWidget *buildHeader();
    /// The special answers the question offers, as tiles of @p size.
    QWidget *buildSpecials(QSize size);
    /// Back (when the session allows) and Next (when @p withNext, running @p next).
    QWidget *buildNavigation(bool withNext, std::function<void()> next);
    QWidget *speakerButton(const QString &what, const QString &audioKey, const QString &words);
    /// The answer tiles' size for this question, grown with the text.
    QSize tileSize() const;

    const Question m_question;
    const ViewSettings m_settings;
    const QuestionViewState m_state;

private:
    QVBoxLayout *m_column = nullptr;
};

} // namespace heard
