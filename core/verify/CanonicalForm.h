#pragma once

#include "core/jsonld/DocumentLoader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace vcdesk {

/// What a Data Integrity proof hashes, shown so a person can see what was signed: the
/// credential and the proof options in canonical form (N-Quads for the RDFC suites, JSON for
/// the JCS ones) and, for JSON-LD, each context used and where it came from.
struct CanonicalForm
{
    Q_DECLARE_TR_FUNCTIONS(CanonicalForm)
public:
    struct ContextUse
    {
        QString url;
        RemoteDocument::Origin origin = RemoteDocument::Origin::Unknown;
    };

    QString suite;              // the proof's suite, e.g. eddsa-rdfc-2022
    bool nquads = false;        // RDF canonicalization (else JCS)
    QByteArray document;        // the unsecured document, canonical
    QByteArray proofOptions;    // the proof without its value, canonical
    QList<ContextUse> contexts; // in the order first loaded
    QString problem;            // why the canonical form could not be made, when it could not

    /// The form of the first proof vcdesk verifies in `secured`, or nothing when it carries
    /// none. Contexts come through `loader` (each recorded once); a failure is kept in
    /// `problem`, never thrown away, so a person sees why there is nothing to show.
    static std::optional<CanonicalForm> of(const QJsonObject &secured,
                                           const DocumentLoader &loader);

    static QString originName(RemoteDocument::Origin origin);
    QJsonObject toJson() const;
};

} // namespace vcdesk
