#include "models/PdfReport.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace vcdesk {

Status PdfReport::write(const QString &html, const QString &title, const QString &path,
                        Orientation orientation)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("report.write_failed"),
                     tr("cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("vcdesk"));
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4),
            orientation == Orientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument document;
        // No ligatures: "ﬁ" in "Verification" would not be found by a search of the PDF, nor
        // pasted as the letters a person sees.
        QFont font = document.defaultFont();
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer); // lays it out on the writer's pages, numbered
    }
    if (!file.commit())
        return Error{QStringLiteral("report.write_failed"),
                     tr("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace vcdesk
