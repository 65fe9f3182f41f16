#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vcdesk {

/// The claims a credential answers a query with: concrete paths, and which of them the
/// request lets the holder keep back (a DCQL claim set that does without them, a Presentation
/// Exchange field marked optional).
struct FoundClaims
{
    QList<QJsonArray> paths;
    QList<QJsonArray> optional; // a subset of paths
};

/// One wallet credential that can answer a request part, and exactly what it would reveal.
struct MatchCandidate
{
    qint64 credentialId = 0;
    QString title;
    QString format;
    QString issuer;
    /// Concrete paths of the requested claims this credential holds.
    QList<QJsonArray> requestedClaims;
    /// SD-JWT: the disclosures that reveal them (indexes into the credential's disclosures).
    QList<int> disclosures;
    /// SD-JWT: requested claims the holder may keep back (the request does without them);
    /// empty for a credential that cannot hide claims.
    QList<QJsonArray> optionalClaims;
    /// Shown besides the requested claims: everything, for a credential that cannot disclose
    /// selectively (JWT-VC, JSON-LD); the always-visible claims of an SD-JWT.
    QList<QJsonArray> alsoRevealed;
    bool revealsWholeCredential = false;
    /// Whether the wallet holds it as valid now (verified valid and not expired). A credential
    /// that is not is never chosen by default, is listed after the valid ones, and says why.
    bool valid = false;
    QString notValidReason;
};

/// A DCQL credential query or a Presentation Exchange input descriptor, with the wallet's
/// candidates for it. `required` parts must all be answered; optional ones (alternatives of a
/// credential set, or descriptors a pick rule does not need) only when the holder chooses.
struct RequestedPart
{
    QString id;
    QString name;
    QString purpose;
    QString format; // DCQL format, or the PE formats the descriptor allows (joined)
    bool required = true;
    bool multiple = false;
    QList<QJsonArray> requestedClaims; // as asked (may contain null wildcards)
    QList<MatchCandidate> candidates;
    QString unmatchedReason; // why no credential fits, when none does
};

/// The result of matching a request's query against the wallet.
struct PresentationMatch
{
    QList<RequestedPart> parts;
    bool satisfiable = false;
    QString unsatisfiedReason;
    QString purpose;      // the query's overall purpose, when it has one
    QString definitionId; // Presentation Exchange: the definition's id

    const RequestedPart *part(const QString &id) const
    {
        for (const RequestedPart &p : parts)
            if (p.id == id)
                return &p;
        return nullptr;
    }
};

} // namespace vcdesk
