#pragma once

#include "core/verify/Inspection.h"

#include <QCoreApplication>
#include <QList>

namespace vcdesk {

/// The short account of one inspection that the window's summary line and the command line's
/// report both show, in the same words: format, algorithm, types, who signed it (its issuer,
/// or the holder of a presentation), subject, validity, signing key, embedded credentials.
/// Values are raw (they come from the token): each view escapes them for its medium.
class InspectionSummary
{
    Q_DECLARE_TR_FUNCTIONS(InspectionSummary)
public:
    enum class Field { Format, Algorithm, Types, Signer, Subject, Validity, SignedBy, Embedded };

    struct Line
    {
        Field field;
        QString label; // "Issuer", "Holder", ...: vcdesk's words, translated
        QString value; // from the token: escape before showing
        QString note;  // vcdesk's own addition (a trust-list name), or empty
    };

    /// The Subject line's value names every subject (up to kMaxSubjects, then "…"); its note
    /// counts them when there are more than one ("3 subjects").
    static QList<Line> of(const Inspection &inspection);
    /// Whom it is about: its `sub` or first subject id, then every other subject id of a W3C
    /// credential, each once, at most `max`. An SD-JWT VC names only `sub` (an "id" among its
    /// claims is a claim like any other).
    static QStringList subjects(const Inspection &inspection, qsizetype max = 1000);
    static constexpr qsizetype kMaxSubjects = 10;
    /// "Holder" for a presentation, "Issuer" otherwise.
    static QString signerLabel(const Inspection &inspection);
};

} // namespace vcdesk
