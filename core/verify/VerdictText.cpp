#include "core/verify/VerdictText.h"

namespace vcdesk {

QString VerdictText::label(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return tr("Valid");
    case Verdict::Invalid:
        return tr("Not valid");
    case Verdict::Unverifiable:
        return tr("Cannot be verified");
    case Verdict::Unknown:
        break;
    }
    return tr("Not checked yet");
}

QString VerdictText::revocationLabel(Revocation revocation)
{
    switch (revocation) {
    case Revocation::Revoked:
        return tr("Revoked");
    case Revocation::Suspended:
        return tr("Suspended");
    case Revocation::None:
        break;
    }
    return {};
}

QString VerdictText::headline(Verdict verdict)
{
    return label(verdict).toUpper();
}

QString VerdictText::meaning(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return tr("Every check passed.");
    case Verdict::Invalid:
        return tr("At least one check failed: do not rely on it.");
    case Verdict::Unverifiable:
        return tr("Something could not be checked, so it is not valid: do not rely on it.");
    case Verdict::Unknown:
        break;
    }
    return tr("It has not been checked: do not rely on it until it is.");
}

QString VerdictText::colour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("#1b7f3b");
    case Verdict::Invalid:
        return QStringLiteral("#b31d1d");
    case Verdict::Unverifiable:
        return QStringLiteral("#8a5a00");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("#5a5a5a");
}

QString VerdictText::symbol(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("\u2714");
    case Verdict::Invalid:
        return QStringLiteral("\u2718");
    case Verdict::Unverifiable:
        return QStringLiteral("\u26a0");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("\u25cb");
}

} // namespace vcdesk
