#include "models/BatchRow.h"

#include "core/verify/InspectionJson.h"

namespace vcdesk {

BatchRow BatchRow::of(const QString &input, const QByteArray &token,
                      const Result<Inspection> &inspection)
{
    BatchRow row;
    row.input = input;
    if (!token.isEmpty())
        row.sha256 = InspectionJson::sha256Hex(token);
    if (!inspection) {
        row.readable = false;
        row.problem = inspection.error().message;
        return row;
    }
    const Inspection &i = inspection.value();
    row.verdict = i.report.verdict();
    row.format = i.format;
    row.issuer = i.issuerName.isEmpty() ? i.issuer : i.issuerName;
    QStringList types = i.types;
    types.removeAll(QStringLiteral("VerifiableCredential"));
    row.types = types.join(QStringLiteral(", "));
    row.problem = i.report.firstProblem();
    row.validUntil = i.validUntil;
    return row;
}

QString BatchRow::verdictName() const
{
    return readable ? VerdictName::of(verdict) : QStringLiteral("unreadable");
}

int BatchRow::severity() const
{
    if (!readable)
        return 1;
    switch (verdict) {
    case Verdict::Invalid:
        return 0;
    case Verdict::Unverifiable:
    case Verdict::Unknown:
        return 2;
    case Verdict::Valid:
        break;
    }
    return 3;
}

QStringList BatchRow::csvHeader()
{
    // Machine names, like the JSON report's keys: a spreadsheet's columns, not prose.
    return {QStringLiteral("input"),       QStringLiteral("sha256"), QStringLiteral("verdict"),
            QStringLiteral("format"),      QStringLiteral("issuer"), QStringLiteral("types"),
            QStringLiteral("valid_until"), QStringLiteral("problem")};
}

QStringList BatchRow::csvCells() const
{
    return {input,
            sha256,
            verdictName(),
            format,
            issuer,
            types,
            validUntil.isValid() ? validUntil.toUTC().toString(Qt::ISODate) : QString(),
            problem};
}

} // namespace vcdesk
