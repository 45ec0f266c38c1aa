#include "child/dialogs/messagepage.h"

#include "child/numbers.h"
#include "child/picturewords.h"
#include "child/speakerbutton.h"
#include "child/svgpicture.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace heard {

MessagePage::MessagePage(const QString &name, const ViewSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(name);
}

MessagePage::~MessagePage() = default;

QList<Utterance> MessagePage::utterances() const
{
    QList<Utterance> items { { QStringLiteral("kiosk_") + objectName(), m_words } };
    for (QPushButton *b : m_buttons)
        items.append({ QString(), b->text() });
    return items;
}

QPushButton *MessagePage::makeButton(const QString &text, const QString &name,
                                     const QString &description)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    b->setAccessibleDescription(description);
    return b;
}

QSize MessagePage::buttonPictureSize() const
{
    return QSize(m_settings.minimumTarget * 3 / 2, m_settings.minimumTarget * 3 / 2);
}

void MessagePage::setContent(const QString &picturePath, const QString &words,
                             const QList<QPushButton *> &buttons)
{
    m_words = words;
    m_buttons = buttons;
    auto *col = new QVBoxLayout(this);
    col->addStretch();
    auto *row = new QHBoxLayout;
    if (!picturePath.isEmpty() && QFile::exists(picturePath)) {
        auto *svg = new SvgPicture(picturePath);
        svg->setFixedSize(220, 220);
        svg->setAccessibleName(tr("Picture"));
        svg->setAccessibleDescription(PictureWords::describe(picturePath));
        row->addWidget(svg);
    }
    auto *label = new QLabel(keepNumbersWhole(words));
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setAccessibleName(words);
    label->setAccessibleDescription(tr("Message"));
    row->addWidget(label, 1);
    // Every screen can be heard: a speaker for the message, and reading everything reads it too.
    auto *listen = new SpeakerButton(tr("this page"), QStringLiteral("kiosk_") + objectName(),
                                     words, m_settings.speaker, m_settings.minimumTarget,
                                     m_settings.profile.highContrast,
                                     m_settings.profile.audio != PresentationProfile::Audio::Off);
    listen->setObjectName(QStringLiteral("speaker_message"));
    row->addWidget(listen, 0, Qt::AlignTop);
    col->addLayout(row);
    col->addSpacing(24);
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addStretch();
    const int buttonHeight = m_settings.minimumTarget + 16;
    for (QPushButton *b : buttons) {
        b->setMinimumSize(qMin(buttonHeight * 4, 330), buttonHeight);
        b->setAccessibleName(b->text());
        buttonsRow->addWidget(b);
        buttonsRow->addStretch();
    }
    col->addLayout(buttonsRow);
    col->addStretch();
}

} // namespace heard
