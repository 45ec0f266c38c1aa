#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>

namespace heard::admin {

/// Prints HTML to a PDF with Qt's own printing (QTextDocument on a QPdfWriter, A4). Each
/// <img src="heard:NAME"> is drawn from the SVG markup in @p images.
class PdfRenderer
{
public:
    static Result<void> write(const QString &path, const QString &title, const QString &html,
                              const QHash<QString, QString> &images, int basePointSize = 10,
                              bool tableBorders = true);
};

} // namespace heard::admin
