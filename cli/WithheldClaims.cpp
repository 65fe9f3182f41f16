#include "cli/WithheldClaims.h"

namespace vcdesk {

namespace {

/// The candidates `selection` chose, part by part.
QList<const Consent::Candidate *> chosen(const Consent &consent,
                                         const PresentationBuilder::Selection &selection)
{
    QList<const Consent::Candidate *> out;
    for (const Consent::Part &part : consent.parts) {
        const QList<qint64> ids = selection.value(part.id);
        for (const Consent::Candidate &candidate : part.candidates)
            if (ids.contains(candidate.credentialId))
                out << &candidate;
    }
    return out;
}

} // namespace

QStringList WithheldClaims::keptBack(const Consent::Candidate &candidate, const QStringList &shared)
{
    QStringList out;
    for (const QString &path : candidate.optionalClaims)
        if (!shared.contains(path))
            out << path;
    return out;
}

PresentationBuilder::Withheld WithheldClaims::of(const Consent &consent,
                                                 const PresentationBuilder::Selection &selection,
                                                 const QStringList &shared)
{
    PresentationBuilder::Withheld withheld;
    for (const Consent::Candidate *candidate : chosen(consent, selection)) {
        const QStringList kept = keptBack(*candidate, shared);
        if (!kept.isEmpty())
            withheld[candidate->credentialId] << kept;
    }
    for (QStringList &paths : withheld)
        paths.removeDuplicates(); // a credential chosen for two parts
    return withheld;
}

QStringList WithheldClaims::unknown(const Consent &consent,
                                    const PresentationBuilder::Selection &selection,
                                    const QStringList &shared)
{
    QStringList optional;
    for (const Consent::Candidate *candidate : chosen(consent, selection))
        optional << candidate->optionalClaims;
    QStringList out;
    for (const QString &path : shared)
        if (!optional.contains(path) && !out.contains(path))
            out << path;
    return out;
}

} // namespace vcdesk
