#include "models/ReportHtml.h"

#include "core/common/DisplayText.h"
#include "core/verify/VerdictText.h"

#include <QDir>

namespace vcdesk {

QString ReportHtml::cell(const QString &untrusted, qsizetype maxChars)
{
    return DisplayText::escape(untrusted, maxChars).toHtmlEscaped();
}

QString ReportHtml::page(const QString &title, const QString &body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-size: 9pt;\"><h1>%1</h1>%2</body></html>")
        .arg(title.toHtmlEscaped(), body);
}

QString ReportHtml::heading(const QString &text, int level)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text.toHtmlEscaped());
}

QString ReportHtml::verdictLine(Verdict verdict, const QString &meaning)
{
    return QStringLiteral("<p><span style=\"font-size: 16pt; font-weight: bold; color: %1;\">"
                          "%2</span><br>%3</p>")
        .arg(VerdictText::colour(verdict), VerdictText::headline(verdict).toHtmlEscaped(),
             meaning.toHtmlEscaped());
}

QString ReportHtml::fields(const QList<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td style=\"color: #505050; padding-right: 12px;\">%1</td>"
                               "<td>%2</td></tr>")
                    .arg(label, value);
    return html + QStringLiteral("</table>");
}

QString ReportHtml::table(const QStringList &headers, const QList<QStringList> &rows,
                          const QList<int> &widths)
{
    // 97%: Qt draws a full-width table's right border past the text area, where it is cut.
    QString html = QStringLiteral("<table width=\"97%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" style=\"border-color: #b0b0b0;\"><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\" align=\"left\"%1>%2</th>")
                    .arg(i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i))
                                           : QString(),
                         headers.at(i).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &value : row)
            html += QStringLiteral("<td>%1</td>").arg(value);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QList<std::pair<QString, QString>> ReportHtml::contextRows(const ReportContext &context)
{
    QList<std::pair<QString, QString>> rows;
    rows << std::pair{tr("Input"), context.input.isEmpty()
                                       ? tr("pasted text").toHtmlEscaped()
                                       : cell(QDir::toNativeSeparators(context.input))};
    rows << std::pair{tr("Checked"), date(context.checkedAt).toHtmlEscaped()};
    if (context.asOf.isValid())
        rows << std::pair{tr("Validity checked as of"), date(context.asOf).toHtmlEscaped()};
    rows << std::pair{
        tr("Network"),
        (context.offline ? tr("offline: DIDs and status lists from caches only") : tr("online"))
            .toHtmlEscaped()};
    rows << std::pair{tr("Trust list"), cell(QDir::toNativeSeparators(context.trustListPath))};
    rows << std::pair{
        tr("Made by"),
        QStringLiteral("vcdesk %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped()};
    return rows;
}

QString ReportHtml::date(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QStringLiteral("—");
}

} // namespace vcdesk
