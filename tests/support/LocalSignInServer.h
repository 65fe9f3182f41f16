#pragma once

// The authorization code flow's half of LocalVciIssuer: the issuer becomes an authorization
// server with an authorization endpoint (and, when asked, a pushed authorization request
// endpoint) that signs the person in at once (or declines), redirects to the wallet's
// loopback port with code, state and iss (RFC 9207), and, when the code comes back to the
// token endpoint, checks it the way a real server must: used once, the same client_id and
// redirect_uri, the PKCE verifier whose S256 challenge the request carried, and a DPoP proof by
// the key the code was bound to (dpop_jkt), when it was.

#include "core/codec/Base64Url.h"
#include "core/codec/FormUrlEncoding.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/net/FormBody.h"
#include "support/LocalVciIssuer.h"

#include <QMutex>
#include <memory>

namespace vcdesk::test {

struct LocalSignInServer
{
    using Fields = QHash<QString, QString>;

    struct State
    {
        QMutex mutex;
        QHash<QString, Fields> pushed;      // request_uri -> the pushed parameters
        QHash<QString, Fields> codes;       // code -> the authorization request it answers
        Fields lastAuthorization;           // what the authorization endpoint acted on
        QByteArray lastAuthorizationTarget; // the browser's request line target
        QString lastTokenProblem;           // why the token endpoint refused, if it did
        bool decline = false;               // the person says no
        QString iss;                        // sent as iss; empty: the server's own
    };
    std::shared_ptr<State> state = std::make_shared<State>();

    static Fields fieldsOf(QByteArrayView form)
    {
        Fields fields;
        if (auto pairs = FormUrlEncoding::decode(form))
            for (const auto &[name, value] : pairs.value())
                fields.insert(name, value);
        return fields;
    }

    /// The JWK thumbprint of the key in the request's DPoP proof header (empty: none).
    static QString dpopThumbprint(const TestHttpServer::Request &request)
    {
        for (const QByteArray &line : request.head.split('\n')) {
            if (!line.toLower().startsWith("dpop:"))
                continue;
            const QByteArray header = line.mid(5).trimmed().split('.').value(0);
            const auto decoded = Base64Url::decode(header);
            const QJsonObject jwk =
                QJsonDocument::fromJson(decoded ? decoded.value() : QByteArray())
                    .object()
                    .value("jwk")
                    .toObject();
            auto thumbprint = Jwk::thumbprint(jwk);
            return thumbprint ? thumbprint.value() : QString();
        }
        return {};
    }

    static TestHttpServer::Response oauthError(const QString &error, const QString &why)
    {
        return TestHttpServer::Response{
            400, compactJson({{"error", error}, {"error_description", why}})};
    }

    void install(LocalVciIssuer &issuer, bool pushed)
    {
        const QString base = issuer.identifier();
        issuer.serverMetadata.insert("authorization_endpoint", base + "/authorize");
        issuer.serverMetadata.insert("code_challenge_methods_supported", QJsonArray{"S256"});
        issuer.serverMetadata.insert(
            "grant_types_supported",
            QJsonArray{"authorization_code",
                       "urn:ietf:params:oauth:grant-type:pre-authorized_code"});
        issuer.serverMetadata.insert("authorization_response_iss_parameter_supported", true);
        if (pushed)
            issuer.serverMetadata.insert("pushed_authorization_request_endpoint", base + "/par");
        issuer.publish();
        auto shared = state;
        issuer.server.handle("/par", [shared](const TestHttpServer::Request &request) {
            QMutexLocker lock(&shared->mutex);
            const QString uri = QStringLiteral("urn:ietf:params:oauth:request_uri:%1")
                                    .arg(shared->pushed.size() + 1);
            shared->pushed.insert(uri, fieldsOf(request.body));
            return TestHttpServer::Response{
                201, compactJson({{"request_uri", uri}, {"expires_in", 60}})};
        });
        issuer.server.handle("/authorize", [shared, base](const TestHttpServer::Request &request) {
            QMutexLocker lock(&shared->mutex);
            const QByteArray query = request.target.mid(request.target.indexOf('?') + 1);
            Fields fields = fieldsOf(query);
            if (fields.contains("request_uri")) {
                const Fields pushedFields = shared->pushed.take(fields.value("request_uri"));
                if (pushedFields.isEmpty() ||
                    pushedFields.value("client_id") != fields.value("client_id"))
                    return TestHttpServer::Response{400, "unknown request_uri", "text/plain"};
                fields = pushedFields;
            }
            shared->lastAuthorization = fields;
            shared->lastAuthorizationTarget = request.target;
            const QUrl redirect(fields.value("redirect_uri"));
            if (fields.value("response_type") != "code" ||
                fields.value("code_challenge_method") != "S256" ||
                fields.value("code_challenge").isEmpty() || redirect.host() != "127.0.0.1")
                return TestHttpServer::Response{400, "bad authorization request", "text/plain"};
            QList<QPair<QString, QString>> answer;
            if (shared->decline) {
                answer = {{"error", "access_denied"}, {"error_description", "user declined"}};
            } else {
                const QString code = QStringLiteral("auth-code-%1").arg(shared->codes.size() + 1);
                shared->codes.insert(code, fields);
                answer = {{"code", code}};
            }
            answer.append({"state", fields.value("state")});
            answer.append({"iss", shared->iss.isEmpty() ? base : shared->iss});
            TestHttpServer::Response response{302, {}, "text/plain"};
            response.location =
                (fields.value("redirect_uri") + '?').toLatin1() + FormBody::encode(answer);
            return response;
        });
        issuer.server.handle("/token", [shared](const TestHttpServer::Request &request) {
            QMutexLocker lock(&shared->mutex);
            const Fields fields = fieldsOf(request.body);
            auto refuse = [&](const QString &why) {
                shared->lastTokenProblem = why;
                return oauthError("invalid_grant", why);
            };
            if (fields.value("grant_type") != "authorization_code")
                return refuse("only authorization_code here");
            const Fields asked = shared->codes.take(fields.value("code")); // once only
            if (asked.isEmpty())
                return refuse("unknown or used code");
            if (fields.value("redirect_uri") != asked.value("redirect_uri") ||
                fields.value("client_id") != asked.value("client_id"))
                return refuse("redirect_uri or client_id differ");
            const QByteArray challenge =
                Base64Url::encode(Digest::sha256(fields.value("code_verifier").toLatin1()));
            if (challenge != asked.value("code_challenge").toLatin1())
                return refuse("PKCE verifier does not match");
            // A code bound to a DPoP key (dpop_jkt) goes only with a proof by that key.
            if (asked.contains("dpop_jkt") && dpopThumbprint(request) != asked.value("dpop_jkt"))
                return refuse("the DPoP key is not the one the code is bound to");
            return TestHttpServer::Response{200, compactJson({{"access_token", "token-signed-in"},
                                                              {"token_type", "Bearer"},
                                                              {"expires_in", 300}})};
        });
    }
};

} // namespace vcdesk::test
