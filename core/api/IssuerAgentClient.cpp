#include "core/api/IssuerAgentClient.h"

#include "core/api/ServiceUrl.h"
#include "core/codec/StrictJson.h"
#include "core/common/CancelToken.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace vcdesk {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

IssuerAgentClient::IssuerAgentClient(QUrl baseUrl, QByteArray apiKey, NetworkPolicy policy)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_http(std::move(policy))
{
}

QUrl IssuerAgentClient::endpoint(const QString &path) const
{
    return ServiceUrl::join(m_baseUrl, path);
}

Result<QJsonValue> IssuerAgentClient::call(HttpRequest request)
{
    if (!m_apiKey.isEmpty())
        request.headers << qMakePair(QByteArrayLiteral("apikey"), m_apiKey);
    auto response = m_http.sendAndWait(request);
    if (!response)
        return response.error();
    auto json = StrictJson::parseObject(response->body);
    if (!json)
        return Error{QStringLiteral("api.invalid_answer"),
                     tr("the issuer agent did not answer with JSON: %1").arg(json.error().message)};
    if (!json->contains(QStringLiteral("data")))
        return Error{QStringLiteral("api.invalid_answer"),
                     tr("the issuer agent's answer has no \"data\"")};
    return json->value(QStringLiteral("data"));
}

Result<QList<IssuerOffer>> IssuerAgentClient::offers(const QString &thid)
{
    QUrl url = endpoint(QStringLiteral("/api/v1/vc/offers"));
    if (!thid.isEmpty())
        url.setQuery(QUrlQuery{{QStringLiteral("thid"), thid}});
    auto data = call(HttpRequest::get(url));
    if (!data)
        return data.error();
    if (!data->isArray())
        return Error{QStringLiteral("api.invalid_answer"), tr("the offers are not a list")};
    QList<IssuerOffer> offers;
    for (const QJsonValue &item : data->toArray()) {
        auto offer = IssuerOffer::fromJson(item.toObject());
        if (!offer)
            return offer.error();
        offers << offer.value();
    }
    return offers;
}

Result<IssuerOffer> IssuerAgentClient::match(const QString &claimType)
{
    auto data =
        call(HttpRequest::get(endpoint(QStringLiteral("/api/v1/vc/match/") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(claimType)))));
    if (!data)
        return data.error();
    return IssuerOffer::fromJson(data->toObject().value(QStringLiteral("vc")).toObject());
}

Result<IssuerOffer> IssuerAgentClient::createOffer(const QString &connectionId,
                                                   const QString &authorDid, qint64 validitySeconds,
                                                   const QJsonObject &claims)
{
    // The seed sends the claims as a JSON string.
    const QJsonObject body{{QStringLiteral("connection"), connectionId},
                           {QStringLiteral("author"), authorDid},
                           {QStringLiteral("validity"), validitySeconds},
                           {QStringLiteral("claims"), QString::fromUtf8(compact(claims))}};
    auto data = call(HttpRequest::postJson(endpoint(QStringLiteral("/api/v1/vc/offer-noschema")),
                                           compact(body)));
    if (!data)
        return data.error();
    return IssuerOffer::fromJson(data->toObject());
}

Result<IssuerOffer> IssuerAgentClient::accept(const QString &recordId, const QString &holderDid)
{
    auto data = call(HttpRequest::postJson(
        endpoint(QStringLiteral("/api/v1/vc/accept")),
        compact({{QStringLiteral("recordId"), recordId}, {QStringLiteral("did"), holderDid}})));
    if (!data)
        return data.error();
    return IssuerOffer::fromJson(data->toObject());
}

Result<IssuerOffer> IssuerAgentClient::issue(const QString &recordId)
{
    auto data = call(HttpRequest::postJson(endpoint(QStringLiteral("/api/v1/vc/issue")),
                                           compact({{QStringLiteral("recordId"), recordId}})));
    if (!data)
        return data.error();
    return IssuerOffer::fromJson(data->toObject());
}

Result<IssuerAgentClient::CustodialResult> IssuerAgentClient::custodial(const CustodialRequest &r)
{
    const QJsonObject body{{QStringLiteral("connection"), r.connectionId},
                           {QStringLiteral("key_peer1"), QString::fromUtf8(r.issuerApiKey)},
                           {QStringLiteral("key_peer2"), QString::fromUtf8(r.holderApiKey)},
                           {QStringLiteral("did_peer1"), r.issuerDid},
                           {QStringLiteral("did_peer2"), r.holderDid},
                           {QStringLiteral("validity"), r.validitySeconds},
                           {QStringLiteral("claims"), QString::fromUtf8(compact(r.claims))},
                           {QStringLiteral("noDuplicate"), r.noDuplicate}};
    HttpRequest request = HttpRequest::postJson(
        endpoint(QStringLiteral("/api/v1/vc/issuance/custodial")), compact(body));
    auto response = m_http.sendAndWait(request); // no apikey header: the keys are in the body
    if (!response)
        return response.error();
    auto json = StrictJson::parseObject(response->body);
    if (!json)
        return Error{QStringLiteral("api.invalid_answer"), json.error().message};
    const QJsonObject data = json->value(QStringLiteral("data")).toObject();
    auto credential = IssuerOffer::fromJson(data.value(QStringLiteral("vc")).toObject());
    if (!credential)
        return credential.error();
    return CustodialResult{data.value(QStringLiteral("wasOffered")).toBool(),
                           data.value(QStringLiteral("wasAccepted")).toBool(), credential.value()};
}

