#include "fileenvelopesource.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace heard::admin {

FileEnvelopeSource::FileEnvelopeSource(QString path)
    : m_path(std::move(path))
{
}

QString FileEnvelopeSource::description() const
{
    return m_path;
}

Result<void> FileEnvelopeSource::forEach(const std::function<void(const SourcedEnvelope &)> &visit)
{
    QStringList files;
    if (QFileInfo(m_path).isDir()) {
        QDirIterator it(m_path, { u"*.henv"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        std::sort(files.begin(), files.end()); // the same order on every run
    } else {
        files.append(m_path);
    }
    for (const QString &path : files) {
        QFile file(path);
        SourcedEnvelope envelope { path, QByteArray() };
        // Anything larger than 2 MiB cannot be an envelope; leave it empty so it is reported.
        if (file.open(QIODevice::ReadOnly) && file.size() <= 2 * 1024 * 1024)
            envelope.bytes = file.readAll();
        visit(envelope);
    }
    return Result<void>::success();
}

} // namespace heard::admin
