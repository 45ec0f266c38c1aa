#include "adult/adultsetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace heard {

namespace {
template<typename W>
W *named(W *w, const QString &object, const QString &name, const QString &description)
{
    w->setObjectName(object);
    w->setAccessibleName(name);
    w->setAccessibleDescription(description);
    return w;
}
} // namespace

AdultSetup::AdultSetup(const QList<Survey> &surveys, QWidget *parent)
    : QWidget(parent)
    , m_surveys(surveys)
{
    setObjectName(QStringLiteral("adultSetup"));
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(32, 16, 32, 16);
    auto *title = named(new QLabel(tr("Adult mode")), QStringLiteral("adultTitle"),
                        tr("Adult mode"), tr("Set up the survey for the next child"));
    col->addWidget(title);
    m_note = named(new QLabel, QStringLiteral("handBackNote"), tr("Last session"),
                   tr("What happened when the tablet was handed back"));
    m_note->setWordWrap(true);
    m_note->hide();
    col->addWidget(m_note);

    auto *statusBox = new QGroupBox(tr("This device"));
    statusBox->setAccessibleName(statusBox->title());
    statusBox->setAccessibleDescription(tr("Device status; never shows any answer"));
    auto *statusLayout = new QVBoxLayout(statusBox);
    m_status = named(new QLabel, QStringLiteral("deviceStatus"), tr("Device status"),
                     tr("Answers waiting to upload, enrolment and notices"));
    m_status->setWordWrap(true);
    statusLayout->addWidget(m_status);
    col->addWidget(statusBox);

    auto *setupBox = new QGroupBox(tr("Next child"));
    setupBox->setAccessibleName(setupBox->title());
    setupBox->setAccessibleDescription(tr("Choices for the next child's survey"));
    auto *form = new QFormLayout(setupBox);
    m_survey = named(new QComboBox, QStringLiteral("survey"), tr("Survey"),
                     tr("Choose the survey for the child's age"));
    for (const Survey &s : surveys)
        m_survey->addItem(
            tr("Ages %1: %2").arg(s.ageBand, localized(s.title, s.defaultLanguage())));
    m_language = named(new QComboBox, QStringLiteral("language"), tr("Language"),
                       tr("The languages this survey is written in"));
    m_audio = named(new QComboBox, QStringLiteral("audio"), tr("Reading aloud"),
                    tr("Off, on when the child taps a speaker, or reading everything aloud"));
    m_audio->addItem(tr("Off"), int(PresentationProfile::Audio::Off));
    m_audio->addItem(tr("On: tap a speaker to listen"), int(PresentationProfile::Audio::OnTap));
    m_audio->addItem(tr("Read everything aloud"), int(PresentationProfile::Audio::AutoPlay));
    m_textSize = named(new QComboBox, QStringLiteral("textSize"), tr("Text size"),
                       tr("Bigger text and buttons"));
    for (int p : { 100, 125, 150, 200 })
        m_textSize->addItem(QStringLiteral("%1%").arg(p), p);
    m_contrast = named(new QCheckBox(tr("High contrast")), QStringLiteral("highContrast"),
                       tr("High contrast"), tr("Yellow and white on black"));
    m_scanning = named(new QCheckBox(tr("Single-switch scanning")), QStringLiteral("scanning"),
                       tr("Single-switch scanning"),
                       tr("Highlights each button in turn; Enter or the switch chooses"));
    m_pace = named(new QSpinBox, QStringLiteral("scanPace"), tr("Scanning pace"),
                   tr("Milliseconds each button stays highlighted"));
    m_pace->setRange(500, 6000);
    m_pace->setSingleStep(250);
    m_pace->setValue(1500);
    m_pace->setSuffix(tr(" ms"));
    m_mode = named(new QComboBox, QStringLiteral("completionMode"), tr("How the survey is done"),
                   tr("Recorded with the answers so reports can tell modes apart"));
    m_mode->addItem(tr("Child on their own"), int(CompletionMode::ChildAlone));
    m_mode->addItem(tr("Child with help"), int(CompletionMode::ChildWithHelp));
    m_mode->addItem(tr("Adult reads aloud"), int(CompletionMode::AdultReadAloud));
    m_told = named(new QCheckBox(tr("I have told the child what this survey is for, that it is "
                                    "their choice, and that I will not see their answers.")),
                   QStringLiteral("toldPurpose"), tr("Child has been told"),
                   tr("Needed before handing over"));
    form->addRow(tr("Survey"), m_survey);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Reading aloud"), m_audio);
    form->addRow(tr("Text size"), m_textSize);
    form->addRow(QString(), m_contrast);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanning);
    scanRow->addWidget(m_pace);
    scanRow->addStretch();
    form->addRow(QString(), scanRow);
    form->addRow(tr("Completion"), m_mode);
    col->addWidget(setupBox);
    m_told->setStyleSheet(QStringLiteral("QCheckBox { font-weight: bold; }"));
    col->addWidget(m_told);

    auto *buttons = new QHBoxLayout;
    m_quit = named(new QPushButton(tr("Close the kiosk")), QStringLiteral("quit"),
                   tr("Close the kiosk"), tr("Leave the kiosk app"));
    m_quit->hide();
    m_handOver = named(new QPushButton(tr("Hand over to the child")), QStringLiteral("handOver"),
                       tr("Hand over to the child"), tr("Starts the survey for the child"));
    m_handOver->setMinimumHeight(64);
    m_handOver->setEnabled(false);
    buttons->addWidget(m_quit);
    buttons->addStretch();
    buttons->addWidget(m_handOver);
    col->addStretch();
    col->addLayout(buttons);

    connect(m_told, &QCheckBox::toggled, m_handOver, &QPushButton::setEnabled);
    connect(m_survey, &QComboBox::currentIndexChanged, this, &AdultSetup::surveyChanged);
    connect(m_scanning, &QCheckBox::toggled, m_pace, &QSpinBox::setEnabled);
    connect(m_handOver, &QPushButton::clicked, this, [this] {
        const HandOver c = choice();
        m_told->setChecked(false); // asked afresh for every child
        Q_EMIT handOver(c);
    });
    connect(m_quit, &QPushButton::clicked, this, &AdultSetup::quitRequested);
    m_pace->setEnabled(false);
    setStyleSheet(
        QStringLiteral("QWidget { font-size: 20px; } QLabel#adultTitle { font-size: 30px; "
                       "font-weight: bold; } QLabel#handBackNote { background: #fff3cd; "
                       "border: 2px solid #b08900; padding: 8px; font-weight: bold; }"
                       "QComboBox, QSpinBox { min-height: 44px; }"
                       "QCheckBox::indicator { width: 32px; height: 32px; }"));
    surveyChanged();
}

