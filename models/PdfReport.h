#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vcdesk {

/// Writes a report's HTML (ReportHtml) as an A4 PDF a person can file or print, with page
/// numbers, atomically (QSaveFile). Paints with QTextDocument on the calling thread: call it
/// from a worker (painting on a QPdfWriter is allowed off the GUI thread).
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
public:
    /// Wide tables (a batch's) read better across a landscape page.
    enum class Orientation { Portrait, Landscape };

    static Status write(const QString &html, const QString &title, const QString &path,
                        Orientation orientation = Orientation::Portrait);
};

} // namespace vcdesk
