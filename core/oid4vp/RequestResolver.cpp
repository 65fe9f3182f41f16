#include "core/oid4vp/RequestResolver.h"

#include "core/common/Clock.h"

#include "core/codec/Base64Url.h"
#include "core/codec/StrictJson.h"
#include "core/crypto/SecureRandom.h"
#include "core/jose/NumericDate.h"
#include "core/net/FormBody.h"
#include "core/net/HttpClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

namespace {

Error invalid(const QString &code, const QString &message)
{
    return Error{QStringLiteral("oid4vp.") + code, message};
}

const QStringList kJsonParameters{
    QStringLiteral("dcql_query"), QStringLiteral("presentation_definition"),
    QStringLiteral("client_metadata"), QStringLiteral("transaction_data")};

} // namespace

QJsonObject RequestResolver::walletMetadata()
{
    // What vcdesk verifies (issuers, request objects), and what its holder keys sign with.
    const QJsonArray algs{QStringLiteral("ES256"), QStringLiteral("ES384"),
                          QStringLiteral("ES256K"), QStringLiteral("EdDSA")};
    const QJsonArray holderAlgs{QStringLiteral("ES256"), QStringLiteral("ES256K"),
                                QStringLiteral("EdDSA")};
    return QJsonObject{
        {QStringLiteral("vp_formats_supported"),
         QJsonObject{
             {QStringLiteral("jwt_vc_json"), QJsonObject{{QStringLiteral("alg_values"), algs}}},
             {QStringLiteral("dc+sd-jwt"),
              QJsonObject{{QStringLiteral("sd-jwt_alg_values"), algs},
                          {QStringLiteral("kb-jwt_alg_values"), holderAlgs}}}}},
        {QStringLiteral("client_id_prefixes_supported"),
         QJsonArray{QStringLiteral("decentralized_identifier"), QStringLiteral("x509_san_dns"),
                    QStringLiteral("x509_hash"), QStringLiteral("redirect_uri")}},
        {QStringLiteral("request_object_signing_alg_values_supported"), algs},
        {QStringLiteral("authorization_encryption_alg_values_supported"),
         QJsonArray{QStringLiteral("ECDH-ES")}},
        {QStringLiteral("authorization_encryption_enc_values_supported"),
         QJsonArray{QStringLiteral("A128GCM"), QStringLiteral("A256GCM")}}};
}

Result<AuthorizationRequest> RequestResolver::resolve(const AuthorizationRequestUri &uri,
                                                      const Options &options)
{
    switch (uri.kind()) {
    case AuthorizationRequestUri::Kind::ByReference: {
        const QString walletNonce =
            uri.requestUriMethod() == QLatin1String("post")
                ? QString::fromLatin1(Base64Url::encode(SecureRandom::bytes(16)))
                : QString();
        auto body = fetch(uri, walletNonce, options.policy);
        if (!body)
            return body.error();
        return fromRequestObject(uri, body.value(), walletNonce, options);
    }
    case AuthorizationRequestUri::Kind::SignedByValue:
        return fromRequestObject(uri, uri.requestJwt().toLatin1(), {}, options);
    case AuthorizationRequestUri::Kind::ParametersByValue: {
        auto parameters = parametersFromUri(uri);
        if (!parameters)
            return parameters.error();
        return finish(parameters.value(), std::nullopt, {}, options);
    }
    }
    return invalid(QStringLiteral("invalid_request"), tr("unknown request form"));
}

Result<QByteArray> RequestResolver::fetch(const AuthorizationRequestUri &uri,
                                          const QString &walletNonce, const NetworkPolicy &policy)
{
    NetworkPolicy limited = policy;
    limited.maxResponseBytes = qMin(policy.maxResponseBytes, kMaxRequestObjectBytes);
    HttpRequest request = HttpRequest::get(uri.requestUri());
    request.followRedirects = false; // a redirect could swap the verifier behind the QR code
    request.headers.append(qMakePair(
        QByteArray("Accept"), QByteArray("application/oauth-authz-req+jwt, application/jwt")));
    if (!walletNonce.isEmpty()) {
        request.method = "POST";
        request.body = FormBody::encode(
            {{QStringLiteral("wallet_nonce"), walletNonce},
             {QStringLiteral("wallet_metadata"),
              QString::fromUtf8(QJsonDocument(walletMetadata()).toJson(QJsonDocument::Compact))}});
        request.contentType = "application/x-www-form-urlencoded";
        request.idempotent = false;
    }
    auto response = HttpClient(limited).sendAndWait(request);
    if (!response)
        return Error{QStringLiteral("oid4vp.request_uri_unreachable"),
                     tr("the request could not be fetched from %1: %2")
                         .arg(uri.requestUri().host(), response.error().message),
                     response.error().httpStatus, response.error().serverMessage};
    return response->body;
}

