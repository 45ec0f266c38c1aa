#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace heard {

class AdultPin;

/// Asks for the adult PIN, or sets it on first run (typed twice). Only the adult's own words and
/// the PIN's state are shown here; nothing of any child.
class PinPrompt final : public QWidget
{
    Q_OBJECT

public:
    explicit PinPrompt(AdultPin &pin, QWidget *parent = nullptr);

    /// Clears the fields and shows the right mode (set or unlock) with @p note on top.
    void reset(const QString &note = QString());
    bool cancellable() const;
    void setCancellable(bool on);

Q_SIGNALS:
    void unlocked();
    void cancelled();

private:
    void submit();

    AdultPin &m_pin;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace heard
