#include "models/InspectionReport.h"

#include "core/common/CsvLine.h"
#include "core/common/DisplayText.h"
#include "core/verify/InspectionJson.h"
#include "core/verify/InspectionSummary.h"
#include "core/verify/VerdictText.h"
#include "models/BatchRow.h"
#include "models/CheckListModel.h"
#include "models/ClaimPaths.h"
#include "models/ReportHtml.h"

#include <QJsonDocument>

namespace vcdesk {

namespace {

// A presentation in a presentation in …: a page shows this many levels, the JSON report all.
constexpr int kMaxNestedDepth = 4;
// A presentation may carry 64 credentials of 500 claims each: the page shows the first ones
// and short values, so a hostile token cannot make the PDF take minutes and gigabytes.
constexpr size_t kMaxNestedShown = 16;
constexpr qsizetype kMaxClaimChars = 500;

} // namespace

InspectionReport::InspectionReport(QByteArray token, Inspection inspection, ReportContext context)
    : m_token(std::move(token))
    , m_inspection(std::move(inspection))
    , m_context(std::move(context))
{
}

QByteArray InspectionReport::json() const
{
    return DisplayText::escapeJson(
        QJsonDocument(InspectionJson::of(m_context.input, m_token, m_inspection))
            .toJson(QJsonDocument::Indented));
}

QByteArray InspectionReport::csv() const
{
    return CsvLine::of(BatchRow::csvHeader()) +
           CsvLine::of(BatchRow::of(m_context.input, m_token, m_inspection).csvCells());
}

QString InspectionReport::title() const
{
    return tr("Credential inspection report");
}

QString InspectionReport::html() const
{
    const Verdict verdict = m_inspection.report.verdict();
    QString body = ReportHtml::verdictLine(verdict, VerdictText::meaning(verdict));
    auto context = ReportHtml::contextRows(m_context);
    context.insert(1, std::pair{tr("SHA-256"), InspectionJson::sha256Hex(m_token)});
    body += ReportHtml::fields(context);
    body += section(m_inspection, 0);
    return ReportHtml::page(title(), body);
}

QString InspectionReport::section(const Inspection &inspection, int depth) const
{
    QString html;
    QList<std::pair<QString, QString>> summary;
    for (const InspectionSummary::Line &line : InspectionSummary::of(inspection)) {
        QString value = ReportHtml::cell(line.value);
        if (!line.note.isEmpty())
            value += QStringLiteral(" (%1)").arg(ReportHtml::cell(line.note));
        summary << std::pair{line.label.toHtmlEscaped(), value};
    }
    summary << std::pair{tr("Valid from"), ReportHtml::date(inspection.validFrom)};
    summary << std::pair{tr("Valid until"), ReportHtml::date(inspection.validUntil)};
    html += ReportHtml::heading(tr("Summary"), 2 + qMin(depth, 1));
    html += ReportHtml::fields(summary);

    QList<QStringList> checks;
    for (const CheckResult &check : inspection.report.checks())
        checks << QStringList{ReportHtml::cell(check.name),
                              CheckListModel::outcomeLabel(check.outcome).toHtmlEscaped(),
                              ReportHtml::cell(check.detail)};
    html += ReportHtml::heading(tr("Checks"), 2 + qMin(depth, 1));
    // Widths given: a long DID in a reason would otherwise widen the table past the page.
    html += ReportHtml::table({tr("Check"), tr("Outcome"), tr("Reason")}, checks, {28, 14, 58});

    const QList<ClaimPaths::Row> claims = ClaimPaths::of(inspection.claims);
    if (!claims.isEmpty()) {
        QList<QStringList> rows;
        for (const ClaimPaths::Row &row : claims)
            rows << QStringList{ReportHtml::cell(row.path, 200),
                                ReportHtml::cell(row.value, kMaxClaimChars)};
        html += ReportHtml::heading(tr("Claims"), 2 + qMin(depth, 1));
        html += ReportHtml::table({tr("Claim"), tr("Value")}, rows, {30, 70});
    }

    for (size_t i = 0; i < inspection.nested.size(); ++i) {
        const Inspection &inner = inspection.nested.at(i);
        if (depth + 1 > kMaxNestedDepth || i >= kMaxNestedShown) {
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(
                        tr("Further embedded credentials are in the JSON report.").toHtmlEscaped());
            break;
        }
        html += QStringLiteral("<hr>") +
                ReportHtml::heading(tr("Embedded credential %1").arg(i + 1), 2) +
                ReportHtml::verdictLine(inner.report.verdict(),
                                        VerdictText::meaning(inner.report.verdict())) +
                section(inner, depth + 1);
    }
    return html;
}

} // namespace vcdesk
