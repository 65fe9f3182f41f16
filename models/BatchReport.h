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
