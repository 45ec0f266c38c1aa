#pragma once

#include "survey/framework.h"
#include "survey/surveyloader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace heard::test {

inline QString sourceDir()
{
    return QStringLiteral(HEARD_SOURCE_DIR);
}

inline QString assetsDir()
{
    return sourceDir() + QStringLiteral("/assets");
}

/// Every real survey, by file name.
inline QMap<QString, Survey> loadSurveys()
{
    QMap<QString, Survey> surveys;
    const Result<Framework> framework = Framework::loadCsv(
        sourceDir() + QStringLiteral("/survey_definitions/framework/wellbeing-framework.csv"));
    if (!framework.ok())
        return surveys;
    const SurveyLoader loader(framework.value(), assetsDir());
    const QDir dir(sourceDir() + QStringLiteral("/survey_definitions"));
    for (const QString &file :
         dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const SurveyLoader::Outcome out = loader.loadFile(dir.filePath(file));
        if (out.survey)
            surveys.insert(file, *out.survey);
    }
    return surveys;
}

/// The visible widget named @p name under @p root (nullptr if none or hidden).
template<typename T = QAbstractButton> T *visible(QWidget *root, const QString &name)
{
    for (T *w : root->findChildren<T *>(name))
        if (w->isVisible())
            return w;
    return nullptr;
}

/// Visible buttons whose object name starts with @p prefix, in layout order.
inline QList<QAbstractButton *> visibleButtons(QWidget *root, const QString &prefix)
{
    QList<QAbstractButton *> out;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (b->isVisible() && b->objectName().startsWith(prefix))
            out.append(b);
    return out;
}

inline void click(QWidget *w)
{
    QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
}

/// What a label shows, as plain words: numbers are shown with no-break spaces inside
/// left-to-right isolates (keepNumbersWhole), which a search for "0800 1111" must see through.
inline QString plainText(QString shown)
{
    return shown.remove(QChar(0x2066)).remove(QChar(0x2069)).replace(QChar(0x00a0), u' ');
}

inline void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace heard::test
