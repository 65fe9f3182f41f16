#pragma once

#include "core/common/Result.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace vcdesk {

/// Proof of possession for OAuth tokens (DPoP, RFC 9449): a P-256 key made for one issuance
/// and forgotten after it, and the proofs it signs, one per request (typ dpop+jwt, the public
/// key in the header, htm, htu without query or fragment, iat, a fresh jti; ath, the access
/// token's hash, at the credential issuer; the server's nonce when it gave one). The nonces
/// servers hand out (DPoP-Nonce) are remembered per origin, as section 8 says.
class DpopKey
{
    Q_DECLARE_TR_FUNCTIONS(DpopKey)
public:
    DpopKey();

    /// The DPoP header value for `method` `url`; `accessToken` empty at the token endpoint.
    Result<QByteArray> proof(const QByteArray &method, const QUrl &url,
                             const QString &accessToken = {}) const;
    /// Keeps the nonce a server sent for the origin of `url` (an empty one is ignored).
    void rememberNonce(const QUrl &url, const QByteArray &nonce);
    bool hasNonce(const QUrl &url) const;
    const PrivateKey &key() const { return m_key; }

private:
    PrivateKey m_key;
    QHash<QString, QString> m_nonces; // origin -> nonce
};

} // namespace vcdesk
