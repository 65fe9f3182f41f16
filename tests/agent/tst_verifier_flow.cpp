// The verifier contract of seed 002, spoken for real on both sides: vcdesk-agent's verifier
// with Bearer roles, its signed request object behind the openid-vc URI, a holder presenting
// over direct_post, and the AuthStatusPoller following the transitions. Tokens expire and are
// refreshed at the token endpoint; Verifier_User asks and reads, only Verifier_Admin manages
// definitions; forms are decoded as browsers encode them. The wrong answers are in
// tst_verifier_hostile.

#include "VerifierFlowFixture.h"

using namespace vcdesk;

class VerifierFlowTest : public test::VerifierFlowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startAgent(); }

    void rolesAreEnforced()
    {
        QCOMPARE(verifier({}).createAuthRequest("membershipCredential").error().httpStatus, 401);
        QCOMPARE(
            verifier("not.a.token").createAuthRequest("membershipCredential").error().httpStatus,
            401);
        // Signed by someone else's key: 401; the agent's key but another role: 403.
        const auto stranger = test::Issuer::make(KeyType::P256);
        const QByteArray forged = test::sign(
            stranger.key, QJsonObject{{"iss", test::AgentDescription{m_agent->description()}.party(
                                                  "verifier", "did")},
                                      {"roles", QJsonArray{"Verifier_Admin"}}});
        QCOMPARE(verifier(forged).createAuthRequest("membershipCredential").error().httpStatus,
                 401);
        const QByteArray reader = m_agent->run(
            [](AgentServer &agent) { return agent.verifierApi().mintToken({"Reader"}).value(); });
        QCOMPARE(verifier(reader).createAuthRequest("membershipCredential").error().code,
                 QStringLiteral("net.forbidden"));
        const QByteArray admin =
            test::AgentDescription{m_agent->description()}.verifierToken("Verifier_Admin");
        QVERIFY(verifier(admin).createAuthRequest("membershipCredential").ok());
        QCOMPARE(verifier(m_userToken).createAuthRequest("noSuchDefinition").error().httpStatus,
                 404);
        QCOMPARE(verifier(m_userToken)
                     .authStatus("no-such-id", "membershipCredential")
                     .error()
                     .httpStatus,
                 404);
    }

    void presentAndFollowTheTransitions()
    {
        auto client = verifier(m_userToken);
        auto created = client.createAuthRequest("membershipCredential");
        QVERIFY(created.ok());
        // client_id beside request_uri, the same the signed request object names.
        QVERIFY(created->authRequestUri.startsWith("openid-vc://?client_id=did%3Akey%3A"));
        const QUrlQuery link(QUrl(created->authRequestUri).query());
        QCOMPARE(client.authStatus(created->correlationId, "membershipCredential")->state,
                 AuthStatus::State::Created);

        AuthStatusPoller poller(verifier(m_userToken), AuthStatusPoller::Timing{20, 100, 10000});
        QStringList seen;
        AuthStatus final;
        connect(&poller, &AuthStatusPoller::transition, this,
                [&](const AuthStatus &status) { seen << status.stateName; });
        connect(&poller, &AuthStatusPoller::verified, this,
                [&](const AuthStatus &s) { final = s; });
        QSignalSpy verified(&poller, &AuthStatusPoller::verified);
        poller.start(created->correlationId, created->definitionId);
        QTRY_COMPARE_WITH_TIMEOUT(seen.value(0), QStringLiteral("created"), 3000);

        const QJsonObject request = fetchRequestObject(created->authRequestUri);
        QCOMPARE(request.value("state").toString(), created->correlationId);
        QCOMPARE(request.value("response_mode").toString(), QStringLiteral("direct_post"));
        QCOMPARE(request.value("presentation_definition").toObject().value("id").toString(),
                 QStringLiteral("membershipCredential"));
        QCOMPARE(link.queryItemValue("client_id", QUrl::FullyDecoded),
                 request.value("client_id").toString());
        // The formats it accepts, and the type filter in the form every PE library reads.
        const QJsonObject descriptor = request.value("presentation_definition")
                                           .toObject()
                                           .value("input_descriptors")
                                           .toArray()
                                           .first()
                                           .toObject();
        QVERIFY(descriptor.value("format").toObject().contains("jwt_vp_json"));
        QVERIFY(descriptor.value("format").toObject().contains("jwt_vc"));
        QCOMPARE(descriptor.value("constraints")
                     .toObject()
                     .value("fields")
                     .toArray()
                     .first()
                     .toObject()
                     .value("filter")
                     .toObject(),
                 QJsonObject({{"type", "array"},
                              {"contains", QJsonObject{{"const", "VerifiableCredential"}}}}));
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains("sent"), 3000);

        const QByteArray vp = presentation(request);
        QCOMPARE(post(request, vp), 200);
        QVERIFY(verified.wait(5000) || verified.count() == 1);
        QCOMPARE(final.state, AuthStatus::State::Verified);
        QCOMPARE(final.payload.value("vp_token").toString().toLatin1(), vp);
        QCOMPARE(final.payload.value("nonce").toString(), request.value("nonce").toString());
        QCOMPARE(final.payload.value("state").toString(), created->correlationId);
        QCOMPARE(final.verifiedData.value("name").toString(), QStringLiteral("Alice"));
        QCOMPARE(seen.last(), QStringLiteral("verified"));
        QVERIFY(!poller.isRunning());
        // A second answer to the same request is refused.
        QCOMPARE(post(request, vp), 410);
    }

    void claimTypeBecomesATypeAndDcqlIsOffered()
    {
        // The agent issues an email credential: claim_type "emailCredential" makes it an
        // EmailCredential, which its own emailCredential definition asks for.
        const test::AgentDescription description{m_agent->description()};
        IssuerAgentClient agentClient(QUrl(m_agent->baseUrl()), {}, test::loopbackPolicy());
        auto issued = agentClient.custodial(description.custodialRequest(
            m_holder.did,
            QJsonObject{{"claim_type", "emailCredential"}, {"email", "alice@example.com"}}));
        VCDESK_VERIFY_OK(issued);
        const QByteArray email = issued->credential.credential;
        const auto types = QJsonDocument::fromJson(CompactJws::parse(email)->payload())
                               .object()
                               .value("vc")
                               .toObject()
                               .value("type")
                               .toArray();
        QCOMPARE(types, QJsonArray({"VerifiableCredential", "EmailCredential"}));
        auto client = verifier(m_userToken);
        auto created = client.createAuthRequest("emailCredential");
        QJsonObject request = fetchRequestObject(created->authRequestUri);
        QCOMPARE(post(request, presentationBy(m_holder, email, request)), 200);
        QCOMPARE(client.authStatus(created->correlationId, "emailCredential")
                     ->verifiedData.value("email")
                     .toString(),
                 QStringLiteral("alice@example.com"));

        // A DCQL definition: the request carries dcql_query (and no draft client_id_scheme);
        // the answer is keyed by credential query id.
        const QByteArray admin = description.verifierToken("Verifier_Admin");
        QCOMPARE(call("PUT", "/private/webapp/definitions/emailDcql", {bearer(admin)},
                      R"({"types":["EmailCredential"],"claims":["email"],"query":"dcql"})")
                     .first,
                 200);
        created = client.createAuthRequest("emailDcql");
        request = fetchRequestObject(created->authRequestUri);
        QVERIFY(request.contains("dcql_query"));
        QVERIFY(!request.contains("presentation_definition"));
        QVERIFY(!request.contains("client_id_scheme"));
        const QJsonArray queries =
            request.value("dcql_query").toObject().value("credentials").toArray();
        QCOMPARE(queries.size(), 3);
        QCOMPARE(queries.at(0).toObject().value("format").toString(), QStringLiteral("dc+sd-jwt"));
        QCOMPARE(queries.at(2).toObject().value("format").toString(), QStringLiteral("ldp_vc"));
        const QString answer = QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{"emailDcql_jwt", QJsonArray{QString::fromLatin1(
                                                  presentationBy(m_holder, email, request))}}})
                .toJson(QJsonDocument::Compact));
        QCOMPARE(post(request, answer.toUtf8(), "application/x-www-form-urlencoded", ""), 200);
        QCOMPARE(client.authStatus(created->correlationId, "emailDcql")->state,
                 AuthStatus::State::Verified);
    }

    void requestsExpireAndPollersStop()
    {
        auto client = verifier(m_userToken);
        auto created = client.createAuthRequest("membershipCredential");
        QVERIFY(created.ok());
        AuthStatusPoller poller(verifier(m_userToken), AuthStatusPoller::Timing{50, 200, 10000});
        QSignalSpy failed(&poller, &AuthStatusPoller::failed);
        poller.start(created->correlationId, "membershipCredential");
        QVERIFY(failed.wait(5000)); // the agent's requests live 1.5 s here
        QVERIFY(failed.first().at(1).toString().contains("expired"));

        // A deadline of its own, and cancel.
        auto open = client.createAuthRequest("membershipCredential");
        AuthStatusPoller impatient(verifier(m_userToken), AuthStatusPoller::Timing{20, 50, 300});
        QSignalSpy gaveUp(&impatient, &AuthStatusPoller::failed);
        impatient.start(open->correlationId, "membershipCredential");
        QVERIFY(gaveUp.wait(3000));
        QCOMPARE(gaveUp.first().at(0).toString(), QStringLiteral("api.deadline"));
        AuthStatusPoller cancelled(verifier(m_userToken), AuthStatusPoller::Timing{20, 50, 10000});
        QSignalSpy anything(&cancelled, &AuthStatusPoller::transition);
        cancelled.start(open->correlationId, "membershipCredential");
        cancelled.cancel();
        QTest::qWait(200);
        QCOMPARE(anything.count(), 0);
        QVERIFY(!cancelled.isRunning());
    }

    void tokensExpireAndAreRefreshed()
    {
        // An expired token of ours, and one signed with the verifier's own key but without exp.
        const QByteArray expired = m_agent->run([](AgentServer &agent) {
            return agent.verifierApi().mintToken({"Verifier_Admin"}, -5).value();
        });
        const auto late = verifier(expired).createAuthRequest("membershipCredential");
        QCOMPARE(late.error().httpStatus, 401);
        QVERIFY2(late.error().serverMessage.contains("expired"),
                 qPrintable(late.error().serverMessage));
        const AgentParty party = m_agent->run(
            [](AgentServer &agent) { return agent.store().partyByName("verifier").value(); });
        const QByteArray noExpiry =
            test::sign(party.key,
                       QJsonObject{{"iss", party.did},
                                   {"roles", QJsonArray{"Verifier_Admin"}},
                                   {"iat", QDateTime::currentSecsSinceEpoch()}},
                       QJsonObject{{"kid", party.kid}});
        QCOMPARE(verifier(noExpiry).createAuthRequest("membershipCredential").error().httpStatus,
                 401);

        // agent.json's tokens expire after the lifetime it states; the endpoint gives new ones.
        const QJsonObject description = m_agent->description();
        const qint64 lifetime = description.value("verifierTokenLifetime").toInteger();
        QCOMPARE(lifetime, 3600);
        const auto jws = CompactJws::parse(m_userToken).value();
        const qint64 exp = QJsonDocument::fromJson(jws.payload()).object().value("exp").toInteger();
        QVERIFY(exp > QDateTime::currentSecsSinceEpoch());
        QVERIFY(exp <= QDateTime::currentSecsSinceEpoch() + lifetime);
        const QString endpoint = description.value("verifierTokenEndpoint").toString();
        QCOMPARE(endpoint, m_agent->baseUrl() + "/private/webapp/token");
        const QByteArray verifierKey =
            test::AgentDescription{description}.party("verifier", "apiKey").toLatin1();
        auto [status, fresh] = call("POST", "/private/webapp/token", {{"apikey", verifierKey}},
                                    R"({"role":"Verifier_User"})");
        QCOMPARE(status, 200);
        QCOMPARE(fresh.value("token_type").toString(), QStringLiteral("Bearer"));
        QCOMPARE(fresh.value("expires_in").toInteger(), lifetime);
        const QByteArray token = fresh.value("access_token").toString().toLatin1();
        VCDESK_VERIFY_OK(verifier(token).createAuthRequest("membershipCredential"));
        // ... a user's token, not an admin's.
        QCOMPARE(call("GET", "/private/webapp/definitions", {bearer(token)}).first, 403);

        // Only the verifier's apikey, only a verifier role, only JSON.
        const QByteArray holderKey =
            test::AgentDescription{description}.party("holder", "apiKey").toLatin1();
        QCOMPARE(call("POST", "/private/webapp/token", {{"apikey", holderKey}},
                      R"({"role":"Verifier_Admin"})")
                     .first,
                 403);
        QCOMPARE(call("POST", "/private/webapp/token", {}, R"({"role":"Verifier_Admin"})").first,
                 401);
        // Exactly the key (HTTP itself drops the spaces around a header value).
        for (const QByteArray &near : {verifierKey.chopped(1), verifierKey + "=",
                                       verifierKey.toUpper(), verifierKey.toLower()})
            if (near != verifierKey)
                QCOMPARE(call("POST", "/private/webapp/token", {{"apikey", near}},
                              R"({"role":"Verifier_Admin"})")
                             .first,
                         401);
        QCOMPARE(
            call("POST", "/private/webapp/token", {{"apikey", verifierKey}}, R"({"role":"Root"})")
                .first,
            400);
        QCOMPARE(call("POST", "/private/webapp/token", {{"apikey", verifierKey}},
                      R"({"role":"Verifier_Admin"})", "text/plain")
                     .first,
                 415);
    }

    void onlyAdminsManageDefinitions()
    {
        const QByteArray admin =
            test::AgentDescription{m_agent->description()}.verifierToken("Verifier_Admin");
        const QByteArray badge = R"({"types":["EmployeeBadge"],"claims":["employeeId"]})";
        // Verifier_User asks and reads (above), but neither lists nor changes definitions.
        QCOMPARE(call("GET", "/private/webapp/definitions", {bearer(m_userToken)}).first, 403);
        QCOMPARE(call("PUT", "/private/webapp/definitions/badgeCheck", {bearer(m_userToken)}, badge)
                     .first,
                 403);
        QCOMPARE(verifier(m_userToken).createAuthRequest("badgeCheck").error().httpStatus, 404);
        QCOMPARE(call("PUT", "/private/webapp/definitions/badgeCheck", {}, badge).first, 401);
        // Asking goes on as before: with no body, or a JSON one; not with a form.
        QCOMPARE(call("POST", "/private/webapp/definitions/membershipCredential/auth-requests",
                      {bearer(m_userToken)})
                     .first,
                 200);
        QCOMPARE(call("POST", "/private/webapp/definitions/membershipCredential/auth-requests",
                      {bearer(m_userToken)}, "a=b", "application/x-www-form-urlencoded")
                     .first,
                 415);

        auto [listed, list] = call("GET", "/private/webapp/definitions", {bearer(admin)});
        QCOMPARE(listed, 200);
        QVERIFY(QJsonDocument(list).toJson().contains("membershipCredential"));
        auto [put, defined] =
            call("PUT", "/private/webapp/definitions/badgeCheck", {bearer(admin)}, badge);
        QCOMPARE(put, 200);
        QCOMPARE(defined.value("types").toArray().first().toString(),
                 QStringLiteral("EmployeeBadge"));
        VCDESK_VERIFY_OK(verifier(m_userToken).createAuthRequest("badgeCheck"));

        // Bad definitions change nothing.
        QCOMPARE(call("PUT", "/private/webapp/definitions/Bad%20Id", {bearer(admin)}, badge).first,
                 400);
        QCOMPARE(call("PUT", "/private/webapp/definitions/badgeCheck", {bearer(admin)},
                      R"({"types":"X"})")
                     .first,
                 400);
        QCOMPARE(call("PUT", "/private/webapp/definitions/badgeCheck", {bearer(admin)}, badge,
                      "text/plain")
                     .first,
                 415);
        auto [again, after] = call("GET", "/private/webapp/definitions", {bearer(admin)});
        QCOMPARE(again, 200);
        QCOMPARE(after.value("data").toArray().size(), list.value("data").toArray().size() + 1);
        QVERIFY(!QJsonDocument(after).toJson().contains("Bad Id"));
    }

    void formsAreDecodedAsBrowsersEncodeThem()
    {
        // application/x-www-form-urlencoded: '+' is a space, in every field.
        auto client = verifier(m_userToken);
        auto created = client.createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const QJsonObject request = fetchRequestObject(created->authRequestUri);
        const QByteArray body =
            "vp_token=" + QUrl::toPercentEncoding(presentation(request)) +
            "&state=" + request.value("state").toString().toLatin1() + "&presentation_submission=" +
            QUrl::toPercentEncoding(
                submissionFor(request).replace("submission-1", "s 1").replace(",", ", "))
                .replace("%20", "+");
        HttpRequest http;
        http.method = "POST";
        http.url = QUrl(request.value("response_uri").toString());
        http.body = body;
        http.contentType = "application/x-www-form-urlencoded";
        http.idempotent = false;
        auto answer = HttpClient(test::loopbackPolicy()).sendAndWait(http);
        VCDESK_VERIFY_OK(answer);
        auto status = client.authStatus(created->correlationId, "membershipCredential");
        VCDESK_VERIFY_OK(status);
        QCOMPARE(status->state, AuthStatus::State::Verified);
        QCOMPARE(status->payload.value("presentation_submission").toObject().value("id").toString(),
                 QStringLiteral("s 1"));
        // The access token's lifetime in seconds, not an epoch in milliseconds.
        QCOMPARE(status->payload.value("expires_in").toInteger(), 300);

        // A wallet's refusal, its description with '+' for spaces.
        auto declined = client.createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(declined);
        const QJsonObject second = fetchRequestObject(declined->authRequestUri);
        http.url = QUrl(second.value("response_uri").toString());
        http.body = "error=access_denied&error_description=user+declined&state=" +
                    second.value("state").toString().toLatin1();
        VCDESK_VERIFY_OK(HttpClient(test::loopbackPolicy()).sendAndWait(http));
        auto refused = client.authStatus(declined->correlationId, "membershipCredential");
        VCDESK_VERIFY_OK(refused);
        QCOMPARE(refused->state, AuthStatus::State::Sent); // shown, but the request stays open
        QVERIFY2(refused->error.contains("access_denied"), qPrintable(refused->error));
        // Only the code: the description is anyone's words, not for a kiosk's screen.
        QVERIFY2(!refused->error.contains("declined"), qPrintable(refused->error));
    }

    void statusNamesOfOtherVerifiers()
    {
        QCOMPARE(AuthStatus::stateFrom("authorization_request_retrieved").value(),
                 AuthStatus::State::Sent);
        QCOMPARE(AuthStatus::stateFrom("VERIFIED").value(), AuthStatus::State::Verified);
        QCOMPARE(AuthStatus::stateFrom("pondering").error().code,
                 QStringLiteral("api.unknown_status"));
        QCOMPARE(AuthStatus::fromJson(QJsonObject{{"status", "verified"}}).error().code,
                 QStringLiteral("api.invalid_answer")); // verified without a payload
    }
};

QTEST_GUILESS_MAIN(VerifierFlowTest)
#include "tst_verifier_flow.moc"
