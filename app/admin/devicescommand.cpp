#include "devicescommand.h"

#include "inboxdb.h"

#include <QTextStream>

namespace heard::admin {

int runDevices(const QStringList &arguments)
{
    QStringList args = arguments;
    auto store = openInboxDb(args);
    if (!store) {
        return 2;
    }
    auto devices = store->devices();
    if (!devices) {
        QTextStream(stderr) << "heard-admin: " << devices.error().message << '\n';
        return 1;
    }
    QTextStream out(stdout);
    for (const InboxDevice &device : devices.value()) {
        out << InboxService::shortDeviceId(device.publicKey) << ' ' << device.publicKey.toBase64()
            << ' ' << device.enrolled.toString(Qt::ISODate) << ' '
            << (device.revoked ? "revoked" : "active") << '\n';
    }
    return 0;
}

} // namespace heard::admin
