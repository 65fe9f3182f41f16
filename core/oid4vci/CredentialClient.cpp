#include "core/oid4vci/CredentialClient.h"

#include "core/codec/StrictJson.h"
#include "core/oid4vci/MemberReader.h"
#include "core/oid4vci/OAuthErrorAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace vcdesk {

namespace {

Error malformed(const QString &message)
{
    return Error{QStringLiteral("vci.credential_malformed"), message};
}

/// True when a 401 asks for a DPoP nonce (RFC 9449 section 9: WWW-Authenticate: DPoP
/// error="use_dpop_nonce").
bool asksForDpopNonce(const HttpResponse &answer)
{
    return answer.status == 401 && answer.header("WWW-Authenticate").contains("use_dpop_nonce");
}

} // namespace

Result<HttpResponse> CredentialClient::post(const QUrl &url, const QJsonObject &body,
                                            const AccessToken &token) const
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        // The nonce endpoint is asked with an empty body (section 7.1), the others with JSON.
        HttpRequest request = HttpRequest::postJson(
            url,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (body.isEmpty())
            request.contentType.clear();
        request.followRedirects = false;
        request.clientErrorsAsResponses = true;
        request.headers.append(QPair<QByteArray, QByteArray>{"Accept", "application/json"});
        if (!token.token.isEmpty())
            request.headers.append(
                QPair<QByteArray, QByteArray>{"Authorization", token.authorizationHeader()});
        if (m_dpop && token.dpopBound) {
            auto proof = m_dpop->proof("POST", url, token.token);
            if (!proof)
                return proof.error();
            request.headers.append(QPair<QByteArray, QByteArray>{"DPoP", proof.value()});
        }
        auto answer = m_http.sendAndWait(request);
        if (!answer)
            return answer;
        if (m_dpop)
            m_dpop->rememberNonce(url, answer->header("DPoP-Nonce"));
        if (attempt == 0 && m_dpop && token.dpopBound && asksForDpopNonce(answer.value()) &&
            m_dpop->hasNonce(url))
            continue;
        return answer;
    }
    return Error{QStringLiteral("vci.credential_use_dpop_nonce"),
                 tr("the issuer kept asking for a new DPoP nonce")};
}

Result<QString> CredentialClient::nonce() const
{
    if (m_issuer.nonceEndpoint().isEmpty())
        return QString();
    auto answer = post(m_issuer.nonceEndpoint(), QJsonObject(), AccessToken());
    if (!answer)
        return Error{answer.error().code, tr("no nonce: %1").arg(answer.error().message),
                     answer.error().httpStatus, answer.error().serverMessage};
    if (answer->isError())
        return OAuthErrorAnswer::toError(answer.value(), QStringLiteral("nonce"),
                                         tr("to give a nonce"));
    auto json = StrictJson::parseObject(answer->body);
    if (!json)
        return Error{QStringLiteral("vci.nonce_malformed"),
                     tr("the nonce answer is not a JSON object")};
    const MemberReader reader(json.value(), tr("nonce answer"),
                              QStringLiteral("vci.nonce_malformed"));
    return reader.string(QStringLiteral("c_nonce"), MemberReader::Presence::Required);
}

