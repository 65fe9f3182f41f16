#include "core/api/GenerationClient.h"

#include "core/api/ServiceUrl.h"
#include "core/codec/StrictJson.h"

#include <QJsonDocument>

namespace vcdesk {

GenerationClient::GenerationClient(QUrl baseUrl, NetworkPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_http(std::move(policy))
{
}

GenerationClient::GenerationClient(QUrl baseUrl, QByteArray apiKey, NetworkPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_http(std::move(policy))
{
}

Result<QByteArray> GenerationClient::generate(const QString &flowId, const QJsonObject &payload)
{
    const QUrl url = ServiceUrl::join(m_baseUrl, QStringLiteral("/generate"));
    const QJsonObject envelope{
        {QStringLiteral("key"), flowId},
        {QStringLiteral("value"), QJsonObject{{QStringLiteral("messageLabel"),
                                               QStringLiteral("generateVerifiableCredential")},
                                              {QStringLiteral("messagePayload"), payload}}}};
    HttpRequest request =
        HttpRequest::postJson(url, QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    if (!m_apiKey.isEmpty())
        request.headers << qMakePair(QByteArrayLiteral("apikey"), m_apiKey);
    auto response = m_http.sendAndWait(request);
    if (!response)
        return response.error();
    auto json = StrictJson::parseObject(response->body);
    if (!json)
        return Error{QStringLiteral("api.invalid_answer"), json.error().message};
    const QJsonObject value = json->value(QStringLiteral("value")).toObject();
    const QString label = value.value(QStringLiteral("messageLabel")).toString();
    const QJsonObject result = value.value(QStringLiteral("messagePayload")).toObject();
    if (json->value(QStringLiteral("key")).toString() != flowId)
        return Error{QStringLiteral("api.invalid_answer"),
                     tr("the generation service answered for another flow")};
    if (label == QLatin1String("verifiableCredentialGenerated")) {
        const QString credential = result.value(QStringLiteral("verifiableCredential")).toString();
        if (credential.isEmpty())
            return Error{QStringLiteral("api.invalid_answer"),
                         tr("the generated credential is empty")};
        return credential.toUtf8();
    }
    if (label == QLatin1String("verifiableCredentialGenerationFailed")) {
        Error error{QStringLiteral("api.generation_failed"),
                    tr("the credential could not be generated: %1")
                        .arg(result.value(QStringLiteral("verifiableCredentialError"))
                                 .toString()
                                 .left(300))};
        error.serverMessage = result.value(QStringLiteral("verifiableCredentialError")).toString();
        return error;
    }
    return Error{QStringLiteral("api.invalid_answer"),
                 tr("the generation service sent an unknown event \"%1\"").arg(label.left(60))};
}

} // namespace vcdesk
