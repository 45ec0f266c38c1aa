#pragma once

#include "session/sessiontypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace heard {

/// What the adult chose for the next child.
struct HandOver
{
    int surveyIndex = 0;
    QString language;
    PresentationProfile profile;
    CompletionMode mode = CompletionMode::ChildAlone;
};

/// Adult mode: device status (never any answer), then the survey, language and presentation for
/// the next child, a confirmation that the child was told what the survey is for, and hand-over.
class AdultSetup final : public QWidget
{
    Q_OBJECT

public:
    explicit AdultSetup(const QList<Survey> &surveys, QWidget *parent = nullptr);

    /// Shown at the top: what happened at the last hand-back (e.g. the child asked to talk).
    void setNote(const QString &note);
    /// Device status lines (waiting to upload, enrolment, notices).
    void setStatus(const QStringList &lines);
    void setQuitVisible(bool on);
    HandOver choice() const;

Q_SIGNALS:
    void handOver(const heard::HandOver &choice);
    void quitRequested();

private:
    void surveyChanged();

    const QList<Survey> &m_surveys;
    QLabel *m_note = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_survey = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_audio = nullptr;
    QComboBox *m_textSize = nullptr;
    QCheckBox *m_contrast = nullptr;
    QCheckBox *m_scanning = nullptr;
    QSpinBox *m_pace = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_told = nullptr;
    QPushButton *m_handOver = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace heard
