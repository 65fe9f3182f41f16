// Every way an answer to vcdesk-agent's verifier can be wrong, sent over HTTP as a wallet
// would: replayed nonce, another verifier's audience, missing claims, tampered, garbage,
// declined by a stranger, a stolen credential, an untrusted issuer, a body that is no form,
// and a holder whose did:web lives on plain loopback http (resolved only by an agent started
// for development). Only a verified presentation, or expiry, ends a request.

#include "VerifierFlowFixture.h"

using namespace vcdesk;

class VerifierHostileTest : public test::VerifierFlowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startAgent(); }

    void wrongPresentationsAreRefused_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("nonce");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("reason");
        QTest::newRow("replayed nonce") << "membershipCredential"
                                        << "an-old-nonce"
                                        << ""
                                        << "nonce";
        QTest::newRow("other verifier") << "membershipCredential"
                                        << ""
                                        << "did:key:zSomeoneElse"
                                        << "another verifier";
        QTest::newRow("missing claim") << "emailCredential"
                                       << ""
                                       << ""
                                       << "presentation.unsatisfied";
    }

    void wrongPresentationsAreRefused()
    {
        QFETCH(QString, definition);
        QFETCH(QString, nonce);
        QFETCH(QString, audience);
        QFETCH(QString, reason);
        auto client = verifier(m_userToken);
        auto created = client.createAuthRequest(definition);
        QVERIFY(created.ok());
        AuthStatusPoller poller(verifier(m_userToken), AuthStatusPoller::Timing{20, 100, 10000});
        QSignalSpy refused(&poller, &AuthStatusPoller::answerRefused);
        QSignalSpy verified(&poller, &AuthStatusPoller::verified);
        poller.start(created->correlationId, definition);
        const QJsonObject request = fetchRequestObject(created->authRequestUri);
        QCOMPARE(post(request, presentation(request, nonce, audience)), 400);
        // Refused and shown, but the request stays open for the real answer.
        QVERIFY(refused.wait(5000));
        const auto status = refused.first().at(0).value<AuthStatus>();
        QCOMPARE(status.state, AuthStatus::State::Sent);
        QCOMPARE(status.attempts, 1);
        QVERIFY2(status.error.contains(reason), qPrintable(status.error));
        QVERIFY(poller.isRunning());
        if (definition == "membershipCredential") {
            QCOMPARE(post(request, presentation(request)), 200);
            QVERIFY(verified.wait(5000));
        }
    }

    void noiseDoesNotEndARequest()
    {
        // Anyone who saw the QR code can post to its response_uri. Nothing but a verified
        // presentation (or expiry) ends the request.
        auto client = verifier(m_userToken);
        auto created = client.createAuthRequest("membershipCredential");
        const QJsonObject request = fetchRequestObject(created->authRequestUri);
        QByteArray tampered = presentation(request);
        tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
        QCOMPARE(post(request, tampered), 400);
        QCOMPARE(post(request, "garbage"), 400);
        QCOMPARE(post(request, presentation(request), "application/x-www-form-urlencoded", ""),
                 400); // no presentation_submission
        auto [declined, body] =
            call("POST", QUrl(request.value("response_uri").toString()).path(), {},
                 "error=access_denied&state=" + request.value("state").toString().toLatin1(),
                 "application/x-www-form-urlencoded");
        QCOMPARE(declined, 200);
        QCOMPARE(
            post(QJsonObject{{"response_uri", request.value("response_uri")}, {"state", "wrong"}},
                 presentation(request)),
            400); // not an answer to this request at all: not even counted
        auto status = client.authStatus(created->correlationId, "membershipCredential");
        QCOMPARE(status->state, AuthStatus::State::Sent);
        QCOMPARE(status->attempts, 4);
        QVERIFY2(status->error.contains("access_denied"), qPrintable(status->error));
        // The real wallet's answer still gets through, and then the request is over.
        QCOMPARE(post(request, presentation(request)), 200);
        status = client.authStatus(created->correlationId, "membershipCredential");
        QCOMPARE(status->state, AuthStatus::State::Verified);
        QVERIFY(status->error.isEmpty());
        QCOMPARE(post(request, presentation(request)), 410);
    }

    void stolenCredentialsAndUntrustedIssuersAreRefused()
    {
        auto client = verifier(m_userToken);
        // Stolen: the agent's credential for m_holder, in a VP signed by someone else.
        const test::Issuer thief = test::Issuer::make(KeyType::P256);
        auto created = client.createAuthRequest("membershipCredential");
        QJsonObject request = fetchRequestObject(created->authRequestUri);
        QCOMPARE(post(request, presentationBy(thief, m_credential, request)), 400);
        auto status = client.authStatus(created->correlationId, "membershipCredential");
        QCOMPARE(status->state, AuthStatus::State::Sent);
        QVERIFY2(status->error.contains("presentation.holder_binding"), qPrintable(status->error));

        // A credential from an issuer the agent's trust list does not name.
        const test::Issuer stranger = test::Issuer::make(KeyType::P256);
        const QByteArray foreign =
            test::jwtVc(stranger, m_holder.did, {}, QJsonObject{{"name", "Eve"}});
        QCOMPARE(post(request, presentationBy(m_holder, foreign, request)), 400);
        status = client.authStatus(created->correlationId, "membershipCredential");
        QVERIFY2(status->error.contains("presentation.issuer_not_trusted"),
                 qPrintable(status->error));
        QVERIFY(status->error.contains(stranger.did));

        // A definition that names its issuers accepts those only, the agent's own not included.
        const QByteArray admin =
            test::AgentDescription{m_agent->description()}.verifierToken("Verifier_Admin");
        const QByteArray onlyStranger =
            QJsonDocument(QJsonObject{{"types", QJsonArray{"VerifiableCredential"}},
                                      {"claims", QJsonArray{"name"}},
                                      {"issuers", QJsonArray{stranger.did}}})
                .toJson(QJsonDocument::Compact);
        auto [put, defined] =
            call("PUT", "/private/webapp/definitions/strangerCheck", {bearer(admin)}, onlyStranger);
        QCOMPARE(put, 200);
        QCOMPARE(defined.value("issuers").toArray().first().toString(), stranger.did);
        auto strict = client.createAuthRequest("strangerCheck");
        request = fetchRequestObject(strict->authRequestUri);
        QCOMPARE(post(request, presentation(request)), 400);
        QVERIFY(client.authStatus(strict->correlationId, "strangerCheck")
                    ->error.contains("presentation.issuer_not_trusted"));
        QCOMPARE(post(request, presentationBy(m_holder, foreign, request)), 200);
        QCOMPARE(client.authStatus(strict->correlationId, "strangerCheck")->state,
                 AuthStatus::State::Verified);
        // Issuers must be DIDs or DID patterns.
        QCOMPARE(call("PUT", "/private/webapp/definitions/strangerCheck", {bearer(admin)},
                      R"({"types":["X"],"issuers":["did:*"]})")
                     .first,
                 400);
        QCOMPARE(call("PUT", "/private/webapp/definitions/strangerCheck", {bearer(admin)},
                      R"({"types":["X"],"issuers":[]})")
                     .first,
                 400);
        QCOMPARE(call("PUT", "/private/webapp/definitions/strangerCheck", {bearer(admin)},
                      R"({"types":["X"],"query":"sql"})")
                     .first,
                 400);
    }

    void responsesAreFormsOnly()
    {
        auto client = verifier(m_userToken);
        auto created = client.createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const QJsonObject request = fetchRequestObject(created->authRequestUri);
        QCOMPARE(post(request, presentation(request), "text/plain"), 415);
        QCOMPARE(post(request, presentation(request), "application/json"), 415);
        QCOMPARE(client.authStatus(created->correlationId, "membershipCredential")->state,
                 AuthStatus::State::Sent); // nothing changed
        QCOMPARE(post(request, presentation(request)), 200);
    }

    void didWebOnLoopbackOnlyForDevelopment()
    {
        // The presentation comes from a holder whose did:web lives on this computer over plain
        // http. The response endpoint is open to anyone: by default it must not fetch it.
        test::DidWebHost host;
        const test::AgentDescription description{m_agent->description()};
        IssuerAgentClient issuer(QUrl(m_agent->baseUrl()), {}, test::loopbackPolicy());
        auto issued = issuer.custodial(description.custodialRequest(
            host.holder.did, QJsonObject{{"claim_type", "membership"}, {"name", "Dana"}}));
        VCDESK_VERIFY_OK(issued);
        auto created = verifier(m_userToken).createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        QJsonObject request = fetchRequestObject(created->authRequestUri);
        QCOMPARE(post(request, presentationBy(host.holder, issued->credential.credential, request)),
                 400);
        QCOMPARE(host.plainRequests.load(), 0);
        QCOMPARE(verifier(m_userToken)
                     .authStatus(created->correlationId, "membershipCredential")
                     ->attempts,
                 1);

        // An agent started with --allow-loopback-http resolves it, and accepts the presentation.
        QTemporaryDir devDir;
        AgentOptions options;
        options.dataFolder = devDir.path();
        options.allowLoopbackHttp = true;
        auto dev = test::AgentThread::start(options);
        VCDESK_VERIFY_OK(dev);
        const test::AgentDescription devDescription{dev.value()->description()};
        auto devIssued =
            IssuerAgentClient(QUrl(dev.value()->baseUrl()), {}, test::loopbackPolicy())
                .custodial(devDescription.custodialRequest(
                    host.holder.did, QJsonObject{{"claim_type", "membership"}, {"name", "Dana"}}));
        VCDESK_VERIFY_OK(devIssued);
        VerifierApiClient devVerifier(QUrl(dev.value()->baseUrl()), devDescription.verifierToken(),
                                      test::loopbackPolicy());
        auto devCreated = devVerifier.createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(devCreated);
        request = fetchRequestObject(devCreated->authRequestUri);
        QCOMPARE(
            post(request, presentationBy(host.holder, devIssued->credential.credential, request)),
            200);
        QVERIFY(host.plainRequests > 0);
        QCOMPARE(devVerifier.authStatus(devCreated->correlationId, "membershipCredential")->state,
                 AuthStatus::State::Verified);

        // A slow DID host holds only the answer that needs it: the agent verifies off its HTTP
        // thread and answers everyone else meanwhile.
        test::DidWebHost slow;
        slow.answerDelayMs = 3000;
        auto slowIssued =
            IssuerAgentClient(QUrl(dev.value()->baseUrl()), {}, test::loopbackPolicy())
                .custodial(devDescription.custodialRequest(
                    slow.holder.did, QJsonObject{{"claim_type", "membership"}, {"name", "Sam"}}));
        VCDESK_VERIFY_OK(slowIssued);
        auto slowCreated = devVerifier.createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(slowCreated);
        const QJsonObject slowRequest = fetchRequestObject(slowCreated->authRequestUri);
        const QByteArray slowVp =
            presentationBy(slow.holder, slowIssued->credential.credential, slowRequest);
        QFuture<int> posted =
            QtConcurrent::run([this, slowRequest, slowVp] { return post(slowRequest, slowVp); });
        QTRY_VERIFY_WITH_TIMEOUT(slow.plainRequests > 0, 5000); // waiting on the slow host
        VCDESK_VERIFY_OK(
            devVerifier.authStatus(slowCreated->correlationId, "membershipCredential"));
        VCDESK_VERIFY_OK(devVerifier.createAuthRequest("membershipCredential"));
        // Both were answered while the slow host had not answered yet: nothing waited for it.
        QCOMPARE(slow.answersSent.load(), 0);
        QCOMPARE(posted.result(), 200);
        QCOMPARE(devVerifier.authStatus(slowCreated->correlationId, "membershipCredential")->state,
                 AuthStatus::State::Verified);
    }

    void onlyOurAccessTokensOpenTheWebapp()
    {
        const AgentParty party = m_agent->run(
            [](AgentServer &agent) { return agent.store().partyByName("verifier").value(); });
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto signedBy = [&](const QByteArray &payload, const QString &typ) {
            return CompactJws::sign(QJsonObject{{"typ", typ}, {"kid", party.kid}}, payload,
                                    party.key)
                .value();
        };
        const auto claims = [&](const QByteArray &exp, const QByteArray &iat,
                                const QByteArray &sub = "\"operator\"") {
            return "{\"iss\":\"" + party.did.toLatin1() + "\",\"sub\":" + sub +
                   ",\"roles\":[\"Verifier_Admin\"],\"iat\":" + iat + ",\"exp\":" + exp + "}";
        };
        const QByteArray iat = QByteArray::number(now);
        const QByteArray exp = QByteArray::number(now + 600);
        const auto status = [&](const QByteArray &token) {
            return call("GET", "/private/webapp/definitions", {bearer(token)}).first;
        };
        // The shape the agent mints is accepted; every step away from it is not ours.
        QCOMPARE(status(signedBy(claims(exp, iat), "at+jwt")), 200);
        QCOMPARE(status(signedBy(claims(exp, iat), "JWT")), 401);
        QCOMPARE(status(signedBy(claims(exp, iat, "\"someone\""), "at+jwt")), 401);
        QCOMPARE(status(signedBy(claims(exp, "1e300"), "at+jwt")), 401); // "issued" before 1970
        QCOMPARE(status(signedBy(claims("1e300", iat), "at+jwt")), 401);
        QCOMPARE(status(signedBy(claims(exp + ".5", iat), "at+jwt")), 401);
        // Duplicate members: no "last one wins" for an expired token.
        QByteArray twice = claims(QByteArray::number(now - 10), iat);
        twice.chop(1);
        twice += ",\"exp\":" + exp + "}";
        QCOMPARE(status(signedBy(twice, "at+jwt")), 401);

        // The request object anyone can fetch is signed by the same key: it opens nothing.
        auto created = verifier(m_userToken).createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const QUrl requestUri(QUrlQuery(QUrl(created->authRequestUri).query())
                                  .queryItemValue("request_uri", QUrl::FullyDecoded));
        auto object = HttpClient(test::loopbackPolicy()).sendAndWait(HttpRequest::get(requestUri));
        VCDESK_VERIFY_OK(object);
        QCOMPARE(call("POST", "/private/webapp/auth-status", {bearer(object->body)},
                      "{\"correlationId\":\"x\",\"definitionId\":\"membershipCredential\"}")
                     .first,
                 401);

        // The scheme is case-insensitive (RFC 9110 section 11.1).
        const QByteArray admin =
            test::AgentDescription{m_agent->description()}.verifierToken("Verifier_Admin");
        QCOMPARE(call("GET", "/private/webapp/definitions", {{"Authorization", "bearer " + admin}})
                     .first,
                 200);

        // A credential header sent twice is refused, whichever copy is good.
        const QUrl base(m_agent->baseUrl());
        const QByteArray host = base.host().toLatin1() + ':' + QByteArray::number(base.port());
        const auto twoHeaders = [&](const QByteArray &path, const QByteArray &name,
                                    const QByteArray &first, const QByteArray &second,
                                    const QByteArray &method = "GET", const QByteArray &body = {}) {
            QList<QPair<QByteArray, QByteArray>> headers{
                {name, first}, {name, second}, {"Connection", "close"}};
            if (!body.isEmpty())
                headers.append(
                    qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            return test::rawExchange(base, test::rawRequest(method, path, host, headers, body))
                .status;
        };
        QCOMPARE(twoHeaders("/private/webapp/definitions", "Authorization", "Bearer " + admin,
                            "Bearer junk"),
                 400);
        QCOMPARE(twoHeaders("/private/webapp/definitions", "Authorization", "Bearer junk",
                            "Bearer " + admin),
                 400);
        const QByteArray verifierKey =
            test::AgentDescription{m_agent->description()}.party("verifier", "apiKey").toLatin1();
        QCOMPARE(twoHeaders("/private/webapp/token", "apikey", verifierKey, "other", "POST",
                            "{\"role\":\"Verifier_Admin\"}"),
                 400);
        // The same request with one header each is served.
        QCOMPARE(call("POST", "/private/webapp/token", {{"apikey", verifierKey}},
                      "{\"role\":\"Verifier_Admin\"}")
                     .first,
                 200);
    }

    void definitionsRefuseWhatIsNoPatternOrPath()
    {
        const QByteArray admin =
            test::AgentDescription{m_agent->description()}.verifierToken("Verifier_Admin");
        const auto put = [&](const QJsonObject &body) {
            return call("PUT", "/private/webapp/definitions/oddCheck", {bearer(admin)},
                        QJsonDocument(body).toJson(QJsonDocument::Compact))
                .first;
        };
        const QJsonObject good{{"types", QJsonArray{"VerifiableCredential"}},
                               {"claims", QJsonArray{"name"}}};
        for (const QString &pattern :
             {QStringLiteral("did:web:a b*"), QStringLiteral("did::*"),
              QStringLiteral("did:WEB:example.com*"), QStringLiteral("did:web:x\n*"),
              QStringLiteral("did:web:\u202eevil*"), QStringLiteral("did:web:\u00e9*"),
              "did:web:" + QString(9000, 'a') + '*', QStringLiteral("did:key:*"),
              QStringLiteral("did:web:*")}) {
            QJsonObject body = good;
            body.insert("issuers", QJsonArray{pattern});
            QCOMPARE(put(body), 400);
        }
        for (const QString &claim :
             {QStringLiteral("a..b"), QStringLiteral(".a"), QStringLiteral("a.")}) {
            QJsonObject body = good;
            body.insert("claims", QJsonArray{claim});
            QCOMPARE(put(body), 400);
        }
        // Nothing of those was stored; a good one is.
        auto [listed, list] = call("GET", "/private/webapp/definitions", {bearer(admin)});
        QCOMPARE(listed, 200);
        for (const QJsonValue &definition : list.value("data").toArray())
            QVERIFY(definition.toObject().value("definitionId").toString() != "oddCheck");
        QJsonObject body = good;
        body.insert("issuers", QJsonArray{"did:web:example.com*"});
        body.insert("claims", QJsonArray{"address.locality"});
        QCOMPARE(put(body), 200);
    }
};

QTEST_GUILESS_MAIN(VerifierHostileTest)
#include "tst_verifier_hostile.moc"
