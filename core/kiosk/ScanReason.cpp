#include "core/kiosk/ScanReason.h"

#include "core/verify/CheckName.h"

namespace vcdesk {

namespace {

using Outcome = CheckResult::Outcome;

struct Found
{
    const Inspection *inspection = nullptr;
    const CheckResult *check = nullptr;
};

/// The first check with `outcome`, depth first; the summary of nested credentials only when
/// no nested check explains it.
Found first(const Inspection &inspection, Outcome outcome)
{
    const CheckResult *summary = nullptr;
    for (const CheckResult &check : inspection.report.checks()) {
        if (check.outcome != outcome)
            continue;
        if (check.name == CheckName::NestedCredentials) {
            summary = &check;
            continue;
        }
        return {&inspection, &check};
    }
    for (const Inspection &nested : inspection.nested)
        if (const Found found = first(nested, outcome); found.check)
            return found;
    return summary ? Found{&inspection, summary} : Found{};
}

Error failed(const Found &found)
{
    const QString &name = found.check->name;
    const QString &detail = found.check->detail;
    const auto error = [](const char *code, const QString &message) {
        return Error{QString::fromLatin1(code), message};
    };
    if (name == CheckName::SignatureVerification || name == CheckName::IssuerIsSigner)
        return error("kiosk.scan.bad_signature",
                     ScanReason::tr("The signature is not right: %1").arg(detail));
    if (name == CheckName::ValidityPeriod)
        return error("kiosk.scan.expired",
                     ScanReason::tr("Not valid at this time: %1").arg(detail));
    if (name == CheckName::CredentialStatus) {
        switch (found.inspection->report.revocation()) {
        case Revocation::Revoked:
            return error("kiosk.scan.revoked",
                         ScanReason::tr("The issuer has revoked it: %1").arg(detail));
        case Revocation::Suspended:
            return error("kiosk.scan.suspended",
                         ScanReason::tr("The issuer has suspended it: %1").arg(detail));
        case Revocation::None:
            break;
        }
        return error("kiosk.scan.status",
                     ScanReason::tr("Its status entry is not usable: %1").arg(detail));
    }
    if (name == CheckName::TrustRegistryMembership)
        return error(
            "kiosk.scan.untrusted_issuer",
            ScanReason::tr("The issuer is not on this kiosk's trust list: %1").arg(detail));
    if (name == CheckName::Disclosures || name == CheckName::KeyBinding)
        return error(
            "kiosk.scan.disclosures",
            ScanReason::tr("The disclosed claims do not fit the credential: %1").arg(detail));
    if (name == CheckName::HolderBinding)
        return error("kiosk.scan.not_the_holder",
                     ScanReason::tr("It is shown by someone it was not issued to: %1").arg(detail));
    return error("kiosk.scan.not_verified", ScanReason::tr("%1 failed: %2").arg(name, detail));
}

Error unknown(const Found &found)
{
    const QString &detail = found.check->detail;
    if (found.check->name == CheckName::CredentialStatus)
        return Error{QStringLiteral("kiosk.scan.status_unknown"),
                     ScanReason::tr("Whether it was revoked cannot be told: no status list "
                                    "fresh enough in the cache, and it cannot be fetched (%1)")
                         .arg(detail)};
    return Error{QStringLiteral("kiosk.scan.unverifiable"),
                 ScanReason::tr("It cannot be verified here: %1").arg(detail)};
}

} // namespace

std::optional<Error> ScanReason::of(const Inspection &inspection)
{
    if (const Found found = first(inspection, Outcome::Fail); found.check)
        return failed(found);
    if (const Found found = first(inspection, Outcome::Unknown); found.check)
        return unknown(found);
    if (inspection.report.verdict() != Verdict::Valid)
        return Error{QStringLiteral("kiosk.scan.unverifiable"),
                     tr("Nothing in it could be verified.")};
    return std::nullopt;
}

} // namespace vcdesk
