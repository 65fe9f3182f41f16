#include "cli/ConsentPrinter.h"

#include "core/common/DisplayText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

namespace {

QString safe(const QString &value, qsizetype maxChars = 200)
{
    return DisplayText::escape(value, maxChars);
}

/// The verifier's own words, quoted so that they read as a quotation and not as vcdesk's.
QString quoted(const QString &value, qsizetype maxChars)
{
    return QLatin1Char('"') + safe(value, maxChars) + QLatin1Char('"');
}

QString claimValue(const QJsonValue &value)
{
    if (value.isString())
        return DisplayText::escape(value.toString(), 200);
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return DisplayText::escape(QString::fromUtf8(json).mid(1).chopped(1), 200);
}

} // namespace

void ConsentPrinter::print(const Consent &consent, QTextStream &out,
                           const QStringList &sharedOptional)
{
    const VerifierIdentity &verifier = consent.verifier;
    // Who asks and where the answer goes are printed whole: shortening them could hide the
    // very domain that matters (bank.example.<long labels>.evil.com).
    out << tr("Verifier:        %1").arg(safe(verifier.clientId, -1)) << '\n';
    out << tr("Checked:         %1").arg(safe(verifier.authenticatedBy, -1)) << '\n';
    out << (verifier.trustName.isEmpty() ? tr("Trust list:      not on your trust list")
                                         : tr("Trust list:      on your trust list as %1")
                                               .arg(quoted(verifier.trustName, kMaxNameChars)))
        << '\n';
    out << tr("Answer goes to:  %1").arg(safe(consent.responseUri.toString(), -1)) << '\n';
    for (const QString &skipped : consent.notSearched)
        out << tr("Not searched:    %1").arg(safe(skipped)) << '\n';

    if (!verifier.name.isEmpty() || !consent.purpose.isEmpty()) {
        out << '\n' << tr("What the verifier says about itself (not checked by vcdesk):") << '\n';
        if (!verifier.name.isEmpty())
            out << tr("  | name:    %1").arg(quoted(verifier.name, kMaxNameChars)) << '\n';
        if (!consent.purpose.isEmpty())
            out << tr("  | purpose: %1").arg(quoted(consent.purpose, kMaxPurposeChars)) << '\n';
    }
    for (const Consent::Part &part : consent.parts)
        printPart(part, sharedOptional, out);
}

void ConsentPrinter::printPart(const Consent::Part &part, const QStringList &sharedOptional,
                               QTextStream &out)
{
    out << '\n'
        << (part.required ? tr("Required: %1") : tr("Optional: %1")).arg(safe(part.id, 80)) << '\n';
    if (!part.purpose.isEmpty())
        out << tr("  | the verifier says: %1").arg(quoted(part.purpose, kMaxPurposeChars)) << '\n';
    if (part.candidates.isEmpty())
        out << tr("  nothing in your wallet fits: %1").arg(safe(part.unmatchedReason, 300)) << '\n';
    for (const Consent::Candidate &candidate : part.candidates)
        printCandidate(candidate, sharedOptional, out);
}

void ConsentPrinter::printCandidate(const Consent::Candidate &candidate,
                                    const QStringList &sharedOptional, QTextStream &out)
{
    out << tr("  [%1] %2 from %3")
               .arg(candidate.credentialId)
               .arg(safe(candidate.title, 80), safe(candidate.issuer, 120))
        << '\n';
    if (!candidate.valid)
        out << tr("      NOT VALID: %1").arg(safe(candidate.notValidReason, 200)) << '\n';
    for (const auto &[path, value] : candidate.disclosedClaims) {
        out << "      " << DisplayText::escape(path, 120) << " = " << claimValue(value);
        if (candidate.optionalClaims.contains(path))
            out << "  "
                << (sharedOptional.contains(path)
                        ? tr("(optional: goes, as --share-optional asks)")
                        : tr("(optional: stays in your wallet unless --share-optional %1)")
                              .arg(DisplayText::escape(path, 120)));
        out << '\n';
    }
    if (candidate.revealsWholeCredential) {
        out << tr("      (this credential cannot hide claims: all of it is shown)") << '\n';
    } else {
        QStringList always;
        for (const QString &path : candidate.alsoRevealed)
            always << safe(path, 80);
        if (!always.isEmpty())
            out << tr("      also shown (not selectively disclosable): %1")
                       .arg(always.join(QStringLiteral(", ")))
                << '\n';
    }
}

} // namespace vcdesk
