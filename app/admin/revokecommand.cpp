#include "revokecommand.h"

#include "inboxdb.h"

#include <QTextStream>

namespace heard::admin {

int runRevoke(const QStringList &arguments)
{
    QStringList args = arguments;
    auto store = openInboxDb(args);
    if (!store) {
        return 2;
    }
    QTextStream err(stderr);
    if (args.size() != 1) {
        err << "usage: heard-admin revoke --db SPEC DEVICE\n";
        return 2;
    }
    auto devices = store->devices();
    if (!devices) {
        err << "heard-admin: " << devices.error().message << '\n';
        return 1;
    }
    for (const InboxDevice &device : devices.value()) {
        if (InboxService::shortDeviceId(device.publicKey) == args.first()
            || QString::fromLatin1(device.publicKey.toBase64()) == args.first()) {
            if (auto revoked = store->revokeDevice(device.publicKey); !revoked) {
                err << "heard-admin: " << revoked.error().message << '\n';
                return 1;
            }
            QTextStream(stdout) << "revoked " << InboxService::shortDeviceId(device.publicKey)
                                << Qt::endl;
            return 0;
        }
    }
    err << "heard-admin: no enrolled device " << args.first() << '\n';
    return 1;
}

} // namespace heard::admin
