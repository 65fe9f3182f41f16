#pragma once

#include "core/common/Result.h"
#include "core/oid4vp/HeldCredential.h"
#include "core/oid4vp/PresentationMatch.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vcdesk {

/// Evaluates a DCQL query (OpenID4VP 1.0 section 6) against the wallet's credentials.
/// The query is validated first (ids, formats, meta, claims paths, values, claim_sets and
/// credential_sets that refer to ids that exist); a malformed query is an error, not an
/// empty match. Per credential query: the format and meta (vct_values, type_values) must fit;
/// without claims nothing selectively disclosable is revealed; with claim_sets the first set
/// the credential can satisfy is used. credential_sets decide which queries are required:
/// of each set, the first option the wallet can fully answer.
class DcqlMatcher
{
    Q_DECLARE_TR_FUNCTIONS(DcqlMatcher)
public:
    static constexpr qsizetype kMaxQueries = 64;
    static constexpr qsizetype kMaxClaims = 256;

    static Result<PresentationMatch> match(const QJsonObject &query,
                                           const QList<HeldCredential> &wallet);

private:
    static Status validate(const QJsonObject &query);
    static Status validateCredentialQuery(const QJsonObject &credentialQuery);
    static bool formatFits(const QString &queried, const QString &held);
    static bool metaFits(const QJsonObject &meta, const HeldCredential &held);
    /// The concrete claim paths the credential answers with (those of the first claim set it
    /// meets; optional: those a smaller claim set it also meets does without), or nothing if
    /// it cannot.
    static std::optional<FoundClaims> claimsFit(const QJsonObject &credentialQuery,
                                                const HeldCredential &held);
    static void applyCredentialSets(const QJsonArray &sets, PresentationMatch &match);
};

} // namespace vcdesk
