#include "core/oid4vp/ResponseSender.h"

#include "core/codec/StrictJson.h"
#include "core/net/FormBody.h"
#include "core/net/HttpClient.h"

namespace vcdesk {

Result<ResponseSender::VerifierAnswer> ResponseSender::send(const AuthorizationResponse &response,
                                                            const NetworkPolicy &policy)
{
    HttpRequest request;
    request.method = "POST";
    request.url = response.target;
    request.body = FormBody::encode(response.fields);
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
