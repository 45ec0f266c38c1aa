#include "adult/pinprompt.h"

#include "device/adultpin.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace heard {

PinPrompt::PinPrompt(AdultPin &pin, QWidget *parent)
    : QWidget(parent)
    , m_pin(pin)
{
    setObjectName(QStringLiteral("pinPrompt"));
    auto *col = new QVBoxLayout(this);
    col->addStretch();
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("pinTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("pinNote"));
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_first = new QLineEdit;
    m_first->setObjectName(QStringLiteral("pin"));
    m_second = new QLineEdit;
    m_second->setObjectName(QStringLiteral("pinAgain"));
    auto *digits
        = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this);
    for (QLineEdit *e : { m_first, m_second }) {
        e->setEchoMode(QLineEdit::Password);
        e->setValidator(digits);
        e->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        e->setMaximumWidth(320);
        e->setMinimumHeight(56);
    }
    m_first->setAccessibleName(tr("Adult PIN"));
    m_first->setAccessibleDescription(tr("Digits only"));
    m_second->setAccessibleName(tr("Adult PIN again"));
    m_second->setAccessibleDescription(tr("Type the same PIN again"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_ok = new QPushButton;
    m_ok->setObjectName(QStringLiteral("pinOk"));
    m_ok->setMinimumSize(220, 56);
    m_ok->setDefault(true);
    m_cancel = new QPushButton(tr("Back to the child's screen"));
    m_cancel->setObjectName(QStringLiteral("pinCancel"));
    m_cancel->setMinimumSize(220, 56);
    m_cancel->setAccessibleName(m_cancel->text());
    m_cancel->setAccessibleDescription(tr("Leave without unlocking"));
    m_cancel->hide();
    for (QLabel *l : { m_title, m_note, m_message }) {
        l->setAccessibleName(tr("Adult PIN screen"));
        l->setAccessibleDescription(tr("Information for the grown-up"));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("PIN"), m_first);
    form->addRow(tr("PIN again"), m_second);
    col->addWidget(m_title);
    col->addWidget(m_note);
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addLayout(form);
    centre->addStretch();
    col->addLayout(centre);
    col->addWidget(m_message);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_cancel);
    row->addWidget(m_ok);
    row->addStretch();
    col->addLayout(row);
    col->addStretch();
    connect(m_ok, &QPushButton::clicked, this, &PinPrompt::submit);
    connect(m_first, &QLineEdit::returnPressed, this, &PinPrompt::submit);
    connect(m_second, &QLineEdit::returnPressed, this, &PinPrompt::submit);
    connect(m_cancel, &QPushButton::clicked, this, &PinPrompt::cancelled);
    setStyleSheet(QStringLiteral("QWidget { font-size: 22px; } QLabel#pinTitle { font-size: 30px; "
                                 "font-weight: bold; } QLabel#pinMessage { color: #a00000; }"));
    reset();
}

void PinPrompt::reset(const QString &note)
{
    const bool setting = !m_pin.isSet();
    m_title->setText(setting ? tr("Set the adult PIN") : tr("Grown-up: enter the adult PIN"));
    m_note->setText(setting ? tr("This PIN opens adult mode and unlocks the kiosk. Use at least %1 "
                                 "digits and keep it away from children.")
                                  .arg(AdultPin::minimumLength)
                            : note);
    m_note->setVisible(!m_note->text().isEmpty());
    m_second->setVisible(setting);
    if (auto *form = findChild<QFormLayout *>())
        form->setRowVisible(m_second, setting);
    m_ok->setText(setting ? tr("Set PIN") : tr("Unlock"));
    m_ok->setAccessibleName(m_ok->text());
    m_ok->setAccessibleDescription(setting ? tr("Save this PIN") : tr("Open adult mode"));
    m_first->clear();
    m_second->clear();
    m_message->clear();
    m_first->setFocus();
}

bool PinPrompt::cancellable() const
{
    return !m_cancel->isHidden();
}

void PinPrompt::setCancellable(bool on)
{
    m_cancel->setVisible(on);
}

void PinPrompt::submit()
{
    const QString first = m_first->text();
    m_first->clear();
    if (!m_pin.isSet()) {
        const QString second = m_second->text();
        m_second->clear();
        if (first != second) {
            m_message->setText(tr("The two PINs are not the same. Try again."));
            return;
        }
        const Result<void> r = m_pin.set(first);
        if (!r.ok()) {
            m_message->setText(r.error().message);
            return;
        }
        reset();
        Q_EMIT unlocked();
        return;
    }
    const Result<void> r = m_pin.verify(first);
    if (!r.ok()) {
        m_message->setText(r.error().message);
        return;
    }
    m_message->clear();
    Q_EMIT unlocked();
}

} // namespace heard
