// Matching requests against wallet credentials with DCQL, and the answers built from the match:
// which claims leave the wallet, SD-JWT disclosures chosen exactly, KB-JWT and JWT-VP bound to
// nonce and audience, the keyed vp_token, credentials vcdesk cannot present, malformed queries
// refused, and SIOP id_token requests. Presentation Exchange is in tst_oid4vp_exchange.

#include "Oid4vpMatchFixture.h"

using namespace vcdesk;

class Oid4vpMatchTest : public test::Oid4vpMatchFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { makeWallet(); }

    void jsonPathTranslation()
    {
        QCOMPARE(JsonPath::toClaimsPath("$.a.b[0]['c d'][*]").value(),
                 (QJsonArray{"a", "b", 0, "c d", QJsonValue::Null}));
        QCOMPARE(JsonPath::toClaimsPath("$[\"vc\"].type.*").value(),
                 (QJsonArray{"vc", "type", QJsonValue::Null}));
        // Translations are remembered per thread; a refused path is refused every time.
        for (int round = 0; round < 2; ++round)
            for (const char *bad :
                 {"$..name", "$[?(@.a)]", "a.b", "$['a','b']", "$", "$.", "$[1:2]", "$[-1]"})
                QCOMPARE(JsonPath::toClaimsPath(bad).error().code,
                         QStringLiteral("query.unsupported_path"));
        // Many different paths: the table empties itself and keeps answering right.
        for (int i = 0; i < 100; ++i)
            QCOMPARE(JsonPath::toClaimsPath(QStringLiteral("$.a[%1]").arg(i)).value(),
                     (QJsonArray{"a", i}));
        QCOMPARE(JsonPath::toClaimsPath("$.a.b[0]['c d'][*]").value(),
                 (QJsonArray{"a", "b", 0, "c d", QJsonValue::Null}));
    }

    void dcqlDisclosesExactlyWhatIsAsked()
    {
        const QJsonObject query =
            pidQuery({QJsonObject{{"path", QJsonArray{"given_name"}}},
                      QJsonObject{{"path", QJsonArray{"address", "street_address"}}}});
        auto match = DcqlMatcher::match(query, m_wallet);
        VCDESK_VERIFY_OK(match);
        QVERIFY(match->satisfiable);
        const RequestedPart &part = match->parts.first();
        // Only the holder's own PID: the other one is bound to a key this test's keyring lacks,
        // but it still matches; binding is checked when the answer is built.
        QCOMPARE(part.candidates.size(), 2);
        QCOMPARE(part.candidates.first().credentialId, 1);
        QCOMPARE(part.candidates.first().disclosures.size(), 3); // given_name, address, street

        auto response = PresentationBuilder::build(request(query), match.value(), {{"pid", {1}}},
                                                   m_wallet, keyring());
        VCDESK_VERIFY_OK(response);
        const QJsonObject token = object(response->field("vp_token").toUtf8());
        QCOMPARE(token.keys(), QStringList{"pid"});
        const QByteArray presentation = token.value("pid").toArray().first().toString().toLatin1();
        QCOMPARE(disclosedNames(presentation),
                 (QStringList{"address", "given_name", "street_address"}));
        QVERIFY(response->field("presentation_submission").isEmpty());
        QCOMPARE(response->field("state"), QStringLiteral("st"));

        // The KB-JWT binds nonce and audience, and vcdesk's own verifier accepts it all.
        const SdJwt parsed = SdJwt::parse(presentation).value();
        const QJsonObject kb = parsed.keyBindingJwt()->payloadObject().value();
        QCOMPARE(kb.value("nonce").toString(), QStringLiteral("nonce-123"));
        QCOMPARE(kb.value("aud").toString(), QStringLiteral("redirect_uri:https://rp.example/cb"));
        InspectOptions options;
        options.resolver = MultiMethodDidResolver::createDefault();
        auto inspection = CredentialInspector::inspect(presentation, options);
        VCDESK_VERIFY_OK(inspection);
        QCOMPARE(test::outcome(inspection.value(), "KeyBinding"), CheckResult::Outcome::Pass);
        QCOMPARE(test::outcome(inspection.value(), "SignatureVerification"),
                 CheckResult::Outcome::Pass);

        // The PID bound to a stranger's key cannot be presented.
        auto foreign = PresentationBuilder::build(request(query), match.value(), {{"pid", {3}}},
                                                  m_wallet, keyring());
        QCOMPARE(foreign.error().code, QStringLiteral("oid4vp.no_binding_key"));
    }

    void dcqlWithoutClaimsDisclosesNothingSelective()
    {
        auto match = DcqlMatcher::match(pidQuery({}), m_wallet);
        VCDESK_VERIFY_OK(match);
        QVERIFY(match->parts.first().candidates.first().disclosures.isEmpty());
        auto response = PresentationBuilder::build(request(pidQuery({})), match.value(),
                                                   {{"pid", {1}}}, m_wallet, keyring());
        VCDESK_VERIFY_OK(response);
        const QByteArray presentation = object(response->field("vp_token").toUtf8())
                                            .value("pid")
                                            .toArray()
                                            .first()
                                            .toString()
                                            .toLatin1();
        QVERIFY(disclosedNames(presentation).isEmpty());
    }

    void dcqlValuesAndClaimSets()
    {
        const auto nationality = [](const QString &value) {
            return QJsonObject{{"id", "n"},
                               {"path", QJsonArray{"nationalities", QJsonValue::Null}},
                               {"values", QJsonArray{value}}};
        };
        QCOMPARE(DcqlMatcher::match(pidQuery({nationality("DE")}), m_wallet)
                     ->parts.first()
                     .candidates.size(),
                 2);
        auto italian = DcqlMatcher::match(pidQuery({nationality("IT")}), m_wallet);
        QVERIFY(!italian->satisfiable);
        QVERIFY(!italian->parts.first().unmatchedReason.isEmpty());

        // claim_sets: the first (a birth date the PID lacks) fails, the second is used.
        QJsonObject query =
            pidQuery({QJsonObject{{"id", "birth"}, {"path", QJsonArray{"birthdate"}}},
                      QJsonObject{{"id", "mail"}, {"path", QJsonArray{"email"}}},
                      QJsonObject{{"id", "given"}, {"path", QJsonArray{"given_name"}}}});
        QJsonObject pid = query.value("credentials").toArray().first().toObject();
        pid.insert("claim_sets", QJsonArray{QJsonArray{"birth", "given"}, QJsonArray{"mail"}});
        query.insert("credentials", QJsonArray{pid});
        auto match = DcqlMatcher::match(query, m_wallet);
        VCDESK_VERIFY_OK(match);
        QCOMPARE(match->parts.first().candidates.first().requestedClaims,
                 (QList<QJsonArray>{{"email"}}));
        QCOMPARE(match->parts.first().candidates.first().disclosures.size(), 1);
    }

    void optionalClaimsCanBeKeptBack()
    {
        // claim_sets [[given, mail], [given]]: the verifier prefers both, does without mail.
        QJsonObject query =
            pidQuery({QJsonObject{{"id", "given"}, {"path", QJsonArray{"given_name"}}},
                      QJsonObject{{"id", "mail"}, {"path", QJsonArray{"email"}}}});
        QJsonObject pid = query.value("credentials").toArray().first().toObject();
        pid.insert("claim_sets", QJsonArray{QJsonArray{"given", "mail"}, QJsonArray{"given"}});
        query.insert("credentials", QJsonArray{pid});
        auto match = DcqlMatcher::match(query, m_wallet);
        VCDESK_VERIFY_OK(match);
        const MatchCandidate &candidate = match->parts.first().candidates.first();
        QCOMPARE(candidate.requestedClaims,
                 (QList<QJsonArray>{{"given_name"}, {"email"}})); // the preferred set
        QCOMPARE(candidate.optionalClaims, (QList<QJsonArray>{{"email"}}));

        const auto presented = [&](const PresentationBuilder::Withheld &withheld) {
            auto response = PresentationBuilder::build(
                request(query), match.value(), {{"pid", {1}}}, m_wallet, keyring(), withheld);
            if (!response)
                return QStringList{response.error().code};
            return disclosedNames(object(response->field("vp_token").toUtf8())
                                      .value("pid")
                                      .toArray()
                                      .first()
                                      .toString()
                                      .toLatin1());
        };
        QCOMPARE(presented({}), (QStringList{"email", "given_name"}));
        QCOMPARE(presented({{1, {"email"}}}), QStringList{"given_name"});
        // A required claim cannot be kept back, whatever the caller says.
        QCOMPARE(presented({{1, {"email", "given_name"}}}), QStringList{"given_name"});

        // The consent data names it; the receipt leaves it out when kept back.
        const Consent consent = ConsentSummary::of(request(query), match.value(), m_wallet);
        QCOMPARE(consent.parts.first().candidates.first().optionalClaims, QStringList{"email"});
        const QJsonArray kept =
            PresentationReceipt::disclosed(consent, {{"pid", {1}}}, {{1, {"email"}}});
        const QJsonArray keptClaims = kept.first()["claims"].toArray();
        QVERIFY(keptClaims.contains("given_name"));
        QVERIFY(!keptClaims.contains("email"));
        QVERIFY(keptClaims.contains("vct")); // always shown: listed too

        // Without claim sets, nothing is optional.
        auto plain = DcqlMatcher::match(pidQuery({QJsonObject{{"path", QJsonArray{"given_name"}}},
                                                  QJsonObject{{"path", QJsonArray{"email"}}}}),
                                        m_wallet);
        QVERIFY(plain->parts.first().candidates.first().optionalClaims.isEmpty());
    }

    void dcqlCredentialSetsAndW3cTypes()
    {
        const QJsonObject membership{
            {"id", "member"},
            {"format", "jwt_vc_json"},
            {"meta", QJsonObject{{"type_values", QJsonArray{QJsonArray{"MembershipCredential"}}}}},
            {"claims", QJsonArray{QJsonObject{{"path", QJsonArray{"credentialSubject", "name"}}}}}};
        const QJsonObject license{
            {"id", "mdl"},
            {"format", "mso_mdoc"},
            {"meta", QJsonObject{{"doctype_value", "org.iso.18013.5.1.mDL"}}}};
        const QJsonObject query{
            {"credentials", QJsonArray{license, membership}},
            {"credential_sets",
             QJsonArray{
                 QJsonObject{{"options", QJsonArray{QJsonArray{"mdl"}, QJsonArray{"member"}}},
                             {"purpose", "age check"}}}}};
        auto match = DcqlMatcher::match(query, m_wallet);
        VCDESK_VERIFY_OK(match);
        QVERIFY(match->satisfiable);
        QVERIFY(!match->part("mdl")->required);
        QVERIFY(match->part("member")->required);
        QCOMPARE(match->purpose, QStringLiteral("age check"));
        const MatchCandidate &candidate = match->part("member")->candidates.first();
        QVERIFY(candidate.revealsWholeCredential);

        auto response = PresentationBuilder::build(
            request(query), match.value(), PresentationBuilder::defaultSelection(match.value()),
            m_wallet, keyring());
        VCDESK_VERIFY_OK(response);
        const QJsonObject token = object(response->field("vp_token").toUtf8());
        QCOMPARE(token.keys(), QStringList{"member"});
        const auto vp =
            CompactJws::parse(token.value("member").toArray().first().toString().toLatin1())
                .value();
        const QJsonObject payload = vp.payloadObject().value();
        QCOMPARE(payload.value("nonce").toString(), QStringLiteral("nonce-123"));
        QCOMPARE(payload.value("aud").toString(),
                 QStringLiteral("redirect_uri:https://rp.example/cb"));
        QCOMPARE(payload.value("iss").toString(), m_holder.did);
        QCOMPARE(vp.keyId(), m_holder.kid);

        // A required set the wallet cannot answer.
        QJsonObject strict = query;
        strict.insert("credential_sets",
                      QJsonArray{QJsonObject{{"options", QJsonArray{QJsonArray{"mdl"}}}}});
        QVERIFY(!DcqlMatcher::match(strict, m_wallet)->satisfiable);
    }

    void credentialsVcdeskCannotPresentAreNotOffered()
    {
        // A format vcdesk has no presentation for matches the query's format, but it is not
        // offered, and the part says why.
        QList<HeldCredential> wallet = m_wallet;
        CredentialRecord record = wallet.last().record();
        record.id = 5;
        record.format = "mso_mdoc";
        wallet << HeldCredential::fromRecord(record).value();
        const QJsonObject query{
            {"credentials", QJsonArray{QJsonObject{{"id", "md"}, {"format", "mso_mdoc"}}}}};
        auto match = DcqlMatcher::match(query, wallet);
        VCDESK_VERIFY_OK(match);
        QVERIFY(match->parts.first().candidates.isEmpty());
        QVERIFY(!match->satisfiable);
        QVERIFY(!match->parts.first().unmatchedReason.isEmpty());
    }

    void malformedDcqlIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("query");
        const QJsonObject ok = pidQuery({QJsonObject{{"path", QJsonArray{"given_name"}}}});
        const auto withCredential = [&](const QJsonObject &changes) {
            QJsonObject q = ok.value("credentials").toArray().first().toObject();
            for (auto it = changes.begin(); it != changes.end(); ++it)
                q.insert(it.key(), it.value());
            return QJsonObject{{"credentials", QJsonArray{q}}};
        };
        QTest::newRow("no credentials") << QJsonObject{{"credentials", QJsonArray{}}};
        QTest::newRow("credentials not a list") << QJsonObject{{"credentials", "pid"}};
        QTest::newRow("duplicate id")
            << QJsonObject{{"credentials", QJsonArray{ok.value("credentials").toArray().first(),
                                                      ok.value("credentials").toArray().first()}}};
        QTest::newRow("bad id") << withCredential({{"id", "a b"}});
        QTest::newRow("no format") << withCredential({{"format", 3}});
        QTest::newRow("empty path")
            << withCredential({{"claims", QJsonArray{QJsonObject{{"path", QJsonArray{}}}}}});
        QTest::newRow("negative index")
            << withCredential({{"claims", QJsonArray{QJsonObject{{"path", QJsonArray{"a", -1}}}}}});
        QTest::newRow("object in path") << withCredential(
            {{"claims", QJsonArray{QJsonObject{{"path", QJsonArray{QJsonObject{}}}}}}});
        QTest::newRow("empty values") << withCredential(
            {{"claims",
              QJsonArray{QJsonObject{{"path", QJsonArray{"a"}}, {"values", QJsonArray{}}}}}});
        QTest::newRow("claim_sets with unknown id")
            << withCredential({{"claim_sets", QJsonArray{QJsonArray{"nope"}}}});
        QTest::newRow("multiple not boolean") << withCredential({{"multiple", "yes"}});
        QTest::newRow("type_values flat")
            << withCredential({{"meta", QJsonObject{{"type_values", QJsonArray{"A"}}}}});
        QJsonObject unknownSet = ok;
        unknownSet.insert("credential_sets",
                          QJsonArray{QJsonObject{{"options", QJsonArray{QJsonArray{"ghost"}}}}});
        QTest::newRow("credential set names an unknown query") << unknownSet;
    }

    void malformedDcqlIsRefused()
    {
        QFETCH(QJsonObject, query);
        auto match = DcqlMatcher::match(query, m_wallet);
        QVERIFY(!match.ok());
        QCOMPARE(match.error().code, QStringLiteral("query.invalid_dcql"));
    }

    void siopIdTokenAndIncompleteSelection()
    {
        AuthorizationRequest r = request(pidQuery({}));
        r.responseTypes = {"vp_token", "id_token"};
        auto match = DcqlMatcher::match(r.dcqlQuery, m_wallet).value();
        QCOMPARE(PresentationBuilder::build(r, match, {}, m_wallet, keyring()).error().code,
                 QStringLiteral("oid4vp.selection_incomplete"));
        QCOMPARE(
            PresentationBuilder::build(r, match, {{"pid", {2}}}, m_wallet, keyring()).error().code,
            QStringLiteral("oid4vp.invalid_selection"));
        auto response = PresentationBuilder::build(r, match, {{"pid", {1}}}, m_wallet, keyring());
        VCDESK_VERIFY_OK(response);
        const auto idToken = CompactJws::parse(response->field("id_token").toLatin1()).value();
        const QJsonObject claims = idToken.payloadObject().value();
        QCOMPARE(claims.value("iss").toString(), m_holder.did);
        QCOMPARE(claims.value("sub").toString(), m_holder.did);
        QCOMPARE(claims.value("nonce").toString(), QStringLiteral("nonce-123"));
        VCDESK_VERIFY_OK(JwsVerifier::verify(idToken, m_holder.key.publicKey()));
        const auto declined = AuthorizationResponse::error(r, "access_denied", "no");
        QCOMPARE(declined.field("error"), QStringLiteral("access_denied"));
        QCOMPARE(declined.field("state"), QStringLiteral("st"));
        QVERIFY(declined.field("vp_token").isEmpty());
    }
};

QTEST_GUILESS_MAIN(Oid4vpMatchTest)
#include "tst_oid4vp_match.moc"
