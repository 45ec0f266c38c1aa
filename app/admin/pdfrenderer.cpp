#include "pdfrenderer.h"

#include "util/errorcode.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace heard::admin {

Result<void> PdfRenderer::write(const QString &path, const QString &title, const QString &html,
                                const QHash<QString, QString> &images, int basePointSize,
                                bool tableBorders)
{
    QTextDocument document;
    QFont font(u"DejaVu Sans"_s);
    font.setPointSize(basePointSize);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(
        (tableBorders
             ? u"table{border-collapse:collapse} th,td{border:1px solid #555;padding:3px} "_s
             : u"table{border-style:none} td{border-style:none}"_s)
        + u"h1{font-size:20pt} h2{font-size:15pt;margin-top:14px} caption{font-weight:bold} th{text-align:left}"_s);
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        QSvgRenderer svg(it.value().toUtf8());
        if (!svg.isValid())
            continue;
        // Drawn at three times its size so print stays sharp.
        const QSize size = svg.defaultSize() * 3;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        document.addResource(QTextDocument::ImageResource, QUrl(u"heard:"_s + it.key()), image);
    }
    document.setHtml(html);

    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(u"heard-admin report"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print adds its own 2 cm margin.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    document.print(&writer);
    if (!QFile::exists(path))
        return Result<void>::failure(ErrorCode::PdfFailed, u"could not write %1"_s.arg(path));
    return Result<void>::success();
}

} // namespace heard::admin
