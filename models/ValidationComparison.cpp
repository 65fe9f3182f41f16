#include "models/ValidationComparison.h"

#include "core/verify/CheckName.h"
#include "core/verify/VerdictText.h"

namespace vcdesk {

ValidationComparison ValidationComparison::of(const HostedWalletClient::ProofResult &service,
                                              const ValidationReport &vcdesk)
{
    ValidationComparison comparison;
    comparison.serviceValid = service.isValid;
    comparison.vcdeskVerdict = vcdesk.verdict();
    QStringList names{CheckName::SignatureVerification, CheckName::CredentialStatus,
                      CheckName::SchemaConformance, CheckName::TrustRegistryMembership,
                      CheckName::IssuerIsSigner};
    QStringList extra = service.results.keys();
    extra.sort();
    for (const QString &name : extra)
        if (!names.contains(name))
            names << name;
    for (const CheckResult &check : vcdesk.checks())
        if (!names.contains(check.name))
            names << check.name;
    Row verdict;
    verdict.name = QStringLiteral("Verdict");
    verdict.service = service.isValid ? Side::Passed : Side::Failed;
    verdict.serviceSays = service.isValid ? tr("valid") : tr("not valid");
    verdict.vcdesk = comparison.vcdeskVerdict == Verdict::Valid ? Side::Passed : Side::Failed;
    verdict.vcdeskSays = VerdictText::label(comparison.vcdeskVerdict);
    comparison.rows << verdict;
    for (const QString &name : names) {
        Row row;
        row.name = name;
        if (const auto it = service.results.constFind(name); it != service.results.cend()) {
            row.service = it->isValid ? Side::Passed : Side::Failed;
            row.serviceSays = it->messages.join(QStringLiteral("; "));
        }
        if (const CheckResult *check = vcdesk.check(name)) {
            row.vcdesk = check->outcome == CheckResult::Outcome::Pass   ? Side::Passed
                         : check->outcome == CheckResult::Outcome::Fail ? Side::Failed
                                                                        : Side::NotRun;
            row.vcdeskSays = check->detail;
        }
        comparison.rows << row;
    }
    return comparison;
}

int ValidationComparison::differences() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.differs(); }));
}

} // namespace vcdesk
