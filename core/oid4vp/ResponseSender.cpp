#include "core/oid4vp/ResponseSender.h"

#include "core/codec/StrictJson.h"
#include "core/jose/CompactJwe.h"
#include "core/net/FormBody.h"
#include "core/net/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

Result<QByteArray> ResponseSender::encrypted(const AuthorizationResponse &response)
{
    // Inside the JWE the parameters keep their JSON types: a DCQL vp_token and a
    // presentation_submission are objects, not strings holding JSON.
    QJsonObject payload;
    for (const auto &[name, value] : response.fields) {
        const bool json =
            (name == QLatin1String("vp_token") ||
             name == QLatin1String("presentation_submission")) &&
            (value.startsWith(QLatin1Char('{')) || value.startsWith(QLatin1Char('[')));
        const QJsonDocument document =
            json ? QJsonDocument::fromJson(value.toUtf8()) : QJsonDocument();
        payload.insert(name, !json                ? QJsonValue(value)
                             : document.isArray() ? QJsonValue(document.array())
                                                  : QJsonValue(document.object()));
    }
    QJsonObject header;
    if (response.encryptionJwk.contains(QStringLiteral("kid")))
        header.insert(QStringLiteral("kid"), response.encryptionJwk.value(QStringLiteral("kid")));
    return CompactJwe::encryptEcdhEs(response.encryptionJwk,
                                     QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                     response.encryptionEnc, header);
}

Result<ResponseSender::VerifierAnswer> ResponseSender::send(const AuthorizationResponse &response,
                                                            const NetworkPolicy &policy)
{
    HttpRequest request;
    request.method = "POST";
    request.url = response.target;
    if (response.encryptionJwk.isEmpty()) {
        request.body = FormBody::encode(response.fields);
    } else {
        auto sealed = encrypted(response);
        if (!sealed)
            return sealed.error();
        request.body =
            FormBody::encode({{QStringLiteral("response"), QString::fromLatin1(sealed.value())}});
    }
    request.contentType = "application/x-www-form-urlencoded";
    request.idempotent = false; // a presentation is delivered once
    request.followRedirects = false;
    auto reply = HttpClient(policy).sendAndWait(request);
    if (!reply)
        return Error{QStringLiteral("oid4vp.response_refused"),
                     tr("the verifier did not accept the answer: %1").arg(reply.error().message),
                     reply.error().httpStatus, reply.error().serverMessage};
    VerifierAnswer answer;
    answer.status = reply->status;
    if (!reply->body.trimmed().isEmpty()) {
        if (auto body = StrictJson::parseObject(reply->body))
            answer.body = body.value();
    }
    const QUrl redirect(answer.body.value(QStringLiteral("redirect_uri")).toString(),
                        QUrl::StrictMode);
    if (redirect.isValid() && (redirect.scheme() == QLatin1String("https") ||
                               (redirect.scheme() == QLatin1String("http") &&
                                NetworkPolicy::isLoopbackHost(redirect.host()))))
        answer.redirectUri = redirect;
    return answer;
}

} // namespace vcdesk
