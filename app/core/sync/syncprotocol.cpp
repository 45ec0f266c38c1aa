#include "sync/syncprotocol.h"

#include "util/errorcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace heard::SyncProtocol {

QUrl endpoint(const QUrl &base, const QString &name)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u"/v1/"_s + name);
    return url;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QByteArray batchBody(const QUuid &batchId, const QList<QByteArray> &envelopes)
{
    QJsonArray list;
    for (const QByteArray &envelope : envelopes) {
        list.append(QString::fromLatin1(envelope.toBase64()));
    }
    return QJsonDocument(
               QJsonObject { { u"batchId"_s, idText(batchId) }, { u"envelopes"_s, list } })
        .toJson(QJsonDocument::Compact);
}

Result<BatchReceipt> parseBatchReply(const QByteArray &reply, const QUuid &batchId,
                                     const QList<QUuid> &recordIds)
{
    const auto bad = [](const QString &why) {
        return Result<BatchReceipt>::failure(ErrorCode::BadReply,
                                             u"the inbox's reply %1"_s.arg(why));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply, &error);
    if (!doc.isObject()) {
        return bad(u"is not JSON (%1)"_s.arg(error.errorString()));
    }
    const QJsonObject object = doc.object();
    if (object.value(u"batchId"_s).toString() != idText(batchId)) {
        return bad(u"names another batch"_s);
    }
    const QJsonArray results = object.value(u"results"_s).toArray();
    if (results.size() != recordIds.size()) {
        return bad(u"has %1 results for %2 records"_s.arg(results.size()).arg(recordIds.size()));
    }
    BatchReceipt receipt;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QString named = result.value(u"recordId"_s).toString();
        if (!named.isEmpty() && named != idText(recordIds.at(i))) {
            return bad(u"names record %1 out of order"_s.arg(i));
        }
        const QString status = result.value(u"status"_s).toString();
        if (status == u"stored"_s || status == u"duplicate"_s) {
            receipt.delivered.append(recordIds.at(i));
        } else if (status == u"rejected"_s) {
            receipt.rejected.append({ recordIds.at(i), result.value(u"reason"_s).toString() });
        } else {
            return bad(u"has an unknown status"_s);
        }
    }
    return receipt;
}

} // namespace heard::SyncProtocol
