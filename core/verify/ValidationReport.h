#pragma once

#include "core/verify/CheckResult.h"
#include "core/verify/Revocation.h"
#include "core/verify/Verdict.h"

#include <QJsonArray>
#include <QList>

namespace vcdesk {

/// The named checks run on one token and the verdict they add up to: valid only if every
/// check passed, invalid if any failed, unverifiable otherwise (something could not be
/// checked, e.g. the issuer's DID did not resolve). An empty report is unverifiable.
class ValidationReport
{
public:
    using Verdict = vcdesk::Verdict; // never Unknown: a report has checks or is unverifiable

    void add(const QString &name, CheckResult::Outcome outcome, const QString &detail);
    /// One check made of several parts (e.g. one per status entry): it fails if any part
    /// fails, is unknown if any part is unknown, and passes otherwise; details are joined.
    void addCombined(const QString &name, const QList<CheckResult> &parts);
    const QList<CheckResult> &checks() const { return m_checks; }
    const CheckResult *check(const QString &name) const;
    /// A status list says the credential is revoked or suspended (its CredentialStatus check
    /// failed for that, not for an unreadable or foreign list): the wallet badges it so.
    /// Revoked outweighs suspended (one list may say both).
    void markRevocation(Revocation revocation);
    Revocation revocation() const { return m_revocation; }

    Verdict verdict() const;
    /// The first check that failed, else the first one that could not be made, as
    /// "Name: detail"; empty when every check passed. Raw: the detail may quote the token.
    QString firstProblem() const;
    QJsonArray checksJson() const;

private:
    QList<CheckResult> m_checks;
    Revocation m_revocation = Revocation::None;
};

} // namespace vcdesk
