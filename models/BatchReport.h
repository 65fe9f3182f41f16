#pragma once

#include "core/verify/VerdictTally.h"
#include "models/BatchRow.h"
#include "models/ReportContext.h"

#include <QCoreApplication>
#include <QList>

namespace vcdesk {

/// The report of a batch inspection as a spreadsheet (CSV: one row per input, the columns
/// of BatchRow) and as a printable page (HTML for PdfReport: how it was made, the counts,
/// then one line per input, worst first). The JSON form is the batch's own
/// (BatchInspection::saveJsonLines): it needs every full inspection, which rows do not keep.
class BatchReport
{
    Q_DECLARE_TR_FUNCTIONS(BatchReport)
public:
    /// The printed page lists the worst this many inputs: a person reads a page, not ten
    /// thousand lines (and laying them out would take minutes); the counts cover every input,
    /// and the CSV and JSON list them all.
    static constexpr int kMaxPageRows = 1000;

    BatchReport(QList<BatchRow> rows, VerdictTally tally, ReportContext context);

    QByteArray csv() const;
    QString html() const;
    QString title() const;

private:
    QList<BatchRow> m_rows;
    VerdictTally m_tally;
    ReportContext m_context;
};

} // namespace vcdesk