Result<CredentialAnswer> CredentialClient::readAnswer(int status, const QByteArray &body)
{
    auto json = StrictJson::parseObject(body);
    if (!json)
        return malformed(
            tr("the credential answer is not a JSON object: %1").arg(json.error().message));
    const MemberReader reader(json.value(), tr("credential answer"),
                              QStringLiteral("vci.credential_malformed"));
    CredentialAnswer answer;
    auto notification =
        reader.string(QStringLiteral("notification_id"), MemberReader::Presence::Optional);
    if (!notification)
        return notification.error();
    answer.notificationId = notification.value();
    auto transaction =
        reader.string(QStringLiteral("transaction_id"), MemberReader::Presence::Optional);
    if (!transaction)
        return transaction.error();
    auto credentials =
        reader.array(QStringLiteral("credentials"), MemberReader::Presence::Optional);
    if (!credentials)
        return credentials.error();
    if (!transaction->isEmpty()) {
        if (credentials.value())
            return malformed(tr("the credential answer has both credentials and a transaction id"));
        // A positive number of seconds (not always whole); waited for rounded up.
        const QJsonValue interval = json->value(QStringLiteral("interval"));
        const double seconds = interval.toDouble(-1);
        if (!interval.isDouble() || !(seconds > 0))
            return malformed(tr("the deferred answer has no positive interval"));
        answer.transactionId = transaction.value();
        answer.intervalSeconds = int(std::ceil(std::min(seconds, double(kMaxIntervalSeconds))));
        return answer;
    }
    if (status == 202)
        return malformed(tr("the issuer deferred the credential without a transaction id"));
    if (!credentials.value())
        return malformed(tr("the credential answer has no credentials"));
    if (credentials.value()->size() > kMaxCredentials)
        return malformed(tr("the issuer sent more than %1 credentials").arg(kMaxCredentials));
    for (const QJsonValue &item : *credentials.value()) {
        const QJsonValue credential = item.toObject().value(QStringLiteral("credential"));
        if (!credential.isString() || credential.toString().isEmpty())
            return malformed(tr("an entry of credentials holds no credential string"));
        answer.credentials << credential.toString().toUtf8();
    }
    return answer;
}

Result<CredentialAnswer> CredentialClient::request(const AccessToken &token,
                                                   const QJsonObject &target,
                                                   const QList<QByteArray> &proofs) const
{
    QJsonObject body = target;
    if (!proofs.isEmpty()) {
        QJsonArray jwts;
        for (const QByteArray &proof : proofs)
            jwts.append(QString::fromLatin1(proof));
        body.insert(QStringLiteral("proofs"), QJsonObject{{QStringLiteral("jwt"), jwts}});
    }
    auto answer = post(m_issuer.credentialEndpoint(), body, token);
    if (!answer)
        return Error{answer.error().code,
                     tr("the credential request failed: %1").arg(answer.error().message),
                     answer.error().httpStatus, answer.error().serverMessage};
    if (answer->isError())
        return OAuthErrorAnswer::toError(answer.value(), QStringLiteral("credential"),
                                         tr("the credential request"));
    return readAnswer(answer->status, answer->body);
}

Result<CredentialAnswer> CredentialClient::deferred(const AccessToken &token,
                                                    const QString &transactionId) const
{
    if (m_issuer.deferredCredentialEndpoint().isEmpty())
        return Error{QStringLiteral("vci.deferred_unsupported"),
                     tr("the issuer deferred the credential but has no deferred credential "
                        "endpoint")};
    auto answer = post(m_issuer.deferredCredentialEndpoint(),
                       QJsonObject{{QStringLiteral("transaction_id"), transactionId}}, token);
    if (!answer)
        return Error{
            answer.error().code,
            tr("asking for the deferred credential failed: %1").arg(answer.error().message),
            answer.error().httpStatus, answer.error().serverMessage};
    if (answer->isError())
        return OAuthErrorAnswer::toError(answer.value(), QStringLiteral("deferred"),
                                         tr("the deferred credential request"));
    return readAnswer(answer->status, answer->body);
}

Status CredentialClient::notify(const AccessToken &token, const QString &notificationId,
                                const QString &event, const QString &description) const
{
    if (m_issuer.notificationEndpoint().isEmpty() || notificationId.isEmpty())
        return {};
    QJsonObject body{{QStringLiteral("notification_id"), notificationId},
                     {QStringLiteral("event"), event}};
    if (!description.isEmpty()) {
        // Printable ASCII without '"' and '\' (section 11.1).
        QString ascii;
        for (const QChar c : description.left(200))
            if (c.unicode() >= 0x20 && c.unicode() <= 0x7e && c != QLatin1Char('"') &&
                c != QLatin1Char('\\'))
                ascii += c;
        body.insert(QStringLiteral("event_description"), ascii);
    }
    auto answer = post(m_issuer.notificationEndpoint(), body, token);
    if (!answer)
        return answer.error();
    if (answer->isError())
        return OAuthErrorAnswer::toError(answer.value(), QStringLiteral("notification"),
                                         tr("the notification"));
    return {};
}

} // namespace vcdesk
