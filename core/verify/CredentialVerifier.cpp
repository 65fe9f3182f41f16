#include "core/verify/CredentialVerifier.h"

#include "core/did/DidDocument.h"
#include "core/verify/DataIntegrityCheck.h"
#include "core/verify/JwsSignatureCheck.h"
#include "core/verify/KeyBindingCheck.h"
#include "core/verify/SchemaCheck.h"
#include "core/verify/StatusListCheck.h"
#include "core/verify/TrustList.h"
#include "core/verify/ValidityCheck.h"

#include <QJsonArray>

namespace vcdesk {

namespace {
using Outcome = CheckResult::Outcome;
const QString kSignature = QStringLiteral("SignatureVerification");
} // namespace

ValidationReport CredentialVerifier::verify(const Credential &credential,
                                            const InspectOptions &options, QJsonObject *signer)
{
    ValidationReport report;
    if (credential.jws) {
        const QString relationship = credential.isPresentation() ? DidDocument::kAuthentication
                                                                 : DidDocument::kAssertionMethod;
        const QJsonObject found = JwsSignatureCheck::run(*credential.jws, credential.issuer,
                                                         relationship, options, report);
        if (signer)
            *signer = found;
        if (credential.sdJwt)
            checkDisclosures(credential, options, report);
    } else {
        DataIntegrityCheck::run(credential, options, report, signer);
    }
    if (!credential.inconsistencies.isEmpty())
        report.add(QStringLiteral("ClaimsConsistency"), Outcome::Fail,
                   credential.inconsistencies.join(QStringLiteral("; ")));
    if (!credential.dateProblems.isEmpty())
        report.add(QStringLiteral("ValidityPeriod"), Outcome::Fail,
                   credential.dateProblems.join(QStringLiteral("; ")));
    else
        ValidityCheck::run(credential.validFrom, credential.validUntil, credential.issuedAt,
                           options, report);
    if (options.checkStatus && !credential.isPresentation())
        StatusListCheck::run(credential, options, report);
    if (!credential.isPresentation())
        SchemaCheck::run(credential, options, report);
    if (options.trustList && !options.trustList->isEmpty() && !credential.isPresentation()) {
        const auto entry = options.trustList->match(credential.issuer);
        report.add(
            QStringLiteral("TrustRegistryMembership"), entry ? Outcome::Pass : Outcome::Fail,
            entry ? tr("the issuer is on your trust list as \"%1\"").arg(entry->name)
                  : tr("the issuer %1 is not on your trust list").arg(credential.issuer.left(120)));
    }
    return report;
}

void CredentialVerifier::checkDisclosures(const Credential &credential,
                                          const InspectOptions &options, ValidationReport &report)
{
    const SdJwt &sdJwt = *credential.sdJwt;
    if (!credential.disclosureError.isEmpty())
        report.add(QStringLiteral("Disclosures"), Outcome::Fail, credential.disclosureError);
    else
        report.add(QStringLiteral("Disclosures"), Outcome::Pass,
                   tr("%n disclosure(s) match the issuer's digests", nullptr,
                      int(sdJwt.disclosures().size())));
    KeyBindingCheck::run(sdJwt, credential.jwtClaims, options, report);
}

} // namespace vcdesk
