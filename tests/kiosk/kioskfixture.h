#pragma once

#include "adult/adultsetup.h"
#include "adult/pinprompt.h"
#include "device/adultpin.h"
#include "kiosktest.h"
#include "kioskwindow.h"
#include "store/devicestorage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>

#include <sodium.h>

namespace heard::test {

/// A whole kiosk over a real sealed outbox in a temporary folder, sealed to a throwaway key.
struct KioskFixture
{
    static constexpr const char *pinCode = "824613";

    QTemporaryDir dir;
    QList<Survey> surveys;
    std::unique_ptr<DeviceStorage> storage;
    std::unique_ptr<AdultPin> pin;
    std::unique_ptr<KioskWindow> window;

    bool open(KioskOptions options = {})
    {
        if (sodium_init() < 0 || !dir.isValid())
            return false;
        unsigned char pk[crypto_box_PUBLICKEYBYTES];
        unsigned char sk[crypto_box_SECRETKEYBYTES];
        crypto_box_keypair(pk, sk);
        sodium_memzero(sk, sizeof sk);
        auto opened
            = DeviceStorage::open(dir.path(), QByteArray(reinterpret_cast<char *>(pk), sizeof pk));
        if (!opened.ok())
            return false;
        storage = std::move(opened.value());
        const QMap<QString, Survey> loaded = loadSurveys();
        for (const QString &file :
             { QStringLiteral("children-4-7.json"), QStringLiteral("children-8-11.json"),
               QStringLiteral("young-people-11-18.json"),
               QStringLiteral("care-leavers-16-25.json") })
            surveys.append(loaded.value(file));
        pin = std::make_unique<AdultPin>(dir.path());
        if (options.assetsDir.isEmpty())
            options.assetsDir = assetsDir();
        window = std::make_unique<KioskWindow>(surveys, *storage, *pin, options);
        window->resize(1280, 800);
        window->show();
        settle();
        return true;
    }

    /// Types the PIN (twice on first run) and presses the button.
    void enterPin(const QString &code = QString::fromLatin1(pinCode))
    {
        PinPrompt *prompt = window->pinPrompt();
        auto *first = prompt->findChild<QLineEdit *>(QStringLiteral("pin"));
        auto *second = prompt->findChild<QLineEdit *>(QStringLiteral("pinAgain"));
        first->setText(code);
        if (second->isVisible())
            second->setText(code);
        click(prompt->findChild<QAbstractButton *>(QStringLiteral("pinOk")));
        settle();
    }

    /// From adult setup: chooses the survey for @p ageBand, confirms and hands over.
    void handOver(const QString &ageBand, bool audioOff = true)
    {
        AdultSetup *setup = window->adultSetup();
        auto *survey = setup->findChild<QComboBox *>(QStringLiteral("survey"));
        for (int i = 0; i < surveys.size(); ++i)
            if (surveys.at(i).ageBand == ageBand)
                survey->setCurrentIndex(i);
        if (audioOff)
            setup->findChild<QComboBox *>(QStringLiteral("audio"))->setCurrentIndex(0);
        setup->findChild<QCheckBox *>(QStringLiteral("toldPurpose"))->setChecked(true);
        click(setup->findChild<QAbstractButton *>(QStringLiteral("handOver")));
        settle();
    }
};

/// Answers the current screen with its first answer (or Next), typing @p freeText where asked.
inline bool answerOne(ChildFlow *flow, const QString &freeText = QString())
{
    const Question *q = flow->engine().current();
    if (!q)
        return false;
    if (q->kind == QuestionKind::FreeText) {
        if (auto *edit = visible<QWidget>(flow, QStringLiteral("freetext")))
            QTest::keyClicks(edit, freeText);
        click(visible(flow, QStringLiteral("next")));
    } else if (q->kind == QuestionKind::Info) {
        click(visible(flow, QStringLiteral("next")));
    } else {
        const QList<QAbstractButton *> choices = visibleButtons(flow, QStringLiteral("choice_"));
        if (choices.isEmpty())
            return false;
        click(choices.first());
        if (q->kind == QuestionKind::MultipleChoice)
            click(visible(flow, QStringLiteral("next")));
    }
    settle();
    return true;
}

} // namespace heard::test
