#include "models/BatchReport.h"

#include "core/common/CsvLine.h"
#include "core/verify/VerdictText.h"
#include "models/ReportHtml.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace vcdesk {

namespace {

/// The folder every input is in (their longest common folder): the table names files from
/// there, and the page names it once.
QString commonFolder(const QList<BatchRow> &rows)
{
    QStringList common;
    bool first = true;
    for (const BatchRow &row : rows) {
        const QStringList parts =
            QFileInfo(row.input).absolutePath().split(QLatin1Char('/'), Qt::KeepEmptyParts);
        if (first) {
            common = parts;
            first = false;
            continue;
        }
        qsizetype same = 0;
        while (same < common.size() && same < parts.size() && common.at(same) == parts.at(same))
            ++same;
        common.resize(same);
    }
    return common.join(QLatin1Char('/'));
}

} // namespace

BatchReport::BatchReport(QList<BatchRow> rows, VerdictTally tally, ReportContext context)
    : m_rows(std::move(rows))
    , m_tally(tally)
    , m_context(std::move(context))
{
}

QByteArray BatchReport::csv() const
{
    QByteArray out = CsvLine::of(BatchRow::csvHeader());
    for (const BatchRow &row : m_rows)
        out += CsvLine::of(row.csvCells());
    return out;
}

QString BatchReport::title() const
{
    return tr("Batch inspection report");
}

QString BatchReport::html() const
{
    const QString folder = commonFolder(m_rows);
    auto context = ReportHtml::contextRows(m_context);
    if (!folder.isEmpty())
        context.insert(
            1, std::pair{tr("Files in"), ReportHtml::cell(QDir::toNativeSeparators(folder))});
    QString body = ReportHtml::fields(context);
    body += QStringLiteral("<p style=\"font-size: 11pt;\">%1</p>")
                .arg(tr("Inspected %1: %2 valid, %3 not valid, %4 cannot be verified, "
                        "%5 unreadable")
                         .arg(m_tally.total())
                         .arg(m_tally.valid)
                         .arg(m_tally.invalid)
                         .arg(m_tally.unverifiable)
                         .arg(m_tally.unreadable)
                         .toHtmlEscaped());
    QList<const BatchRow *> order;
    order.reserve(m_rows.size());
    for (const BatchRow &row : m_rows)
        order << &row;
    std::stable_sort(order.begin(), order.end(), [](const BatchRow *a, const BatchRow *b) {
        return a->severity() < b->severity();
    });
    const qsizetype left = order.size() - kMaxPageRows;
    if (left > 0)
        order.resize(kMaxPageRows);
    QList<QStringList> rows;
    rows.reserve(order.size());
    for (const BatchRow *row : order) {
        const QString verdict = row->readable ? VerdictText::label(row->verdict) : tr("Unreadable");
        const QString colour = row->readable ? VerdictText::colour(row->verdict)
                                             : VerdictText::colour(Verdict::Unknown);
        rows << QStringList{
            QStringLiteral("<span style=\"color: %1; font-weight: bold;\">%2</span>")
                .arg(colour, verdict.toHtmlEscaped()),
            ReportHtml::cell(
                QDir::toNativeSeparators(
                    folder.isEmpty() ? row->input : QDir(folder).relativeFilePath(row->input)),
                200),
            ReportHtml::cell(row->issuer, 80),
            ReportHtml::cell(row->types, 80),
            ReportHtml::cell(row->problem, 160),
            row->sha256.left(8)};
    }
    // The full hash, issuer and reason of every row are in the CSV and JSON reports.
    body += ReportHtml::table(
        {tr("Verdict"), tr("File"), tr("Issuer"), tr("Types"), tr("Why"), tr("SHA-256")}, rows,
        {9, 19, 20, 14, 28, 10});
    if (left > 0)
        body += QStringLiteral("<p>%1</p>")
                    .arg(tr("The %n other input(s), which fared no worse than those listed, "
                            "are in the counts above and in the CSV and JSON reports.",
                            nullptr, int(left))
                             .toHtmlEscaped());
    return ReportHtml::page(title(), body);
}

} // namespace vcdesk
