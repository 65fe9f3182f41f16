#pragma once

#include "core/api/HostedWalletClient.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>
#include <QList>

namespace vcdesk {

/// A hosted wallet's named validation results (seed 003 proofs/verify) next to vcdesk's own
/// checks of the same credential, check by check: SignatureVerification, CredentialStatus,
/// SchemaConformance, TrustRegistryMembership, IssuerIsSigner, then any other name either
/// side gave. A row "differs" when one side passed it and the other did not (a check one
/// side did not run is not a pass).
struct ValidationComparison
{
    Q_DECLARE_TR_FUNCTIONS(ValidationComparison)
public:
    enum class Side { Passed, Failed, NotRun };
    struct Row
    {
        QString name;
        Side service = Side::NotRun;
        QString serviceSays;
        Side vcdesk = Side::NotRun;
        QString vcdeskSays;
        bool differs() const { return (service == Side::Passed) != (vcdesk == Side::Passed); }
    };

    bool serviceValid = false;
    Verdict vcdeskVerdict = Verdict::Unknown;
    QList<Row> rows;

    static ValidationComparison of(const HostedWalletClient::ProofResult &service,
                                   const ValidationReport &vcdesk);
    int differences() const;
};

} // namespace vcdesk
