#include "child/picturewords.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace heard {

QString PictureWords::describe(const QString &picturePath)
{
    const QString name = QFileInfo(picturePath).baseName();
    if (name == QLatin1String("delete_answers"))
        return QCoreApplication::translate("heard::PictureWords",
                                           "A sheet of answers torn up and going into a bin");
    if (name == QLatin1String("keep_answers"))
        return QCoreApplication::translate("heard::PictureWords",
                                           "A sheet of answers kept safe in a box");
    if (name == QLatin1String("skip_stop"))
        return QCoreApplication::translate("heard::PictureWords",
                                           "A carry on sign and a stop sign");
    if (name == QLatin1String("thanks"))
        return QCoreApplication::translate("heard::PictureWords", "A heart that says thank you");
    if (name == QLatin1String("talk"))
        return QCoreApplication::translate("heard::PictureWords", "People talking");
    return QCoreApplication::translate("heard::PictureWords", "A picture to go with the words");
}

} // namespace heard
