#pragma once

// The credentials the wallet benchmarks fill a wallet with: real signed JWT-VCs of ten types
// from a set of issuers, every tenth tagged "favourite", one in a thousand revoked.

#include "support/WalletFixture.h"

#include <QStringList>

namespace vcdesk::bench {

inline const QStringList &credentialTypes()
{
    static const QStringList types{
        "UniversityDegreeCredential", "EmailCredential",    "PassportCredential",  "EmployeeBadge",
        "MembershipCredential",       "DriverLicense",      "HealthInsuranceCard", "LibraryCard",
        "TicketCredential",           "AgeOver18Credential"};
    return types;
}

inline CredentialRecord benchRecord(const test::Issuer &issuer, int serial)
{
    const QStringList &types = credentialTypes();
    CredentialRecord r = test::signedRecord(issuer, types.at(serial % types.size()), serial);
    if (serial % 10 == 0)
        r.tags = QStringList{"favourite"};
    if (serial % 1000 == 7) {
        r.verdict = Verdict::Invalid;
        r.revocation = Revocation::Revoked;
    }
    return r;
}

} // namespace vcdesk::bench
