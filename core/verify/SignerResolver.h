#pragma once

#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"
#include "core/did/DidResolver.h"
#include "core/jose/CompactJws.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace vcdesk {

/// A key that may have signed a token, and where it came from.
struct SignerCandidate
{
    PublicKey key;
    QString keyId;             // DID URL of the verification method
    QString did;               // the DID that controls it
    QStringList relationships; // e.g. assertionMethod, authentication
    QString relationshipsText; // the same joined with ", "
    QString caveat;            // the DID document's caveat, if it may be incomplete
    QJsonObject provenance;    // the key's source as reports show it (VerificationMethod)
};

/// Finds the keys that may have signed a JWS, from the DID documents it names: the DID URL
/// in "kid", or a relative "kid" against the issuer DID, or every key of the issuer DID when
/// there is no "kid". Header keys ("jwk", "jku", "x5u", "x5c") are never used.
class SignerResolver
{
    Q_DECLARE_TR_FUNCTIONS(SignerResolver)
public:
    explicit SignerResolver(std::shared_ptr<DidResolver> resolver)
        : m_resolver(std::move(resolver))
    {
    }

    /// Candidate keys, or an error; error codes "did.unsupported_method", "did.unresolvable",
    /// "did.prism.short_form" and "signer.none" mean "could not find out", the others that the
    /// token names an invalid key or DID.
    Result<QList<SignerCandidate>> candidates(const CompactJws &jws, const QString &issuer) const;

    static bool isUndetermined(const Error &error);

private:
    std::shared_ptr<DidResolver> m_resolver;
};

} // namespace vcdesk
