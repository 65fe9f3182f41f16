#pragma once

#include "core/verify/Verdict.h"
#include "models/ReportContext.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace vcdesk {

/// The pieces of a printable report (InspectionReport, BatchReport) as the HTML subset
/// QTextDocument lays out. Every value from a token goes through cell(): DisplayText's
/// escapes, shortened, then HTML-escaped, so a claim can neither inject markup nor hide text.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    static constexpr qsizetype kMaxCellChars = 2000;

    static QString cell(const QString &untrusted, qsizetype maxChars = kMaxCellChars);
    static QString page(const QString &title, const QString &body);
    static QString heading(const QString &text, int level = 2);
    static QString verdictLine(Verdict verdict, const QString &meaning);
    /// A two-column table of label → value rows; both already HTML.
    static QString fields(const QList<std::pair<QString, QString>> &rows);
    /// A table with a header row; every cell already HTML. `widths`: each column's share of
    /// the page in percent (none: Qt decides).
    static QString table(const QStringList &headers, const QList<QStringList> &rows,
                         const QList<int> &widths = {});
    /// The rows that say how the report was made (ReportContext), as fields() rows.
    static QList<std::pair<QString, QString>> contextRows(const ReportContext &context);
    /// A date as a report prints it: UTC, to the second; "—" when there is none.
    static QString date(const QDateTime &when);
};

} // namespace vcdesk
