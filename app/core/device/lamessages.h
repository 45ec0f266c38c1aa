#pragma once

#include "device/devicefolder.h"
#include "survey/survey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace heard {

/// One "You said, we did" message from the LA: what children told it and what it did, shown to
/// children before the first question and on the end screen.
struct LaMessage
{
    QString id;
    QDateTime published;
    LocalizedText text; ///< language code -> text
    QByteArray picture; ///< image bytes (SVG or PNG), may be empty
    QString pictureType;
    QByteArray audio; ///< a recording, may be empty: the kiosk then reads the text aloud
    QString audioType;

    /// The text for a child reading @p language, else for @p fallbackLanguage (the survey's
    /// default), else nothing: a message in a language neither the child nor the survey uses is
    /// not shown rather than shown in words the child may not read.
    QString textFor(const QString &language, const QString &fallbackLanguage) const;
};

/// The messages the sync engine last brought from the inbox (fileName() in the device's data
/// folder), newest first. A missing or damaged file means no messages, never an error
/// in front of a child.
class LaMessages
{
public:
    static QString fileName() { return DeviceFolder::messagesFileName(); }
    static QList<LaMessage> load(const QString &dataDir);
    static QList<LaMessage> parse(const QByteArray &json);
    /// The message's picture as an SVG file in the data folder (written on first use), or empty
    /// when it has none or it is not SVG.
    static QString pictureFile(const QString &dataDir, const LaMessage &message);
};

} // namespace heard