void AdultSetup::surveyChanged()
{
    const int i = m_survey->currentIndex();
    if (i < 0 || i >= m_surveys.size())
        return;
    const Survey &s = m_surveys.at(i);
    m_language->clear();
    for (const QString &code : s.languages) {
        const QLocale locale(code);
        const QString english = QLocale::languageToString(locale.language());
        const QString native
            = locale.language() == QLocale::English ? english : locale.nativeLanguageName();
        QString name = native == english ? english : QStringLiteral("%1 (%2)").arg(native, english);
        if (locale.language() == QLocale::C || name.isEmpty())
            name = code;
        m_language->addItem(name, code);
    }
    // Sensible defaults per age band; the adult can change every one.
    const bool young = s.ageBand == QLatin1String("4-7");
    m_audio->setCurrentIndex(young ? 2 : 1);
    m_mode->setCurrentIndex(young ? 1 : 0);
}

void AdultSetup::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setAccessibleDescription(note);
    m_note->setVisible(!note.isEmpty());
}

void AdultSetup::setStatus(const QStringList &lines)
{
    m_status->setText(lines.join(u'\n'));
    m_status->setAccessibleDescription(m_status->text());
}

void AdultSetup::setQuitVisible(bool on)
{
    m_quit->setVisible(on);
}

HandOver AdultSetup::choice() const
{
    HandOver c;
    c.surveyIndex = m_survey->currentIndex();
    c.language = m_language->currentData().toString();
    c.profile.audio = PresentationProfile::Audio(m_audio->currentData().toInt());
    c.profile.textScalePercent = m_textSize->currentData().toInt();
    c.profile.highContrast = m_contrast->isChecked();
    c.profile.switchScanning = m_scanning->isChecked();
    c.profile.scanIntervalMs = m_pace->value();
    c.mode = CompletionMode(m_mode->currentData().toInt());
    return c;
}

} // namespace heard
