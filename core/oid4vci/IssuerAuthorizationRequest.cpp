#include "core/oid4vci/IssuerAuthorizationRequest.h"

#include "core/codec/Base64Url.h"
#include "core/crypto/SecureRandom.h"
#include "core/net/FormBody.h"
#include "core/oid4vci/MemberReader.h"
#include "core/oid4vci/OAuthErrorAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace vcdesk {

namespace {

QString authorizationDetails(const IssuerAuthorizationRequest::Parameters &parameters,
                             const AuthorizationServerMetadata &server)
{
    QJsonArray details;
    for (const QString &id : parameters.configurationIds) {
        QJsonObject detail{{QStringLiteral("type"), QStringLiteral("openid_credential")},
                           {QStringLiteral("credential_configuration_id"), id}};
        // Section 5.1.1: locations names the issuer whenever its metadata names authorization
        // servers (a server may serve several issuers); harmless when it is the server itself.
        if (!parameters.credentialIssuer.isEmpty() &&
            (parameters.issuerNamesServers ||
             parameters.credentialIssuer != server.issuer().text()))
            detail.insert(QStringLiteral("locations"), QJsonArray{parameters.credentialIssuer});
        details.append(detail);
    }
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

/// The query of a URL built from form fields, every reserved character percent-encoded.
QUrl withQuery(QUrl url, const QList<QPair<QString, QString>> &fields)
{
    const QByteArray added = FormBody::encode(fields);
    const QByteArray existing = url.query(QUrl::FullyEncoded).toLatin1();
    url.setQuery(QString::fromLatin1(existing.isEmpty() ? added : existing + '&' + added),
                 QUrl::StrictMode);
    return url;
}

QString clientIdOf(const QList<QPair<QString, QString>> &fields)
{
    for (const auto &[name, value] : fields)
        if (name == QLatin1String("client_id"))
            return value;
    return {};
}

} // namespace

Result<IssuerAuthorizationRequest>
IssuerAuthorizationRequest::make(const AuthorizationServerMetadata &server,
                                 const Parameters &parameters, const HttpClient &http)
{
    if (server.authorizationEndpoint().isEmpty())
        return Error{QStringLiteral("vci.authorization_unsupported"),
                     tr("the issuer's authorization server has no authorization endpoint, so "
                        "there is nowhere to sign in")};
    const QStringList methods = server.codeChallengeMethods();
    if (!methods.isEmpty() && !methods.contains(PkcePair::method()))
        return Error{QStringLiteral("vci.pkce_unsupported"),
                     tr("the authorization server does not take S256 code challenges (it lists "
                        "%1), so the sign-in could be taken over on its way back")
                         .arg(methods.join(QStringLiteral(", ")).left(80))};
    IssuerAuthorizationRequest request;
    request.m_state = QString::fromLatin1(Base64Url::encode(SecureRandom::bytes(24)));
    request.m_pkce = PkcePair::generate();
    request.m_redirectUri = parameters.redirectUri;
    request.m_clientId = parameters.clientId;
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), parameters.clientId},
        {QStringLiteral("redirect_uri"), parameters.redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("state"), request.m_state},
        {QStringLiteral("code_challenge"), QString::fromLatin1(request.m_pkce.challenge)},
        {QStringLiteral("code_challenge_method"), PkcePair::method()},
    };
    // authorization_details when the server says it takes them, or when a configuration can be
    // named no other way; otherwise the scopes, which every OAuth server understands.
    const bool everyScope = !parameters.scopes.isEmpty() &&
                            !parameters.scopes.contains(QString()) &&
                            parameters.scopes.size() == parameters.configurationIds.size();
    if (server.authorizationDetailsTypes().contains(QStringLiteral("openid_credential")) ||
        !everyScope)
        fields.append(
            {QStringLiteral("authorization_details"), authorizationDetails(parameters, server)});
    else
        fields.append({QStringLiteral("scope"), parameters.scopes.join(QLatin1Char(' '))});
    if (!parameters.issuerState.isEmpty())
        fields.append({QStringLiteral("issuer_state"), parameters.issuerState});
    if (!parameters.dpopKeyThumbprint.isEmpty())
        fields.append({QStringLiteral("dpop_jkt"), parameters.dpopKeyThumbprint});
    if (server.pushedAuthorizationRequestEndpoint().isEmpty()) {
        request.m_browserUrl = withQuery(server.authorizationEndpoint(), fields);
        return request;
    }
    auto pushed = push(server, fields, http);
    if (!pushed)
        return pushed.error();
    request.m_pushed = true;
    request.m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(pushed->second);
    request.m_browserUrl = withQuery(server.authorizationEndpoint(),
                                     {{QStringLiteral("client_id"), parameters.clientId},
                                      {QStringLiteral("request_uri"), pushed->first}});
    return request;
}

Result<QPair<QString, qint64>>
IssuerAuthorizationRequest::push(const AuthorizationServerMetadata &server,
                                 const QList<QPair<QString, QString>> &fields,
                                 const HttpClient &http)
{
    auto answer = http.sendAndWait(HttpRequest::oauthForm(
        server.pushedAuthorizationRequestEndpoint(), FormBody::encode(fields)));
    if (!answer)
        return Error{answer.error().code,
                     tr("the pushed authorization request failed: %1").arg(answer.error().message),
                     answer.error().httpStatus, answer.error().serverMessage};
    if (answer->isError()) {
        Error refused = OAuthErrorAnswer::toError(answer.value(), QStringLiteral("par"),
                                                  tr("the pushed authorization request"));
        // The usual cause for a wallet: the issuer takes only wallets registered with it.
        if (refused.code == QLatin1String("vci.par_invalid_client") ||
            refused.code == QLatin1String("vci.par_unauthorized_client"))
            refused.message += QStringLiteral(" — ") +
                               tr("this issuer seems to accept only wallets registered with it, "
                                  "and vcdesk signed in as \"%1\"")
                                   .arg(clientIdOf(fields).left(80));
        return refused;
    }
    auto object =
        MemberReader::parseObject(answer->body, 64 * 1024, 8, QStringLiteral("vci.par_malformed"),
                                  tr("the pushed authorization request's answer"));
    if (!object)
        return object.error();
    const MemberReader reader(object.value(), tr("pushed authorization request answer"),
                              QStringLiteral("vci.par_malformed"));
    auto requestUri =
        reader.string(QStringLiteral("request_uri"), MemberReader::Presence::Required);
    auto expires = reader.integer(QStringLiteral("expires_in"), 1, 24 * 3600);
    if (!requestUri)
        return requestUri.error();
    if (!expires)
        return expires.error();
    // RFC 9126 section 2.2 requires expires_in; a server that leaves it out gets a minute.
    return QPair<QString, qint64>{requestUri.value(), expires->value_or(60)};
}

} // namespace vcdesk
