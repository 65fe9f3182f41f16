#include "cli/InspectionPrinter.h"

#include "core/common/DisplayText.h"
#include "core/verify/InspectionSummary.h"
#include "core/verify/VerdictText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

namespace {

QString indentJson(const QJsonValue &value)
{
    QByteArray json;
    if (value.isObject())
        json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        json = value.toVariant().toString().toUtf8();
    // Qt escapes only what is below U+0020 in JSON strings; DEL, C1 and bidirectional controls
    // are escaped too, as JSON escapes (the same value), before the text reaches a terminal.
    if (value.isObject() || value.isArray())
        json = DisplayText::escapeJson(json);
    else
        json = DisplayText::escape(QString::fromUtf8(json)).toUtf8();
    QStringList lines = QString::fromUtf8(json).trimmed().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(QStringLiteral("    "));
    return lines.join(QLatin1Char('\n'));
}

/// The summary and checks of one inspection, indented for nesting.
void printSummary(const Inspection &inspection, const QString &pad, QTextStream &out)
{
    // Every value may come from the token: printed escaped, so it cannot forge lines.
    auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << pad << label.leftJustified(12) << DisplayText::escape(value) << '\n';
    };
    for (const InspectionSummary::Line &summary : InspectionSummary::of(inspection))
        line(summary.label + QLatin1Char(':'),
             summary.note.isEmpty() ? summary.value
                                    : QStringLiteral("%1 (%2)").arg(summary.note, summary.value));
    out << pad << InspectionPrinter::tr("Checks:") << '\n';
    for (const CheckResult &check : inspection.report.checks())
        out << pad
            << QStringLiteral("  [%1] %2: %3")
                   .arg(CheckResult::outcomeName(check.outcome).toUpper(),
                        DisplayText::escape(check.name), DisplayText::escape(check.detail))
            << '\n';
    line(InspectionPrinter::tr("Verdict:"), VerdictText::headline(inspection.report.verdict()));
    int index = 0;
    for (const Inspection &inner : inspection.nested) {
        out << '\n' << pad << InspectionPrinter::tr("Embedded credential %1:").arg(++index) << '\n';
        printSummary(inner, pad + QStringLiteral("    "), out);
    }
}

} // namespace

void InspectionPrinter::print(const Inspection &inspection, QTextStream &out)
{
    printSummary(inspection, QString(), out);
    if (!inspection.header.isEmpty())
        out << '\n' << tr("Header:") << '\n' << indentJson(inspection.header) << '\n';
    out << '\n' << tr("Payload:") << '\n' << indentJson(inspection.payload.toValue()) << '\n';
}

} // namespace vcdesk
