#include "app/InspectionPrinter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

namespace {

QString indent(const QByteArray &json)
{
    QString text = QString::fromUtf8(json).trimmed();
    text.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    return QStringLiteral("    ") + text;
}

QString asJson(const QJsonValue &value)
{
    if (value.isObject())
        return indent(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return indent(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return QStringLiteral("    ") + value.toVariant().toString();
}

} // namespace

void InspectionPrinter::print(const Inspection &inspection, QTextStream &out)
{
    const QString verdict = ValidationReport::verdictName(inspection.report.verdict()).toUpper();
    out << tr("Format:     %1").arg(inspection.format) << '\n';
    out << tr("Algorithm:  %1").arg(inspection.header.value(QStringLiteral("alg")).toString())
        << '\n';
    const QJsonObject payload = inspection.payload.toObject();
    if (payload.contains(QStringLiteral("iss")))
        out << tr("Issuer:     %1").arg(payload.value(QStringLiteral("iss")).toString()) << '\n';
    if (payload.contains(QStringLiteral("sub")))
        out << tr("Subject:    %1").arg(payload.value(QStringLiteral("sub")).toString()) << '\n';
    if (inspection.signer.contains(QStringLiteral("keyId")))
        out << tr("Signed by:  %1").arg(inspection.signer.value(QStringLiteral("keyId")).toString())
            << '\n';
    else if (inspection.signer.contains(QStringLiteral("thumbprint")))
        out << tr("Signed by:  given key %1")
                   .arg(inspection.signer.value(QStringLiteral("thumbprint")).toString())
            << '\n';
    out << tr("Checks:") << '\n';
    for (const CheckResult &check : inspection.report.checks()) {
        out << QStringLiteral("  [%1] %2: %3")
                   .arg(CheckResult::outcomeName(check.outcome).toUpper(), check.name, check.detail)
            << '\n';
    }
    out << tr("Verdict:    %1").arg(verdict) << "\n\n";
    out << tr("Header:") << '\n' << asJson(inspection.header) << "\n\n";
    out << tr("Payload:") << '\n' << asJson(inspection.payload) << '\n';
}

} // namespace vcdesk
