#include "core/oid4vci/OfferResolver.h"

namespace vcdesk {

namespace {

/// GET `url` asking for JSON; the answer, or an error (a 404 keeps net.not_found).
Result<HttpResponse> getJson(const HttpClient &http, const QUrl &url, const QStringList &languages,
                             qsizetype maxBytes)
{
    HttpRequest request = HttpRequest::get(url);
    request.headers.append(QPair<QByteArray, QByteArray>{"Accept", "application/json"});
    if (!languages.isEmpty())
        request.headers.append(QPair<QByteArray, QByteArray>{
            "Accept-Language", languages.join(QStringLiteral(", ")).toLatin1()});
    NetworkPolicy policy = http.policy();
    policy.maxResponseBytes = std::min(policy.maxResponseBytes, maxBytes);
    return HttpClient(policy).sendAndWait(request);
}

bool isJwt(const HttpResponse &response)
{
    return response.contentType.startsWith(QLatin1String("application/jwt"), Qt::CaseInsensitive);
}

Result<IssuerMetadata> fetchIssuerMetadata(const IssuerIdentifier &issuer, const HttpClient &http,
                                           const QStringList &languages)
{
    const QString suffix = QStringLiteral("openid-credential-issuer");
    auto answer = getJson(http, issuer.wellKnown(suffix), languages, IssuerMetadata::kMaxBytes);
    const QUrl appended = issuer.wellKnownAppended(suffix);
    if (!answer && answer.error().code == QLatin1String("net.not_found") &&
        appended != issuer.wellKnown(suffix))
        answer = getJson(http, appended, languages, IssuerMetadata::kMaxBytes);
    if (!answer)
        return Error{answer.error().code,
                     OfferResolver::tr("the issuer's metadata could not be read: %1")
                         .arg(answer.error().message),
                     answer.error().httpStatus, answer.error().serverMessage};
    if (isJwt(answer.value()))
        return Error{QStringLiteral("vci.metadata_signed"),
                     OfferResolver::tr("the issuer sent signed metadata, which vcdesk did not ask "
                                       "for and cannot establish trust in")};
    return IssuerMetadata::parse(answer->body, issuer);
}

Result<AuthorizationServerMetadata> fetchServerMetadata(const IssuerIdentifier &server,
                                                        const HttpClient &http)
{
    auto answer = getJson(http, server.wellKnown(QStringLiteral("oauth-authorization-server")), {},
                          AuthorizationServerMetadata::kMaxBytes);
    if (!answer && answer.error().code == QLatin1String("net.not_found"))
        answer = getJson(http, server.wellKnownAppended(QStringLiteral("openid-configuration")), {},
                         AuthorizationServerMetadata::kMaxBytes);
    if (!answer)
        return Error{answer.error().code,
                     OfferResolver::tr("the authorization server's metadata could not be read: "
                                       "%1")
                         .arg(answer.error().message),
                     answer.error().httpStatus, answer.error().serverMessage};
    return AuthorizationServerMetadata::parse(answer->body, server);
}

/// The authorization server for this offer (OpenID4VCI 1.0 section 4.1.1 and 12.2.4).
Result<IssuerIdentifier> chooseServer(const CredentialOffer &offer, const IssuerMetadata &metadata)
{
    QString hint;
    if (offer.preAuthorized())
        hint = offer.preAuthorized()->authorizationServer;
    else if (offer.authorizationCode())
        hint = offer.authorizationCode()->authorizationServer;
    const QList<IssuerIdentifier> &listed = metadata.authorizationServers();
    if (!hint.isEmpty()) {
        for (const IssuerIdentifier &server : listed)
            if (server.text() == hint)
                return server;
        return Error{QStringLiteral("vci.unknown_authorization_server"),
                     OfferResolver::tr("the offer names an authorization server the issuer does "
                                       "not list (%1)")
                         .arg(hint.left(120))};
    }
    return listed.isEmpty() ? metadata.issuer() : listed.first();
}

} // namespace

Result<ResolvedOffer> OfferResolver::resolve(const CredentialOfferLink &link,
                                             const HttpClient &http, const QStringList &languages)
{
    if (link.kind() == CredentialOfferLink::Kind::ByValue) {
        auto offer = CredentialOffer::parse(link.offerJson());
        if (!offer)
            return offer.error();
        return resolve(offer.value(), http, languages);
    }
    auto answer = getJson(http, link.offerUri(), languages, CredentialOffer::kMaxBytes);
    // The offer's address is as good as its code: messages name only its host.
    const QString host = link.offerUri().host();
    if (!answer && answer.error().code == QLatin1String("net.not_found"))
        return Error{QStringLiteral("vci.offer_gone"),
                     tr("%1 no longer has this offer (it was used, or it expired): ask the "
                        "issuer for a new one")
                         .arg(host),
                     404};
    if (!answer)
        return Error{
            answer.error().code,
            tr("the offer could not be fetched from %1 (%2)").arg(host, answer.error().code),
            answer.error().httpStatus};
    if (isJwt(answer.value()))
        return Error{QStringLiteral("vci.offer_json"),
                     tr("the offer came as a JWT: an offer is plain JSON")};
    auto offer = CredentialOffer::parse(answer->body);
    if (!offer)
        return offer.error();
    return resolve(offer.value(), http, languages);
}

Result<ResolvedOffer> OfferResolver::resolve(const CredentialOffer &offer, const HttpClient &http,
                                             const QStringList &languages)
{
    auto metadata = fetchIssuerMetadata(offer.issuer(), http, languages);
    if (!metadata)
        return metadata.error();
    ResolvedOffer resolved{offer, metadata.value(), {}, {}};
    for (const QString &id : offer.configurationIds()) {
        if (metadata->unreadableConfigurations().contains(id))
            return metadata->unreadableConfigurations().value(id);
        if (!metadata->configurations().contains(id))
            return Error{QStringLiteral("vci.unknown_configuration"),
                         tr("the offer names a credential the issuer does not describe (%1)")
                             .arg(id.left(80))};
        resolved.configurations << metadata->configurations().value(id);
    }
    auto serverId = chooseServer(offer, metadata.value());
    if (!serverId)
        return serverId.error();
    auto server = fetchServerMetadata(serverId.value(), http);
    if (!server)
        return server.error();
    resolved.server = server.value();
    if (offer.preAuthorized() && server->listsGrantTypes() &&
        !server->supportsGrant(PreAuthorizedGrant::grantType()))
        return Error{QStringLiteral("vci.grant_unsupported"),
                     tr("the offer carries a pre-authorized code, but its authorization server "
                        "does not accept one")};
    return resolved;
}

} // namespace vcdesk
