#include "core/api/VerifierApiClient.h"

#include "core/api/ServiceUrl.h"
#include "core/codec/StrictJson.h"

#include <QJsonDocument>

namespace vcdesk {

VerifierApiClient::VerifierApiClient(QUrl baseUrl, QByteArray bearerToken, NetworkPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_token(std::move(bearerToken))
    , m_http(std::move(policy))
{
}

Result<VerifierApiClient::AuthRequest>
VerifierApiClient::createAuthRequest(const QString &definitionId)
{
    HttpRequest request = HttpRequest::postJson(
        ServiceUrl::join(m_baseUrl, QStringLiteral("/private/webapp/definitions/") +
                                        QString::fromLatin1(QUrl::toPercentEncoding(definitionId)) +
                                        QStringLiteral("/auth-requests")),
        {});
    request.headers << qMakePair(QByteArrayLiteral("Authorization"), "Bearer " + m_token);
    auto response = m_http.sendAndWait(request);
    if (!response)
        return response.error();
    auto json = StrictJson::parseObject(response->body);
    if (!json)
        return Error{QStringLiteral("api.invalid_answer"), json.error().message};
    AuthRequest created{json->value(QStringLiteral("correlationId")).toString(),
                        json->value(QStringLiteral("definitionId")).toString(),
                        json->value(QStringLiteral("authRequestURI")).toString(),
                        QUrl(json->value(QStringLiteral("authStatusURI")).toString())};
    if (created.correlationId.isEmpty() || created.authRequestUri.isEmpty() ||
        created.definitionId != definitionId)
        return Error{QStringLiteral("api.invalid_answer"),
                     tr("the verifier's auth request lacks correlationId or authRequestURI")};
    return created;
}

Result<QByteArray> VerifierApiClient::requestToken(const QByteArray &apiKey, const QString &role)
{
    HttpRequest request = HttpRequest::postJson(
        ServiceUrl::join(m_baseUrl, QStringLiteral("/private/webapp/token")),
        QJsonDocument(QJsonObject{{QStringLiteral("role"), role}}).toJson(QJsonDocument::Compact));
    request.headers << qMakePair(QByteArrayLiteral("apikey"), apiKey);
    auto response = m_http.sendAndWait(request);
    if (!response)
        return response.error();
    auto json = StrictJson::parseObject(response->body);
    if (!json)
        return Error{QStringLiteral("api.invalid_answer"), json.error().message};
    const QString token = json->value(QStringLiteral("access_token")).toString();
    if (token.isEmpty() || token.size() > 4096)
        return Error{QStringLiteral("api.invalid_answer"),
                     tr("the verifier's token endpoint gave no usable access_token")};
    m_token = token.toLatin1();
    return m_token;
}

HttpRequest VerifierApiClient::authStatusRequest(const QString &correlationId,
                                                 const QString &definitionId) const
{
    HttpRequest request = HttpRequest::postJson(
        ServiceUrl::join(m_baseUrl, QStringLiteral("/private/webapp/auth-status")),
        QJsonDocument(QJsonObject{{QStringLiteral("correlationId"), correlationId},
                                  {QStringLiteral("definitionId"), definitionId}})
            .toJson(QJsonDocument::Compact));
    request.idempotent = true;
    request.headers << qMakePair(QByteArrayLiteral("Authorization"), "Bearer " + m_token);
    return request;
}

Result<AuthStatus> VerifierApiClient::authStatus(const QString &correlationId,
                                                 const QString &definitionId)
{
    auto response = m_http.sendAndWait(authStatusRequest(correlationId, definitionId));
    if (!response)
        return response.error();
    auto json = StrictJson::parseObject(response->body);
    if (!json)
        return Error{QStringLiteral("api.invalid_answer"), json.error().message};
    return AuthStatus::fromJson(json.value());
}

} // namespace vcdesk
