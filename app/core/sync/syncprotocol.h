#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace heard {

/// What a batch reply says about each record the device sent.
struct BatchReceipt
{
    QList<QUuid> delivered; ///< stored or duplicate: safe to delete
    QList<QPair<QUuid, QString>> rejected; ///< with the inbox's reason
};

/// The JSON of docs/sync-protocol.md, device side.
namespace SyncProtocol {
inline constexpr int Version = 1;

/// {"batchId": ..., "envelopes": [base64...]}, compact and deterministic.
QByteArray batchBody(const QUuid &batchId, const QList<QByteArray> &envelopes);
/// Checks a /v1/batches reply against the batch that was sent: same batch id, one result per
/// record in order, ids matching. Error code "bad_reply" otherwise (nothing is deleted then).
Result<BatchReceipt> parseBatchReply(const QByteArray &reply, const QUuid &batchId,
                                     const QList<QUuid> &recordIds);
/// BASE/v1/NAME, whatever slashes BASE ends with.
QUrl endpoint(const QUrl &base, const QString &name);
/// The lowercase UUID text the protocol uses.
QString idText(const QUuid &id);
} // namespace SyncProtocol

} // namespace heard
