#include "core/oid4vci/TokenClient.h"

#include "core/codec/StrictJson.h"
#include "core/net/FormBody.h"
#include "core/oid4vci/MemberReader.h"
#include "core/oid4vci/OAuthErrorAnswer.h"

#include <QRegularExpression>

namespace vcdesk {

namespace {

Error malformed(const QString &message)
{
    return Error{QStringLiteral("vci.token_malformed"), message};
}

} // namespace

Result<AccessToken> TokenClient::readAnswer(const QByteArray &body, bool dpopSent)
{
    JsonLimits limits;
    limits.maxBytes = 256 * 1024;
    auto json = StrictJson::parseObject(body, limits);
    if (!json)
        return malformed(tr("the token answer is not a JSON object: %1").arg(json.error().message));
    const MemberReader reader(json.value(), tr("token answer"),
                              QStringLiteral("vci.token_malformed"));
    AccessToken token;
    // Read by hand: a JWT access token may be longer than MemberReader's strings, and the
    // token goes into a header, so only RFC 6750's b64token characters (no CR, LF, spaces).
    static const QRegularExpression b64token(QStringLiteral("^[A-Za-z0-9\\-._~+/]+=*$"));
    const QString accessToken = json->value(QStringLiteral("access_token")).toString();
    if (accessToken.isEmpty() || accessToken.size() > kMaxAccessToken ||
        !b64token.match(accessToken).hasMatch())
        return malformed(tr("the token answer has no usable access_token"));
    auto type = reader.string(QStringLiteral("token_type"), MemberReader::Presence::Required);
    auto expires = reader.integer(QStringLiteral("expires_in"), 0, 10LL * 365 * 24 * 3600);
    auto nonce = reader.string(QStringLiteral("c_nonce"), MemberReader::Presence::Optional);
    if (!type)
        return type.error();
    if (!expires)
        return expires.error();
    token.token = accessToken;
    token.expiresIn = expires->value_or(0);
    token.cNonce = nonce.value_or(QString());
    if (type->compare(QLatin1String("DPoP"), Qt::CaseInsensitive) == 0) {
        if (!dpopSent)
            return malformed(tr("the token is bound to a DPoP key the wallet never sent"));
        token.dpopBound = true;
    } else if (type->compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        return malformed(
            tr("the token type \"%1\" is neither Bearer nor DPoP").arg(type->left(20)));
    }
    const QJsonValue details = json->value(QStringLiteral("authorization_details"));
    if (details.isArray()) {
        for (const QJsonValue &item : details.toArray()) {
            const MemberReader detail(item.toObject(), tr("token answer: authorization_details"),
                                      QStringLiteral("vci.token_malformed"));
            if (detail.json().value(QStringLiteral("type")).toString() !=
                QLatin1String("openid_credential"))
                continue;
            auto configuration = detail.string(QStringLiteral("credential_configuration_id"),
                                               MemberReader::Presence::Required);
            auto identifiers = detail.strings(QStringLiteral("credential_identifiers"),
                                              MemberReader::Presence::Required);
            // An entry that is not well formed is left out, as unknown data is (section 6.2):
            // the request then goes by configuration id.
            if (configuration && identifiers)
                token.credentialIdentifiers.insert(configuration.value(), identifiers.value());
        }
    }
    return token;
}

Result<AccessToken> TokenClient::preAuthorized(const AuthorizationServerMetadata &server,
                                               const PreAuthorizedGrant &grant,
                                               const QString &transactionCode,
                                               const HttpClient &http, DpopKey *dpop)
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), PreAuthorizedGrant::grantType()},
        {QStringLiteral("pre-authorized_code"), grant.preAuthorizedCode},
    };
    if (grant.transactionCode)
        fields.append({QStringLiteral("tx_code"), transactionCode});
    return exchange(server, fields, http, dpop);
}

Result<AccessToken> TokenClient::authorizationCode(const AuthorizationServerMetadata &server,
                                                   const QString &code,
                                                   const IssuerAuthorizationRequest &request,
                                                   const HttpClient &http, DpopKey *dpop)
{
    // RFC 6749 section 4.1.3 with RFC 7636 section 4.5: the same redirect_uri and client_id as
    // the authorization request, and the verifier only this wallet knows.
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), request.redirectUri().toString(QUrl::FullyEncoded)},
        {QStringLiteral("client_id"), request.clientId()},
        {QStringLiteral("code_verifier"), QString::fromLatin1(request.codeVerifier())},
    };
    return exchange(server, fields, http, dpop);
}

Result<AccessToken> TokenClient::exchange(const AuthorizationServerMetadata &server,
                                          const QList<QPair<QString, QString>> &fields,
                                          const HttpClient &http, DpopKey *dpop)
{
    // At most two attempts: the second only after the server asked for a DPoP nonce.
    for (int attempt = 0; attempt < 2; ++attempt) {
        HttpRequest request =
            HttpRequest::oauthForm(server.tokenEndpoint(), FormBody::encode(fields));
        if (dpop) {
            auto proof = dpop->proof("POST", server.tokenEndpoint());
            if (!proof)
                return proof.error();
            request.headers.append(QPair<QByteArray, QByteArray>{"DPoP", proof.value()});
        }
        auto answer = http.sendAndWait(request);
        if (!answer)
            return Error{answer.error().code,
                         tr("the token request failed: %1").arg(answer.error().message),
                         answer.error().httpStatus, answer.error().serverMessage};
        if (dpop)
            dpop->rememberNonce(server.tokenEndpoint(), answer->header("DPoP-Nonce"));
        if (!answer->isError())
            return readAnswer(answer->body, dpop != nullptr);
        if (dpop && attempt == 0 &&
            OAuthErrorAnswer::errorName(answer.value()) == QLatin1String("use_dpop_nonce") &&
            dpop->hasNonce(server.tokenEndpoint()))
            continue;
        return OAuthErrorAnswer::toError(answer.value(), QStringLiteral("token"),
                                         tr("the token request"));
    }
    return Error{QStringLiteral("vci.token_use_dpop_nonce"),
                 tr("the authorization server kept asking for a new DPoP nonce")};
}

} // namespace vcdesk
