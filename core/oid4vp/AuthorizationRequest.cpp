#include "core/oid4vp/AuthorizationRequest.h"

#include "core/jose/CompactJwe.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

Error invalid(const QString &message, const QString &code = QStringLiteral("invalid_request"))
{
    return Error{QStringLiteral("oid4vp.") + code, message};
}

QString text(const QJsonObject &parameters, const char *name)
{
    return parameters.value(QLatin1String(name)).toString();
}

} // namespace

Status AuthorizationRequest::chooseEncryption(AuthorizationRequest &request)
{
    const QJsonObject &m = request.clientMetadata;
    const QString alg = m.value(QStringLiteral("authorization_encrypted_response_alg")).toString();
    if (!alg.isEmpty() && alg != QLatin1String("ECDH-ES"))
        return invalid(tr("the verifier asks for response encryption with %1; vcdesk does ECDH-ES")
                           .arg(alg.left(30)),
                       QStringLiteral("unsupported_response_encryption"));
    for (const QJsonValue &value :
         m.value(QStringLiteral("jwks")).toObject().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject key = value.toObject();
        const QString use = key.value(QStringLiteral("use")).toString(QStringLiteral("enc"));
        const QString keyAlg = key.value(QStringLiteral("alg")).toString(QStringLiteral("ECDH-ES"));
        if (key.value(QStringLiteral("kty")) == QLatin1String("EC") &&
            key.value(QStringLiteral("crv")) == QLatin1String("P-256") &&
            use == QLatin1String("enc") && keyAlg == QLatin1String("ECDH-ES") &&
            !key.contains(QStringLiteral("d"))) {
            request.encryptionJwk = key;
            break;
        }
    }
    if (request.encryptionJwk.isEmpty())
        return invalid(tr("direct_post.jwt needs an EC P-256 encryption key (ECDH-ES) in "
                          "client_metadata.jwks"),
                       QStringLiteral("unsupported_response_encryption"));
    QStringList offered;
    for (const QJsonValue &enc :
         m.value(QStringLiteral("encrypted_response_enc_values_supported")).toArray())
        offered << enc.toString();
    if (m.value(QStringLiteral("authorization_encrypted_response_enc")).isString())
        offered << m.value(QStringLiteral("authorization_encrypted_response_enc")).toString();
    if (offered.isEmpty())
        offered << QStringLiteral("A128GCM"); // OpenID4VP 1.0 default
    for (const QString &enc : std::as_const(offered))
        if (CompactJwe::supportsEnc(enc)) {
            request.encryptionEnc = enc;
            return {};
        }
    return invalid(tr("none of the verifier's content encryptions (%1) is A128GCM or A256GCM")
                       .arg(offered.join(QStringLiteral(", ")).left(80)),
                   QStringLiteral("unsupported_response_encryption"));
}

