#include "core/oid4vp/RequestAuthenticator.h"

#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/jose/JwsVerifier.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

Error refused(const QString &code, const QString &message)
{
    return Error{QStringLiteral("oid4vp.") + code, message};
}

} // namespace

Status RequestAuthenticator::authenticate(AuthorizationRequest &request,
                                          const std::optional<CompactJws> &requestObject,
                                          const QUrl &fetchedFrom, const Trust &trust)
{
    const bool isSigned = requestObject && !requestObject->isUnsigned();
    request.identity.signedRequest = isSigned;
    using Prefix = ClientIdentifier::Prefix;
    switch (request.client.prefix()) {
    case Prefix::RedirectUri:
        if (isSigned)
            return refused(QStringLiteral("invalid_request"),
                           tr("a redirect_uri client must not sign its request: nothing could "
                              "verify the signature"));
        if (QUrl(request.client.value(), QUrl::StrictMode) != request.responseUri)
            return refused(QStringLiteral("invalid_client"),
                           tr("the answer would go to %1, not to the client_id's address")
                               .arg(request.responseUri.toDisplayString().left(200)));
        request.identity.authenticatedBy =
            tr("not authenticated: the verifier is known only by its address %1")
                .arg(request.responseUri.host());
        return {};
    case Prefix::DecentralizedIdentifier:
    case Prefix::X509SanDns:
    case Prefix::X509Hash:
        if (!isSigned)
            return refused(QStringLiteral("unsigned_request"),
                           tr("a %1 client must sign its request; this one is unsigned")
                               .arg(request.client.prefixName()));
        if (auto header = JwsVerifier::checkHeader(*requestObject); !header)
            return refused(QStringLiteral("invalid_request_object"), header.error().message);
        return request.client.prefix() == Prefix::DecentralizedIdentifier
                   ? byDid(request, *requestObject, trust)
                   : byCertificate(request, *requestObject, trust);
    case Prefix::PreRegistered:
        return byRegistration(request, fetchedFrom, trust);
    }
    return refused(QStringLiteral("unsupported_client_id_prefix"), tr("unknown client"));
}

Status RequestAuthenticator::byDid(AuthorizationRequest &request, const CompactJws &jws,
                                   const Trust &trust)
{
    const QString did = request.client.value();
    const QString kid = jws.keyId();
    const QString absoluteKid = kid.startsWith(QLatin1Char('#')) ? did + kid : kid;
    if (kid.isEmpty() || DidUrl::didOf(absoluteKid) != did)
        return refused(
            QStringLiteral("invalid_request_object"),
            tr("the request's kid \"%1\" is not a key of %2").arg(kid.left(120), did.left(120)));
    auto parsed = DidUrl::parse(did);
    if (!parsed)
        return refused(QStringLiteral("invalid_client"), parsed.error().message);
    if (!trust.didResolver)
        return refused(QStringLiteral("invalid_client"), tr("no DID resolver is configured"));
    auto document = trust.didResolver->resolve(parsed.value());
    if (!document)
        return refused(QStringLiteral("invalid_client"),
                       tr("the verifier's DID does not resolve: %1").arg(document.error().message));
    const VerificationMethod *method = document->method(absoluteKid);
    if (!method || !method->key)
        return refused(QStringLiteral("invalid_request_object"),
                       tr("the DID document has no usable key %1").arg(absoluteKid.left(160)));
    if (auto verified = JwsVerifier::verify(jws, *method->key); !verified)
        return refused(QStringLiteral("invalid_request_signature"),
                       tr("the request's signature does not verify with %1: %2")
                           .arg(absoluteKid.left(160), verified.error().message));
    request.identity.authenticatedBy = tr("request signed by %1").arg(absoluteKid);
    return {};
}

Status RequestAuthenticator::byCertificate(AuthorizationRequest &request, const CompactJws &jws,
                                           const Trust &trust)
{
    const QJsonArray x5c = jws.header().value(QStringLiteral("x5c")).toArray();
    QList<QByteArray> der;
    for (const QJsonValue &entry : x5c) {
        // x5c is standard base64 (RFC 7515 section 4.1.6), not base64url.
        const auto decoded = QByteArray::fromBase64Encoding(
            entry.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return refused(QStringLiteral("invalid_request_object"),
                           tr("the request's x5c is not base64 DER"));
        der << decoded.decoded;
    }
    if (der.isEmpty())
        return refused(
            QStringLiteral("invalid_request_object"),
            tr("a %1 request needs an x5c certificate chain").arg(request.client.prefixName()));
    auto chain = CertificateChain::verify(der, trust.x509Anchors);
    if (!chain)
        return refused(QStringLiteral("invalid_client"), chain.error().message);
    const QString name = request.client.value();
    if (request.client.prefix() == ClientIdentifier::Prefix::X509SanDns) {
        if (!chain->leafDnsNames().contains(name, Qt::CaseInsensitive))
            return refused(QStringLiteral("invalid_client"),
                           tr("the certificate is not for %1 (it names %2)")
                               .arg(name.left(120),
                                    chain->leafDnsNames().join(QStringLiteral(", ")).left(200)));
        if (request.responseUri.host().compare(name, Qt::CaseInsensitive) != 0)
            return refused(QStringLiteral("invalid_client"),
                           tr("the answer would go to %1, not to %2")
                               .arg(request.responseUri.host().left(120), name.left(120)));
    } else {
        const QString hash =
            QString::fromLatin1(Base64Url::encode(Digest::sha256(chain->leafDer())));
        if (hash != name)
            return refused(QStringLiteral("invalid_client"),
                           tr("the certificate's hash is not the client_id's"));
    }
    if (auto verified = JwsVerifier::verify(jws, chain->leafKey()); !verified)
        return refused(QStringLiteral("invalid_request_signature"),
                       tr("the request's signature does not verify with the certificate's key: "
                          "%1")
                           .arg(verified.error().message));
    request.identity.authenticatedBy =
        tr("request signed with the certificate of %1").arg(chain->leafSubject());
    return {};
}

Status RequestAuthenticator::byRegistration(AuthorizationRequest &request, const QUrl &fetchedFrom,
                                            const Trust &trust)
{
    for (const Account &account : trust.verifierAccounts) {
        if (account.name != request.client.clientId() &&
            account.baseUrl != request.client.clientId())
            continue;
        const QUrl home(account.baseUrl);
        if (!NetworkPolicy::sameOrigin(home, request.responseUri))
            return refused(
                QStringLiteral("invalid_client"),
                tr("the answer would go to %1, not to %2's address %3")
                    .arg(request.responseUri.host().left(120), account.name, home.host()));
        if (!fetchedFrom.isEmpty() && !NetworkPolicy::sameOrigin(home, fetchedFrom))
            return refused(QStringLiteral("invalid_client"),
                           tr("the request did not come from %1's address").arg(account.name));
        if (request.identity.name.isEmpty())
            request.identity.name = account.name;
        request.identity.authenticatedBy =
            tr("pre-registered as the verifier account \"%1\" (%2)").arg(account.name, home.host());
        return {};
    }
    return refused(QStringLiteral("unknown_client"),
                   tr("\"%1\" is no verifier this wallet knows, and its client_id names no way to "
                      "authenticate it")
                       .arg(request.client.clientId().left(120)));
}

} // namespace vcdesk
