#pragma once

#include "core/verify/Inspection.h"
#include "models/ReportContext.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vcdesk {

/// The report of one inspected token, in the three forms a help desk files: JSON (the
/// schema of `vcdesk inspect --json`), CSV (one row, the columns of a batch's CSV) and the
/// HTML of a printable page (PdfReport writes it): the verdict, how it was reached, the
/// summary, every check with its reason, the claims, the token's SHA-256, and the same for
/// each credential it carries.
class InspectionReport
{
    Q_DECLARE_TR_FUNCTIONS(InspectionReport)
public:
    InspectionReport(QByteArray token, Inspection inspection, ReportContext context);

    QByteArray json() const;
    QByteArray csv() const;
    QString html() const;
    QString title() const;
    void setInput(const QString &input) { m_context.input = input; }

private:
    QString section(const Inspection &inspection, int depth) const;

    QByteArray m_token;
    Inspection m_inspection;
    ReportContext m_context;
};

} // namespace vcdesk
