#pragma once

#include "core/api/HostedWalletClient.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>
#include <QList>

namespace vcdesk {

/// A hosted wallet's named validation results (seed 003 proofs/verify) next to vcdesk's own
/// checks of the same credential, check by check: SignatureVerification, CredentialStatus,
/// SchemaConformance, TrustRegistryMembership, IssuerIsSigner, then any other name either
/// side gave, after a first row for the whole verdict (the service's isValid against vcdesk's
/// verdict: anything but valid is not a pass). A row "differs" when the two sides did not
/// give the same answer.
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
        /// Any two answers that are not the same: passed against not run, failed against not
        /// run, passed against failed.
        bool differs() const { return service != vcdesk; }
    };

    bool serviceValid = false;
    Verdict vcdeskVerdict = Verdict::Unknown;
    QList<Row> rows;

    static ValidationComparison of(const HostedWalletClient::ProofResult &service,
                                   const ValidationReport &vcdesk);
    int differences() const;
};

} // namespace vcdesk