Result<QList<IssuerAgentClient::Connection>> IssuerAgentClient::connections()
{
    auto data = call(HttpRequest::get(endpoint(QStringLiteral("/api/v1/connections"))));
    if (!data && data.error().httpStatus == 404)
        return notOffered(data.error(), tr("listing its connections"));
    if (!data)
        return data.error();
    if (!data->isArray())
        return Error{QStringLiteral("api.invalid_answer"), tr("the connections are not a list")};
    QList<Connection> connections;
    for (const QJsonValue &item : data->toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonObject issuer = object.value(QStringLiteral("issuer")).toObject();
        const QJsonObject holder = object.value(QStringLiteral("holder")).toObject();
        Connection connection{object.value(QStringLiteral("connectionId")).toString(),
                              issuer.value(QStringLiteral("name")).toString(),
                              issuer.value(QStringLiteral("did")).toString(),
                              holder.value(QStringLiteral("name")).toString(),
                              holder.value(QStringLiteral("did")).toString()};
        if (connection.id.isEmpty() || connection.id.size() > 200)
            return Error{QStringLiteral("api.invalid_answer"),
                         tr("a connection has no usable connectionId")};
        connections << connection;
    }
    return connections;
}

Status IssuerAgentClient::revoke(const QString &recordId)
{
    auto data = call(HttpRequest::postJson(endpoint(QStringLiteral("/api/v1/vc/revoke")),
                                           compact({{QStringLiteral("recordId"), recordId}})));
    if (!data)
        return data.error();
    if (!data->toObject().value(QStringLiteral("revoked")).toBool())
        return Error{QStringLiteral("api.invalid_answer"),
                     tr("the issuer agent did not say the credential is revoked")};
    return {};
}

Error IssuerAgentClient::notOffered(const Error &answer, const QString &what)
{
    Error error = answer;
    error.code = QStringLiteral("api.not_offered");
    error.message = tr("this issuer agent does not offer %1 (%2)").arg(what, answer.message);
    return error;
}

Result<IssuerOffer> IssuerAgentClient::waitForState(const IssuerOffer &record, ProtocolState target,
                                                    int deadlineMs, int pollMs)
{
    QElapsedTimer clock;
    clock.start();
    IssuerOffer latest = record;
    while (true) {
        if (latest.state == target)
            return latest;
        if (latest.state == ProtocolState::ProblemReportSent ||
            latest.state == ProtocolState::ProblemReportReceived)
            return Error{QStringLiteral("api.problem_report"),
                         tr("the exchange %1 ended with a problem report").arg(latest.recordId)};
        if (clock.elapsed() + pollMs > deadlineMs)
            return Error{QStringLiteral("api.deadline"), tr("the offer %1 is still %2 after %3 s")
                                                             .arg(latest.recordId, latest.stateName)
                                                             .arg(deadlineMs / 1000.0)};
        // A pause that cancelling the activity cuts short (no event loop: see HttpClient).
        if (!CancelToken::current().sleepFor(std::chrono::milliseconds(pollMs)))
            return Error{QStringLiteral("api.cancelled"),
                         tr("stopped waiting for the offer %1").arg(latest.recordId)};
        auto current = offers(record.thid);
        if (!current) {
            // A network failure while waiting is not the end: try again until the deadline.
            if (current.error().httpStatus >= 400 && current.error().httpStatus < 500)
                return current.error();
            continue;
        }
        const auto it = std::find_if(current->cbegin(), current->cend(), [&](const IssuerOffer &o) {
            return o.recordId == record.recordId;
        });
        if (it == current->cend())
            return Error{QStringLiteral("api.not_found"),
                         tr("the agent no longer knows the offer %1").arg(record.recordId)};
        latest = *it;
    }
}

Result<IssuerOffer> IssuerAgentClient::acceptAndWait(const QString &recordId,
                                                     const QString &holderDid, int deadlineMs,
                                                     int pollMs)
{
    auto accepted = accept(recordId, holderDid);
    if (!accepted)
        return accepted.error();
    return waitForState(accepted.value(), ProtocolState::CredentialReceived, deadlineMs, pollMs);
}

} // namespace vcdesk
