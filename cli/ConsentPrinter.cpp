#include "cli/ConsentPrinter.h"

#include "core/common/DisplayText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

namespace {

QString safe(const QJsonValue &value, qsizetype maxChars = 200)
{
    return DisplayText::escape(value.toString(), maxChars);
}

/// The verifier's own words, quoted so that they read as a quotation and not as vcdesk's.
QString quoted(const QJsonValue &value, qsizetype maxChars)
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

void ConsentPrinter::print(const QJsonObject &consent, QTextStream &out)
{
    const QJsonObject verifier = consent.value(QStringLiteral("verifier")).toObject();
    const QString listed = verifier.value(QStringLiteral("trustListName")).toString();
    // Who asks and where the answer goes are printed whole: shortening them could hide the
    // very domain that matters (bank.example.<long labels>.evil.com).
    out << tr("Verifier:        %1").arg(safe(verifier.value(QStringLiteral("clientId")), -1))
        << '\n';
    out << tr("Checked:         %1")
               .arg(safe(verifier.value(QStringLiteral("authenticatedBy")), -1))
        << '\n';
    out << (listed.isEmpty() ? tr("Trust list:      not on your trust list")
                             : tr("Trust list:      on your trust list as %1")
                                   .arg(quoted(listed, kMaxNameChars)))
        << '\n';
    out << tr("Answer goes to:  %1").arg(safe(consent.value(QStringLiteral("responseUri")), -1))
        << '\n';
    for (const QJsonValue &skipped : consent.value(QStringLiteral("notSearched")).toArray())
        out << tr("Not searched:    %1").arg(safe(skipped)) << '\n';

    const QString name = verifier.value(QStringLiteral("name")).toString();
    const QString purpose = consent.value(QStringLiteral("purpose")).toString();
    if (!name.isEmpty() || !purpose.isEmpty()) {
        out << '\n' << tr("What the verifier says about itself (not checked by vcdesk):") << '\n';
        if (!name.isEmpty())
            out << tr("  | name:    %1").arg(quoted(name, kMaxNameChars)) << '\n';
        if (!purpose.isEmpty())
            out << tr("  | purpose: %1").arg(quoted(purpose, kMaxPurposeChars)) << '\n';
    }
    for (const QJsonValue &part : consent.value(QStringLiteral("parts")).toArray())
        printPart(part.toObject(), out);
}

void ConsentPrinter::printPart(const QJsonObject &part, QTextStream &out)
{
    out << '\n'
        << (part.value(QStringLiteral("required")).toBool() ? tr("Required: %1")
                                                            : tr("Optional: %1"))
               .arg(safe(part.value(QStringLiteral("id")), 80))
        << '\n';
    if (!part.value(QStringLiteral("purpose")).toString().isEmpty())
        out << tr("  | the verifier says: %1")
                   .arg(quoted(part.value(QStringLiteral("purpose")), kMaxPurposeChars))
            << '\n';
    const QJsonArray candidates = part.value(QStringLiteral("candidates")).toArray();
    if (candidates.isEmpty())
        out << tr("  nothing in your wallet fits: %1")
                   .arg(safe(part.value(QStringLiteral("unmatchedReason")), 300))
            << '\n';
    for (const QJsonValue &candidate : candidates)
        printCandidate(candidate.toObject(), out);
}

void ConsentPrinter::printCandidate(const QJsonObject &candidate, QTextStream &out)
{
    out << tr("  [%1] %2 from %3")
               .arg(candidate.value(QStringLiteral("credentialId")).toInteger())
               .arg(safe(candidate.value(QStringLiteral("title")), 80),
                    safe(candidate.value(QStringLiteral("issuer")), 120))
        << '\n';
    if (!candidate.value(QStringLiteral("valid")).toBool())
        out << tr("      NOT VALID: %1")
                   .arg(safe(candidate.value(QStringLiteral("notValidReason")), 200))
            << '\n';
    const QJsonObject claims = candidate.value(QStringLiteral("disclosedClaims")).toObject();
    for (auto it = claims.begin(); it != claims.end(); ++it)
        out << "      " << DisplayText::escape(it.key(), 120) << " = " << claimValue(it.value())
            << '\n';
    if (candidate.value(QStringLiteral("revealsWholeCredential")).toBool()) {
        out << tr("      (this credential cannot hide claims: all of it is shown)") << '\n';
    } else {
        QStringList always;
        for (const QJsonValue &path : candidate.value(QStringLiteral("alsoRevealed")).toArray())
            always << safe(path, 80);
        if (!always.isEmpty())
            out << tr("      also shown (not selectively disclosable): %1")
                       .arg(always.join(QStringLiteral(", ")))
                << '\n';
    }
}

} // namespace vcdesk
