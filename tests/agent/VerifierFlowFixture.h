#pragma once

// What the verifier tests share: an agent on loopback with its verifier, a holder with a
// credential the agent issued to it, and the calls a wallet makes (fetch and check the request
// object, answer over direct_post) and an operator makes (raw calls with a Bearer token).

#include "agent/AgentServer.h"
#include "core/api/AuthStatusPoller.h"
#include "core/api/IssuerAgentClient.h"
#include "core/api/VerifierApiClient.h"
#include "core/crypto/Jwk.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/jose/JwsVerifier.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/DidWebHost.h"
#include "support/LoopbackPolicy.h"
#include "support/PresentationFactory.h"
#include "support/RawHttp.h"
#include "support/ReportHelpers.h"
#include "support/TokenFactory.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtConcurrent>
#include <QtTest>

namespace vcdesk::test {

class VerifierFlowFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    test::Issuer m_holder = test::Issuer::make(KeyType::P256); // the wallet's key and DID
    QByteArray m_credential;                                   // issued by the agent to m_holder
    QByteArray m_userToken;

    VerifierApiClient verifier(const QByteArray &token)
    {
        return VerifierApiClient(QUrl(m_agent->baseUrl()), token, test::loopbackPolicy());
    }

    /// What a wallet does with the authRequestURI: fetch and check the request object.
    QJsonObject fetchRequestObject(const QString &authRequestUri)
    {
        const QUrlQuery query(QUrl(authRequestUri).query());
        const QUrl requestUri(query.queryItemValue("request_uri", QUrl::FullyDecoded));
        auto response =
            HttpClient(test::loopbackPolicy()).sendAndWait(HttpRequest::get(requestUri));
        if (!response)
            qFatal("request object: %s", qPrintable(response.error().toString()));
        const auto jws = CompactJws::parse(response->body).value();
        if (jws.header().value("typ").toString() != "oauth-authz-req+jwt")
            qFatal("wrong typ");
        const QJsonObject claims = QJsonDocument::fromJson(jws.payload()).object();
        // Signed by the key its client_id names.
        auto resolver = MultiMethodDidResolver::createDefault(test::loopbackPolicy());
        const auto document =
            resolver->resolve(DidUrl::parse(claims.value("client_id").toString()).value()).value();
        const auto *method = document.method(jws.keyId());
        if (!method || !JwsVerifier::verify(jws, *method->key))
            qFatal("the request object's signature does not verify");
        return claims;
    }

    QByteArray presentation(const QJsonObject &request, const QString &nonce = {},
                            const QString &audience = {})
    {
        return presentationBy(m_holder, m_credential, request, nonce, audience);
    }

    static QByteArray presentationBy(const test::Issuer &holder, const QByteArray &credential,
                                     const QJsonObject &request, const QString &nonce = {},
                                     const QString &audience = {})
    {
        const QJsonObject payload{
            {"iss", holder.did},
            {"aud", audience.isEmpty() ? request.value("client_id").toString() : audience},
            {"nonce", nonce.isEmpty() ? request.value("nonce").toString() : nonce},
            {"iat", QDateTime::currentSecsSinceEpoch()},
            {"vp",
             QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                         {"type", QJsonArray{"VerifiablePresentation"}},
                         {"holder", holder.did},
                         {"verifiableCredential", QJsonArray{QString::fromLatin1(credential)}}}}};
        return test::sign(holder.key, payload, QJsonObject{{"kid", holder.kid}});
    }

    /// A raw call to the agent: its HTTP status (200 for success) and body.
    std::pair<int, QJsonObject> call(const QByteArray &method, const QString &path,
                                     const QList<QPair<QByteArray, QByteArray>> &headers,
                                     const QByteArray &body = {},
                                     const QByteArray &contentType = "application/json")
    {
        HttpRequest request;
        request.method = method;
        request.url = QUrl(m_agent->baseUrl() + path);
        request.headers = headers;
        request.body = body;
        if (!body.isEmpty())
            request.contentType = contentType;
        request.idempotent = false;
        auto answer = HttpClient(test::loopbackPolicy()).sendAndWait(request);
        if (!answer)
            return {answer.error().httpStatus,
                    QJsonObject{{"message", answer.error().serverMessage}}};
        return {answer->status, QJsonDocument::fromJson(answer->body).object()};
    }

    static QPair<QByteArray, QByteArray> bearer(const QByteArray &token)
    {
        return qMakePair(QByteArray("Authorization"), "Bearer " + token);
    }

    /// What a wallet says answers the request's one input descriptor: the VP's first credential.
    static QString submissionFor(const QJsonObject &request)
    {
        const QString id =
            request.value("presentation_definition").toObject().value("id").toString();
        return test::vpSubmission(id, id);
    }

    /// direct_post as a wallet sends it; the HTTP status of the answer.
    int post(const QJsonObject &request, const QByteArray &vpToken,
             const QByteArray &contentType = "application/x-www-form-urlencoded",
             QString submission = {})
    {
        if (submission.isNull())
            submission = submissionFor(request);
        QUrlQuery form;
        form.addQueryItem("vp_token", QString::fromLatin1(QUrl::toPercentEncoding(vpToken)));
        form.addQueryItem("state", request.value("state").toString());
        if (!submission.isEmpty())
            form.addQueryItem("presentation_submission",
                              QString::fromLatin1(QUrl::toPercentEncoding(submission)));
        HttpRequest http;
        http.method = "POST";
        http.url = QUrl(request.value("response_uri").toString());
        http.body = form.query(QUrl::FullyEncoded).toUtf8();
        http.contentType = contentType;
        http.idempotent = false;
        auto answer = HttpClient(test::loopbackPolicy()).sendAndWait(http);
        return answer ? answer->status : answer.error().httpStatus;
    }

    /// The agent, its Verifier_User token, and m_credential issued to m_holder.
    void startAgent()
    {
        auto agent = test::AgentThread::start(QHostAddress::LocalHost, 0, m_dir.path(), 1500);
        VCDESK_VERIFY_OK(agent);
        m_agent = std::move(agent).value();
        const test::AgentDescription description{m_agent->description()};
        m_userToken = description.verifierToken();
        QVERIFY(!m_userToken.isEmpty());
        // The agent issues the holder a credential (custodial), as the wallet would receive it.
        IssuerAgentClient agentClient(QUrl(m_agent->baseUrl()), {}, test::loopbackPolicy());
        const auto request = description.custodialRequest(
            m_holder.did, QJsonObject{{"claim_type", "membership"}, {"name", "Alice"}});
        auto issued = agentClient.custodial(request);
        QVERIFY(issued.ok());
        m_credential = issued->credential.credential;
    }
};

} // namespace vcdesk::test
