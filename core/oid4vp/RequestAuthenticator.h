#pragma once

#include "core/common/Result.h"
#include "core/crypto/CertificateChain.h"
#include "core/did/DidResolver.h"
#include "core/jose/CompactJws.h"
#include "core/oid4vp/AuthorizationRequest.h"
#include "core/store/Account.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <memory>
#include <optional>

namespace vcdesk {

/// Decides whether the verifier is who its client_id says, by the client_id's prefix, and
/// fills in AuthorizationRequest::identity:
/// - redirect_uri: the request must NOT be signed and the answer goes exactly to that URL;
/// - decentralized_identifier: signed, with a kid in that DID, verified with the key the DID
///   document lists under that kid;
/// - x509_san_dns / x509_hash: signed, x5c chain verified to a trust anchor; the leaf's DNS
///   SAN equals the name and the answer's host is that name (san_dns), or the SHA-256 of the
///   leaf equals the hash (x509_hash); the signature verifies with the leaf's key;
/// - pre-registered: a verifier account whose name or address is the client_id; the answer
///   (and the request, when fetched) must come from that account's origin.
/// Anything else is refused with a reason; nothing here sends anything to the verifier.
class RequestAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(RequestAuthenticator)
public:
    struct Trust
    {
        std::shared_ptr<DidResolver> didResolver;
        CertificateChain::Anchors x509Anchors;
        QList<Account> verifierAccounts;
    };

    /// `requestObject` is the signed (or alg "none") JWT the request came in, if any;
    /// `fetchedFrom` the request_uri it was fetched from, if any.
    static Status authenticate(AuthorizationRequest &request,
                               const std::optional<CompactJws> &requestObject,
                               const QUrl &fetchedFrom, const Trust &trust);

private:
    static Status byDid(AuthorizationRequest &request, const CompactJws &jws, const Trust &trust);
    static Status byCertificate(AuthorizationRequest &request, const CompactJws &jws,
                                const Trust &trust);
    static Status byRegistration(AuthorizationRequest &request, const QUrl &fetchedFrom,
                                 const Trust &trust);
};

} // namespace vcdesk
