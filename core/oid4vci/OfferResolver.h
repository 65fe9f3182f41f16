#pragma once

#include "core/common/Result.h"
#include "core/net/HttpClient.h"
#include "core/oid4vci/CredentialOfferLink.h"
#include "core/oid4vci/ResolvedOffer.h"

#include <QCoreApplication>
#include <QStringList>

namespace vcdesk {

/// From an offer link to a ResolvedOffer, under the network policy (blocking: a worker thread
/// or the command line). The offer is fetched when it comes by reference (application/json,
/// 64 KiB). The issuer's metadata comes from the well-known URL inserted before the path (1.0),
/// then, on 404 only, from the drafts' appended form; it is asked for as JSON in the person's
/// languages, and signed metadata (application/jwt), which vcdesk did not ask for and has no
/// trust anchor for, is refused. Every configuration the offer names must be in the metadata.
/// The authorization server is the one the grant names (which must be listed), else the first
/// listed, else the issuer itself; its metadata comes from oauth-authorization-server, then
/// from openid-configuration. No redirect leaves the host it was asked of. Codes vci.*.
class OfferResolver
{
    Q_DECLARE_TR_FUNCTIONS(OfferResolver)
public:
    static Result<ResolvedOffer> resolve(const CredentialOfferLink &link, const HttpClient &http,
                                         const QStringList &languages);
    /// The steps after the offer is in hand (the offer fetched or read from the link).
    static Result<ResolvedOffer> resolve(const CredentialOffer &offer, const HttpClient &http,
                                         const QStringList &languages);
};

} // namespace vcdesk
