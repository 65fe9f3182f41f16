#pragma once

#include "core/verify/Revocation.h"
#include "core/verify/Verdict.h"

#include <QCoreApplication>

namespace vcdesk {

/// The one place that says a verdict to a person: the same words in the inspector, the wallet
/// lists, the kiosk and the command line, and the same colours wherever one is shown.
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(VerdictText)
public:
    /// "Valid", "Not valid", "Cannot be verified", "Not checked yet".
    static QString label(Verdict verdict);
    /// What a status list said, in a word: "Revoked", "Suspended"; empty for none.
    static QString revocationLabel(Revocation revocation);
    /// The label as a headline (a badge, the command line's verdict line): upper case.
    static QString headline(Verdict verdict);
    /// One sentence saying what it means for the person relying on it.
    static QString meaning(Verdict verdict);
    /// A colour as "#rrggbb" with enough contrast for white text on it (WCAG AA).
    static QString colour(Verdict verdict);
    /// A symbol shown before the label, so the verdict never rests on colour alone: ✔ valid,
    /// ✘ not valid, ⚠ cannot be verified, ○ not checked yet.
    static QString symbol(Verdict verdict);
};

} // namespace vcdesk
