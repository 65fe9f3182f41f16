#include "core/api/HostedWalletClient.h"

#include "core/api/ServiceUrl.h"
#include "core/codec/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

namespace {

Error invalidAnswer(const QString &what)
{
    return Error{
        QStringLiteral("api.invalid_answer"),
        HostedWalletClient::tr("the hosted wallet's answer is not as expected: %1").arg(what)};
}

} // namespace

HostedWalletClient::HostedWalletClient(QUrl baseUrl, QByteArray apiKey, NetworkPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_http(std::move(policy))
{
}

QUrl HostedWalletClient::endpoint(const QString &path) const
{
    return ServiceUrl::join(m_baseUrl, QStringLiteral("/core/api/v1") + path);
}

Result<QJsonValue> HostedWalletClient::call(HttpRequest request)
{
    request.headers << qMakePair(QByteArrayLiteral("apikey"), m_apiKey);
    auto response = m_http.sendAndWait(request);
    if (!response)
        return response.error();
    auto json = StrictJson::parseObject(response->body);
    if (!json || !json->contains(QStringLiteral("data")))
        return invalidAnswer(QStringLiteral("no JSON \"data\""));
    return json->value(QStringLiteral("data"));
}

Result<QList<HostedWalletClient::Template>> HostedWalletClient::templates()
{
    auto data = call(HttpRequest::get(endpoint(QStringLiteral("/programmatic/templates"))));
    if (!data)
        return data.error();
    QList<Template> found;
    for (const QJsonValue &value : data->toArray()) {
        Template t{
            value[QStringLiteral("id")].toString(), value[QStringLiteral("name")].toString(), {}};
        for (const QJsonValue &field : value[QStringLiteral("customFields")].toArray())
            t.customFields << field.toString();
        if (t.id.isEmpty())
            return invalidAnswer(QStringLiteral("template id"));
        found << t;
    }
    return found;
}

Result<QString> HostedWalletClient::issue(const QString &templateId, const QString &walletId,
                                          const QDateTime &expiration, const QJsonObject &fields)
{
    QJsonObject body = fields;
    body.insert(QStringLiteral("walletId"), walletId);
    body.insert(QStringLiteral("credentialTemplateId"), templateId);
    body.insert(QStringLiteral("credentialExpiration"),
                expiration.isValid() ? QJsonValue(expiration.toSecsSinceEpoch())
                                     : QJsonValue(QJsonValue::Null));
    auto data = call(HttpRequest::postJson(endpoint(QStringLiteral("/programmatic/credential")),
                                           QJsonDocument(body).toJson(QJsonDocument::Compact)));
    if (!data)
        return data.error();
    const QString id = data->toObject().value(QStringLiteral("credentialId")).toString();
    if (id.isEmpty())
        return invalidAnswer(QStringLiteral("credentialId"));
    return id;
}

Result<HostedWalletClient::StoredCredential> HostedWalletClient::get(const QString &credentialId)
{
    auto data = call(
        HttpRequest::get(endpoint(QStringLiteral("/programmatic/credential/") +
                                  QString::fromLatin1(QUrl::toPercentEncoding(credentialId)))));
    if (!data)
        return data.error();
    const QJsonObject object = data->toObject();
    StoredCredential credential{object.value(QStringLiteral("credentialId")).toString(),
                                object.value(QStringLiteral("templateId")).toString(),
                                object.value(QStringLiteral("status")).toString(),
                                object.value(QStringLiteral("detail")).toObject(),
                                object.value(QStringLiteral("credentialSubjectsData")).toObject(),
                                object.value(QStringLiteral("templateName")).toString()};
    if (credential.detail.isEmpty())
        return invalidAnswer(QStringLiteral("detail"));
    return credential;
}

Status HostedWalletClient::remove(const QString &credentialId)
{
    HttpRequest request =
        HttpRequest::get(endpoint(QStringLiteral("/programmatic/credential/") +
                                  QString::fromLatin1(QUrl::toPercentEncoding(credentialId))));
    request.method = "DELETE";
    auto data = call(request);
    if (!data)
        return data.error();
    if (!data->toObject().value(QStringLiteral("isSuccess")).toBool())
        return Error{QStringLiteral("api.failed"), tr("the hosted wallet did not delete it")};
    return {};
}

Result<QList<HostedWalletClient::ProofResult>>
HostedWalletClient::verify(const QList<QJsonValue> &proofs)
{
    QJsonArray array;
    for (const QJsonValue &proof : proofs)
        array.append(proof);
    HttpRequest request =
        HttpRequest::postJson(endpoint(QStringLiteral("/credential/proofs/verify")),
                              QJsonDocument(QJsonObject{{QStringLiteral("proofs"), array}})
                                  .toJson(QJsonDocument::Compact));
    request.idempotent = true; // verifying changes nothing
    auto data = call(request);
    if (!data)
        return data.error();
    QList<ProofResult> results;
    for (const QJsonValue &item : data->toArray()) {
        ProofResult result;
        result.isValid = item[QStringLiteral("isValid")].toBool();
        const QJsonObject named = item[QStringLiteral("validationResults")].toObject();
        for (auto it = named.constBegin(); it != named.constEnd(); ++it) {
            Validation validation;
            validation.isValid = it.value()[QStringLiteral("isValid")].toBool();
            for (const QJsonValue &message : it.value()[QStringLiteral("messages")].toArray())
                validation.messages << message.toString();
            result.results.insert(it.key(), validation);
        }
        results << result;
    }
    if (results.size() != proofs.size())
        return invalidAnswer(QStringLiteral("one result per proof"));
    return results;
}

} // namespace vcdesk