Result<AuthorizationRequest> AuthorizationRequest::read(const QJsonObject &p,
                                                        const NetworkPolicy &policy)
{
    AuthorizationRequest request;
    request.parameters = p;
    for (const char *name : {"client_id", "response_type", "response_mode", "response_uri",
                             "redirect_uri", "nonce", "state", "client_id_scheme"}) {
        const QJsonValue value = p.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isString())
            return invalid(tr("%1 must be a string").arg(QLatin1String(name)));
    }
    auto client = ClientIdentifier::parse(text(p, "client_id"), text(p, "client_id_scheme"));
    if (!client)
        return client.error();
    request.client = client.value();
    request.identity.clientId = request.client.clientId();
    request.identity.prefix = request.client.prefixName();

    request.responseTypes = text(p, "response_type").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (request.responseTypes.isEmpty())
        return invalid(tr("the request has no response_type"));
    for (const QString &type : std::as_const(request.responseTypes))
        if (type != QLatin1String("vp_token") && type != QLatin1String("id_token"))
            return invalid(
                tr("vcdesk answers vp_token and id_token, not \"%1\"").arg(type.left(40)),
                QStringLiteral("unsupported_response_type"));

    request.nonce = text(p, "nonce");
    if (request.nonce.isEmpty())
        return invalid(tr("the request has no nonce: an answer could be replayed"));
    request.state = text(p, "state");

    request.responseMode = text(p, "response_mode");
    const bool hasRedirect = p.contains(QStringLiteral("redirect_uri"));
    const bool hasResponseUri = p.contains(QStringLiteral("response_uri"));
    request.clientMetadata = p.value(QStringLiteral("client_metadata")).toObject();
    const bool encrypted = request.responseMode == QLatin1String("direct_post.jwt");
    if (request.responseMode == QLatin1String("direct_post") || encrypted) {
        if (hasRedirect)
            return invalid(tr("redirect_uri must not be present with response_mode %1")
                               .arg(request.responseMode));
        if (!hasResponseUri)
            return invalid(tr("%1 needs a response_uri").arg(request.responseMode));
        request.responseUri = QUrl(text(p, "response_uri"), QUrl::StrictMode);
        if (encrypted)
            if (auto chosen = chooseEncryption(request); !chosen)
                return chosen.error();
    } else if (request.responseMode == QLatin1String("post")) {
        if (!hasRedirect || hasResponseUri)
            return invalid(tr("response_mode post needs a redirect_uri and no response_uri"));
        request.responseUri = QUrl(text(p, "redirect_uri"), QUrl::StrictMode);
    } else {
        return invalid(
            tr("vcdesk can answer with response_mode direct_post, direct_post.jwt or post, "
               "not \"%1\"")
                .arg(request.responseMode.isEmpty() ? QStringLiteral("fragment")
                                                    : request.responseMode.left(40)),
            QStringLiteral("unsupported_response_mode"));
    }
    if (!request.responseUri.isValid() || request.responseUri.isRelative() ||
        request.responseUri.hasFragment() || !request.responseUri.userInfo().isEmpty())
        return invalid(tr("the answer's address is not an absolute URL"));
    if (auto allowed = policy.checkUrl(request.responseUri); !allowed)
        return invalid(tr("the answer's address is refused: %1").arg(allowed.error().message),
                       QStringLiteral("insecure_response_uri"));

    if (p.contains(QStringLiteral("transaction_data")))
        return invalid(tr("the request carries transaction_data, which vcdesk cannot show you "
                          "or sign; it is refused"),
                       QStringLiteral("invalid_transaction_data"));

    const bool hasDcql = p.contains(QStringLiteral("dcql_query"));
    const bool hasPe = p.contains(QStringLiteral("presentation_definition"));
    if (p.contains(QStringLiteral("presentation_definition_uri")))
        return invalid(tr("presentation_definition_uri is not supported: the definition must be "
                          "in the request"),
                       QStringLiteral("invalid_presentation_definition_uri"));
    if (request.wantsVpToken()) {
        if (hasDcql == hasPe)
            return invalid(hasDcql
                               ? tr("the request has both dcql_query and presentation_definition")
                               : tr("the request asks for a vp_token but not for any credential "
                                    "(no dcql_query or presentation_definition)"));
        const QJsonValue query = p.value(hasDcql ? QStringLiteral("dcql_query")
                                                 : QStringLiteral("presentation_definition"));
        if (!query.isObject())
            return invalid(tr("the query is not a JSON object"));
        request.queryLanguage = hasDcql ? QueryLanguage::Dcql : QueryLanguage::PresentationExchange;
        (hasDcql ? request.dcqlQuery : request.presentationDefinition) = query.toObject();
    }
    request.identity.name = request.clientMetadata.value(QStringLiteral("client_name")).toString();
    request.identity.logoUri = request.clientMetadata.value(QStringLiteral("logo_uri")).toString();
    return request;
}

} // namespace vcdesk
