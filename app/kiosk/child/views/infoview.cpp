#include "child/views/infoview.h"

#include "child/numbers.h"
#include "child/picturewords.h"
#include "child/svgpicture.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace heard {

InfoView::InfoView(const Question &question, const ViewSettings &settings,
                   const QuestionViewState &state, QWidget *parent)
    : QuestionView(question, settings, state, parent)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    const QString pic = m_settings.picture(question.image);
    if (!pic.isEmpty()) {
        auto *svg = new SvgPicture(pic);
        const int side = qMin(340, 280 * m_settings.textScale() / 100);
        svg->setFixedSize(side, side);
        svg->setAccessibleName(tr("Picture"));
        svg->setAccessibleDescription(PictureWords::describe(pic));
        row->addWidget(svg, 0, Qt::AlignVCenter);
    }
    QString words = text(question.prompt);
    if (question.role == InfoRole::Help && !m_settings.advocacyContact.isEmpty())
        words += QStringLiteral("\n\n") + tr("Your advocate: %1").arg(m_settings.advocacyContact);
    auto *label = new QLabel(keepNumbersWhole(words));
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setAccessibleName(words);
    label->setAccessibleDescription(tr("Information"));
    row->addWidget(label, 1);
    QWidget *listen = speakerButton(tr("this page"), question.audio, words);
    listen->setObjectName(QStringLiteral("speaker_prompt"));
    row->addWidget(listen, 0, Qt::AlignTop);
    QVBoxLayout *into = column();
    into->addStretch();
    into->addLayout(row);
    into->addStretch();
    into->addWidget(buildNavigation(true, [this] { Q_EMIT answered(ViewAnswer::next()); }));
}

} // namespace heard
