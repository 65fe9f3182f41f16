#include "core/verify/InspectionSummary.h"

#include "core/credential/CredentialParser.h"

namespace vcdesk {

namespace {

QString date(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

bool isPresentation(const Inspection &inspection)
{
    return inspection.types.contains(QStringLiteral("VerifiablePresentation")) ||
           inspection.format.contains(QStringLiteral("vp"));
}

} // namespace

QStringList InspectionSummary::subjects(const Inspection &inspection, qsizetype max)
{
    QStringList out;
    if (!inspection.subject.isEmpty())
        out << inspection.subject;
    if (inspection.format.contains(QLatin1String("sd-jwt")) || isPresentation(inspection))
        return out.mid(0, max);
    // One more than asked, as the subject may be among them.
    for (const QString &id : CredentialParser::subjectIds(inspection.claims, max + 1))
        if (out.size() < max && !out.contains(id))
            out << id;
    return out.mid(0, max);
}

QString InspectionSummary::signerLabel(const Inspection &inspection)
{
    return isPresentation(inspection) ? tr("Holder") : tr("Issuer");
}

QList<InspectionSummary::Line> InspectionSummary::of(const Inspection &inspection)
{
    QList<Line> lines;
    auto add = [&](Field field, const QString &label, const QString &value,
                   const QString &note = {}) {
        if (!value.isEmpty())
            lines.append(Line{field, label, value, note});
    };
    add(Field::Format, tr("Format"), inspection.format);
    add(Field::Algorithm, tr("Algorithm"),
        inspection.header.value(QStringLiteral("alg")).toString());
    QStringList types = inspection.types;
    types.removeAll(QStringLiteral("VerifiableCredential"));
    types.removeAll(QStringLiteral("VerifiablePresentation"));
    add(Field::Types, tr("Types"), types.join(QStringLiteral(", ")));
    add(Field::Signer, signerLabel(inspection), inspection.issuer, inspection.issuerName);
    // Every subject: a credential about two people names both, never only the first.
    const QStringList about = subjects(inspection, kMaxSubjects + 1);
    QString named = about.mid(0, kMaxSubjects).join(QStringLiteral(", "));
    if (about.size() > kMaxSubjects)
        named += QStringLiteral(", …");
    add(Field::Subject, about.size() > 1 ? tr("Subjects") : tr("Subject"), named,
        about.size() > 1
            ? (about.size() > kMaxSubjects ? tr("more than %n subjects", nullptr, int(kMaxSubjects))
                                           : tr("%n subjects", nullptr, int(about.size())))
            : QString());
    if (inspection.validFrom.isValid() || inspection.validUntil.isValid())
        add(Field::Validity, tr("Valid"),
            tr("%1 to %2").arg(date(inspection.validFrom), date(inspection.validUntil)));
    if (inspection.signer.contains(QStringLiteral("keyId")))
        add(Field::SignedBy, tr("Signed by"),
            inspection.signer.value(QStringLiteral("keyId")).toString());
    else if (inspection.signer.contains(QStringLiteral("thumbprint")))
        add(Field::SignedBy, tr("Signed by"),
            tr("given key %1")
                .arg(inspection.signer.value(QStringLiteral("thumbprint")).toString()));
    if (!inspection.nested.empty())
        add(Field::Embedded, tr("Embedded"),
            tr("%n credential(s)", nullptr, int(inspection.nested.size())));
    return lines;
}

} // namespace vcdesk
