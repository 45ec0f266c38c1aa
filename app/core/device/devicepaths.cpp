#include "device/devicepaths.h"

#include <QDir>
#include <QStandardPaths>

namespace heard {

QString defaultDeviceDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("heard/device"));
}

} // namespace heard
