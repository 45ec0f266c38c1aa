#pragma once

// Shared by the inbox commands: "--db SPEC" and the service over it.

#include "inbox/inboxservice.h"
#include "inbox/inboxstore.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace heard::admin {

/// Takes "--db SPEC" out of @p args and opens the inbox database; prints why not on stderr.
inline std::unique_ptr<InboxStore> openInboxDb(QStringList &args)
{
    QTextStream err(stderr);
    const qsizetype at = args.indexOf(QStringLiteral("--db"));
    if (at < 0 || at + 1 >= args.size()) {
        err << "heard-admin: --db sqlite:PATH|postgres:URL is required\n";
        return {};
    }
    const QString spec = args.at(at + 1);
    args.remove(at, 2);
    auto store = InboxStore::open(spec);
    if (!store) {
        err << "heard-admin: " << store.error().message << '\n';
        return {};
    }
    return std::move(store.value());
}

} // namespace heard::admin