Result<QJsonObject> RequestResolver::parametersFromUri(const AuthorizationRequestUri &uri)
{
    QJsonObject parameters;
    for (auto it = uri.parameters().cbegin(); it != uri.parameters().cend(); ++it) {
        if (!kJsonParameters.contains(it.key())) {
            parameters.insert(it.key(), it.value());
            continue;
        }
        auto json = StrictJson::parse(it.value().toUtf8());
        if (!json)
            return invalid(QStringLiteral("invalid_request"),
                           tr("%1 is not valid JSON: %2").arg(it.key(), json.error().message));
        parameters.insert(it.key(), json.value());
    }
    return parameters;
}

Result<AuthorizationRequest> RequestResolver::fromRequestObject(const AuthorizationRequestUri &uri,
                                                                QByteArrayView body,
                                                                const QString &walletNonce,
                                                                const Options &options)
{
    const QByteArrayView text = body.trimmed();
    if (text.size() > kMaxRequestObjectBytes)
        return invalid(QStringLiteral("invalid_request_object"), tr("the request is too large"));
    JwsLimits limits;
    limits.maxTokenBytes = kMaxRequestObjectBytes;
    auto jws = CompactJws::parse(text, limits);
    if (!jws)
        return invalid(QStringLiteral("invalid_request_object"),
                       tr("the request object is not a JWT: %1").arg(jws.error().message));
    auto claims = jws->payloadObject(limits.json);
    if (!claims)
        return invalid(
            QStringLiteral("invalid_request_object"),
            tr("the request object's claims are unreadable: %1").arg(claims.error().message));
    const QString objectClientId = claims->value(QStringLiteral("client_id")).toString();
    if (!uri.clientId().isEmpty() && uri.clientId() != objectClientId)
        return invalid(QStringLiteral("client_id_mismatch"),
                       tr("the client_id in the link (%1) is not the one in the signed request "
                          "(%2)")
                           .arg(uri.clientId().left(120), objectClientId.left(120)));
    const bool openId4Vp1 =
        uri.scheme() == QLatin1String("openid4vp") || uri.scheme() == QLatin1String("haip-vp");
    if (openId4Vp1 && uri.clientId().isEmpty())
        return invalid(QStringLiteral("invalid_request"),
                       tr("an %1 link must carry the client_id").arg(uri.scheme()));
    if (!walletNonce.isEmpty() &&
        claims->value(QStringLiteral("wallet_nonce")).toString() != walletNonce)
        return invalid(QStringLiteral("invalid_request_object"),
                       tr("the request does not echo this wallet's wallet_nonce (replayed?)"));
    // A request object's "exp": null is read as no expiry. @openid4vc/oauth2 0.4 writes it
    // when the verifier sets no lifetime (NaN in JavaScript); refusing it would refuse every
    // such verifier, and the answer is bound to the request's fresh nonce anyway. Any other
    // value that is not a usable time is refused. (Credentials get no such leniency.)
    if (const QJsonValue exp = claims->value(QStringLiteral("exp"));
        !exp.isUndefined() && !exp.isNull()) {
        auto expiry = NumericDate::read(exp, QStringLiteral("exp"));
        if (!expiry)
            return invalid(
                QStringLiteral("invalid_request_object"),
                tr("the request's expiry is an invalid time: %1").arg(expiry.error().message));
        if (expiry.value() < Clock::now())
            return invalid(QStringLiteral("expired_request"), tr("the request has expired"));
    }
    return finish(claims.value(), jws.value(), uri.requestUri(), options);
}

Result<AuthorizationRequest> RequestResolver::finish(QJsonObject parameters,
                                                     const std::optional<CompactJws> &requestObject,
                                                     const QUrl &fetchedFrom,
                                                     const Options &options)
{
    auto request = AuthorizationRequest::read(parameters, options.policy);
    if (!request)
        return request.error();
    // OpenID4VP 1.0 (JAR, RFC 9101 section 10.8) types signed requests; drafts used "JWT".
    if (requestObject && !requestObject->isUnsigned() && !request->client.isLegacy() &&
        requestObject->type() != QLatin1String("oauth-authz-req+jwt"))
        return invalid(QStringLiteral("invalid_request_object"),
                       tr("the request object's typ is \"%1\", not oauth-authz-req+jwt")
                           .arg(requestObject->type().left(40)));
    if (auto authenticated = RequestAuthenticator::authenticate(request.value(), requestObject,
                                                                fetchedFrom, options.trust);
        !authenticated)
        return authenticated.error();
    if (options.trustList) {
        const QString who =
            request->client.prefix() == ClientIdentifier::Prefix::DecentralizedIdentifier
                ? request->client.value()
                : request->client.clientId();
        if (auto entry = options.trustList->match(who))
            request.value().identity.trustName = entry->name;
    }
    return request;
}

} // namespace vcdesk
