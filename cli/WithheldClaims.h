#pragma once

#include "core/oid4vp/Consent.h"
#include "core/oid4vp/PresentationBuilder.h"

#include <QStringList>

namespace vcdesk {

/// Which optional claims `vcdesk present` keeps back: every claim a request can do without
/// stays in the wallet, as it does in the window (models/ConsentChoices), except those the
/// holder names with `--share-optional PATH` (a display path as the consent lists it, for
/// every chosen credential that has it as an optional claim).
class WithheldClaims
{
public:
    /// Credential id -> the optional claims of the credentials `selection` chose that stay
    /// back (what PresentationBuilder takes).
    static PresentationBuilder::Withheld of(const Consent &consent,
                                            const PresentationBuilder::Selection &selection,
                                            const QStringList &shared);
    /// The `shared` paths that are no optional claim of any chosen credential (a typo, or a
    /// claim the request requires anyway).
    static QStringList unknown(const Consent &consent,
                               const PresentationBuilder::Selection &selection,
                               const QStringList &shared);
    /// The optional claims of a candidate that stay back, as of() keeps them for it.
    static QStringList keptBack(const Consent::Candidate &candidate, const QStringList &shared);
};

} // namespace vcdesk
