#include "core/verify/CredentialVerifier.h"

#include "core/did/DidDocument.h"
#include "core/verify/CheckName.h"
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

} // namespace

ValidationReport CredentialVerifier::verify(const Credential &credential,
                                            const InspectOptions &options, QJsonObject *signer,
                                            PublicKey *signerKey)
{
    ValidationReport report;
    if (credential.jws) {
        const QString relationship = credential.isPresentation() ? DidDocument::kAuthentication
                                                                 : DidDocument::kAssertionMethod;
        const QJsonObject found = JwsSignatureCheck::run(*credential.jws, credential.issuer,
                                                         relationship, options, report, signerKey);
        if (signer)
            *signer = found;
        if (credential.sdJwt)
            checkDisclosures(credential, options, report);
    } else {
        DataIntegrityCheck::run(credential, options, report, signer, signerKey);
    }
    // A credential must say who vouches for it; without an issuer nothing ties the signing key
    // to anyone, so it is never valid.
    if (!credential.isPresentation() && credential.issuer.trimmed().isEmpty())
        report.add(CheckName::IssuerIsSigner, Outcome::Fail,
                   tr("the credential names no issuer (its \"issuer\" or \"iss\" is missing, "
                      "empty or not an identifier)"));
    if (!credential.inconsistencies.isEmpty())
        report.add(CheckName::ClaimsConsistency, Outcome::Fail,
                   credential.inconsistencies.join(QStringLiteral("; ")));
    if (!credential.dateProblems.isEmpty())
        report.add(CheckName::ValidityPeriod, Outcome::Fail,
                   credential.dateProblems.join(QStringLiteral("; ")));
    else
        ValidityCheck::run(credential.validFrom, credential.validUntil, credential.issuedAt,
                           options, report);
    const bool trustListed = options.trustList && !options.trustList->isEmpty();
    const auto trusted = trustListed ? options.trustList->match(credential.issuer) : std::nullopt;
    if (!credential.isPresentation())
        lookUpStatusAndSchemas(credential, options, trustListed && !trusted, report);
    if (trustListed && !credential.isPresentation()) {
        const auto &entry = trusted;
        report.add(
            CheckName::TrustRegistryMembership, entry ? Outcome::Pass : Outcome::Fail,
            entry ? tr("the issuer is on your trust list as \"%1\"").arg(entry->name)
                  : tr("the issuer %1 is not on your trust list").arg(credential.issuer.left(120)));
    }
    return report;
}

void CredentialVerifier::lookUpStatusAndSchemas(const Credential &credential,
                                                const InspectOptions &options, bool untrusted,
                                                ValidationReport &report)
{
    // Status lists and schemas are fetched from where the credential says. Only for one whose
    // signature, dates and issuer hold: a forged or untrusted credential (a code a stranger
    // holds up to a kiosk) makes this computer fetch nothing on its author's behalf, and its
    // verdict is "not valid" already.
    // Only what decides who wrote it gates the lookup: an expired credential, or one whose
    // key binding failed, is still looked up (revoked says more than expired, and a copied
    // presentation must still be called copied, not merely not valid).
    QString why;
    const CheckResult *signature = report.check(CheckName::SignatureVerification);
    const CheckResult *issuerSigned = report.check(CheckName::IssuerIsSigner);
    if (!signature || signature->outcome != Outcome::Pass)
        why = tr("not looked up: its signature was not verified");
    else if (issuerSigned && issuerSigned->outcome == Outcome::Fail)
        why = tr("not looked up: it was not signed by its issuer");
    if (why.isEmpty() && untrusted)
        why = tr("not looked up: the issuer is not on your trust list");
    if (why.isEmpty()) {
        if (options.checkStatus)
            StatusListCheck::run(credential, options, report);
        SchemaCheck::run(credential, options, report);
        return;
    }
    const auto present = [](const QJsonValue &value) {
        return !value.isUndefined() && !value.isNull();
    };
    if (options.checkStatus && present(credential.status))
        report.add(CheckName::CredentialStatus, Outcome::Unknown, why);
    if (present(credential.schemas))
        report.add(CheckName::SchemaConformance, Outcome::Unknown, why);
}

void CredentialVerifier::checkDisclosures(const Credential &credential,
                                          const InspectOptions &options, ValidationReport &report)
{
    const SdJwt &sdJwt = *credential.sdJwt;
    if (!credential.disclosureError.isEmpty())
        report.add(CheckName::Disclosures, Outcome::Fail, credential.disclosureError);
    else
        report.add(CheckName::Disclosures, Outcome::Pass,
                   tr("%n disclosure(s) match the issuer's digests", nullptr,
                      int(sdJwt.disclosures().size())));
    KeyBindingCheck::run(sdJwt, credential.jwtClaims, options, report);
}

} // namespace vcdesk
