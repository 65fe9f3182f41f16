#include "core/verify/ValidationReport.h"

#include <QJsonObject>
#include <QStringList>

namespace vcdesk {

void ValidationReport::add(const QString &name, CheckResult::Outcome outcome, const QString &detail)
{
    // Room for a credential's usual checks at once, instead of growing the list two or three
    // times per token.
    if (m_checks.isEmpty())
        m_checks.reserve(6);
    m_checks.append(CheckResult{name, outcome, detail});
}

void ValidationReport::addCombined(const QString &name, const QList<CheckResult> &parts)
{
    CheckResult::Outcome outcome = CheckResult::Outcome::Pass;
    QStringList details;
    for (const CheckResult &part : parts) {
        if (part.outcome == CheckResult::Outcome::Fail ||
            (part.outcome == CheckResult::Outcome::Unknown &&
             outcome == CheckResult::Outcome::Pass))
            outcome = part.outcome;
        details << part.detail;
    }
    add(name, outcome, details.join(QStringLiteral("; ")));
}

QString ValidationReport::firstProblem() const
{
    for (const auto outcome : {CheckResult::Outcome::Fail, CheckResult::Outcome::Unknown})
        for (const CheckResult &check : m_checks)
            if (check.outcome == outcome)
                return QStringLiteral("%1: %2").arg(check.name, check.detail);
    return {};
}

const CheckResult *ValidationReport::check(const QString &name) const
{
    for (const CheckResult &check : m_checks) {
        if (check.name == name)
            return &check;
    }
    return nullptr;
}

void ValidationReport::markRevocation(Revocation revocation)
{
    if (revocation == Revocation::Revoked ||
        (revocation == Revocation::Suspended && m_revocation == Revocation::None))
        m_revocation = revocation;
}

ValidationReport::Verdict ValidationReport::verdict() const
{
    if (m_checks.isEmpty())
        return Verdict::Unverifiable;
    bool allPassed = true;
    for (const CheckResult &check : m_checks) {
        if (check.outcome == CheckResult::Outcome::Fail)
            return Verdict::Invalid;
        allPassed = allPassed && check.outcome == CheckResult::Outcome::Pass;
    }
    return allPassed ? Verdict::Valid : Verdict::Unverifiable;
}

QJsonArray ValidationReport::checksJson() const
{
    QJsonArray out;
    for (const CheckResult &check : m_checks)
        out.append(QJsonObject{{QStringLiteral("name"), check.name},
                               {QStringLiteral("result"), CheckResult::outcomeName(check.outcome)},
                               {QStringLiteral("detail"), check.detail}});
    return out;
}

} // namespace vcdesk
