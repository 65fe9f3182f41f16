// Matching Presentation Exchange v2 definitions against wallet credentials: optional fields,
// field filters (JSON Schema subsets), submission requirements, the presentation_submission
// that answers them, and definitions refused.

#include "Oid4vpMatchFixture.h"

using namespace vcdesk;

class Oid4vpExchangeTest : public test::Oid4vpMatchFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { makeWallet(); }

    void presentationExchangeOptionalFields()
    {
        const QJsonObject definition{
            {"id", "pid-def"},
            {"input_descriptors",
             QJsonArray{QJsonObject{
                 {"id", "pid"},
                 {"format", QJsonObject{{"dc+sd-jwt", QJsonObject{}}}},
                 {"constraints",
                  QJsonObject{
                      {"fields",
                       QJsonArray{
                           QJsonObject{{"path", QJsonArray{"$.vct"}},
                                       {"filter", QJsonObject{{"const", "urn:pid"}}}},
                           QJsonObject{{"path", QJsonArray{"$.given_name"}}},
                           QJsonObject{{"path", QJsonArray{"$.email"}}, {"optional", true}}}}}}}}}};
        auto match = PresentationExchangeMatcher::match(definition, m_wallet);
        VCDESK_VERIFY_OK(match);
        const MatchCandidate &candidate = match->parts.first().candidates.first();
        QCOMPARE(candidate.optionalClaims, (QList<QJsonArray>{{"email"}}));
        auto response =
            PresentationBuilder::build(request({}, definition), match.value(), {{"pid", {1}}},
                                       m_wallet, keyring(), {{1, {"email"}}});
        VCDESK_VERIFY_OK(response);
        const QString token = response->field("vp_token");
        QCOMPARE(disclosedNames(token.toLatin1()), QStringList{"given_name"});
    }

    void presentationExchangeFieldFilters()
    {
        // A field without a filter, or with the empty schema, asks only that the claim be
        // there; a filter the validator cannot evaluate is never a pass.
        // How many of the wallet's credentials fit the one field; -1 when matching failed.
        const auto fitting = [this](const QJsonObject &field) -> qsizetype {
            const QJsonObject definition{
                {"id", "def"},
                {"input_descriptors",
                 QJsonArray{
                     QJsonObject{{"id", "pid"},
                                 {"format", QJsonObject{{"dc+sd-jwt", QJsonObject{}}}},
                                 {"constraints", QJsonObject{{"fields", QJsonArray{field}}}}}}}};
            auto match = PresentationExchangeMatcher::match(definition, m_wallet);
            return match.ok() ? match->part("pid")->candidates.size() : -1;
        };
        const QJsonArray givenName{"$.given_name"};
        const qsizetype withGivenName = fitting({{"path", givenName}});
        QVERIFY(withGivenName > 0);
        QCOMPARE(fitting({{"path", givenName}, {"filter", QJsonObject{}}}), withGivenName);
        QCOMPARE(fitting({{"path", givenName}, {"filter", QJsonObject{{"type", "string"}}}}),
                 withGivenName);
        QCOMPARE(fitting({{"path", givenName}, {"filter", QJsonObject{{"type", "number"}}}}), 0);
        QCOMPARE(fitting({{"path", givenName}, {"filter", QJsonObject{{"$ref", "#/x"}}}}), 0);
        QCOMPARE(fitting({{"path", QJsonArray{"$.no_such_claim"}}}), 0);
        QCOMPARE(fitting({{"path", QJsonArray{"$.no_such_claim"}}, {"filter", QJsonObject{}}}), 0);
    }

    void presentationExchangeFiltersAndSubmission()
    {
        const QJsonObject typeFilter{
            {"type", "array"},
            {"contains",
             QJsonObject{{"anyOf", QJsonArray{QJsonObject{{"const", "MembershipCredential"}}}}}}};
        const QJsonObject definition{
            {"id", "def-1"},
            {"input_descriptors",
             QJsonArray{
                 QJsonObject{
                     {"id", "membership"},
                     {"constraints",
                      QJsonObject{
                          {"fields",
                           QJsonArray{QJsonObject{{"path", QJsonArray{"$.vc.type", "$.type"}},
                                                  {"filter", typeFilter}},
                                      QJsonObject{
                                          {"path", QJsonArray{"$.vc.credentialSubject.name"}}}}}}}},
                 QJsonObject{
                     {"id", "pid"},
                     {"format", QJsonObject{{"vc+sd-jwt", QJsonObject{}}}},
                     {"constraints",
                      QJsonObject{
                          {"limit_disclosure", "required"},
                          {"fields",
                           QJsonArray{QJsonObject{{"path", QJsonArray{"$.vct"}},
                                                  {"filter", QJsonObject{{"const", "urn:pid"}}}},
                                      QJsonObject{{"path", QJsonArray{"$.family_name"}}},
                                      QJsonObject{{"path", QJsonArray{"$.birthdate"}},
                                                  {"optional", true}}}}}}}}}};
        auto match = PresentationExchangeMatcher::match(definition, m_wallet);
        VCDESK_VERIFY_OK(match);
        QVERIFY(match->satisfiable);
        QCOMPARE(match->part("membership")->candidates.size(), 1);
        QCOMPARE(match->part("membership")->candidates.first().credentialId, 2);
        QCOMPARE(match->part("pid")->candidates.first().credentialId,
                 1); // the format excludes the JWT-VC

        auto response =
            PresentationBuilder::build(request({}, definition), match.value(),
                                       {{"membership", {2}}, {"pid", {1}}}, m_wallet, keyring());
        VCDESK_VERIFY_OK(response);
        const QJsonArray tokens =
            QJsonDocument::fromJson(response->field("vp_token").toUtf8()).array();
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(disclosedNames(tokens.at(1).toString().toLatin1()), QStringList{"family_name"});
        const QJsonObject submission = object(response->field("presentation_submission").toUtf8());
        QCOMPARE(submission.value("definition_id").toString(), QStringLiteral("def-1"));
        const QJsonArray map = submission.value("descriptor_map").toArray();
        QCOMPARE(map.at(0).toObject().value("path").toString(), QStringLiteral("$[0]"));
        QCOMPARE(map.at(0).toObject().value("format").toString(), QStringLiteral("jwt_vp_json"));
        QCOMPARE(map.at(0).toObject().value("path_nested").toObject().value("path").toString(),
                 QStringLiteral("$.vp.verifiableCredential[0]"));
        QCOMPARE(map.at(1).toObject().value("path").toString(), QStringLiteral("$[1]"));
        QCOMPARE(map.at(1).toObject().value("format").toString(), QStringLiteral("vc+sd-jwt"));
    }

    void presentationExchangeRequirementsAndRefusals()
    {
        const auto descriptor = [](const QString &id, const QString &path) {
            return QJsonObject{
                {"id", id},
                {"group", QJsonArray{"A"}},
                {"constraints",
                 QJsonObject{{"fields", QJsonArray{QJsonObject{{"path", QJsonArray{path}}}}}}}};
        };
        QJsonObject definition{
            {"id", "d"},
            {"input_descriptors",
             QJsonArray{descriptor("has", "$.vct"), descriptor("lacks", "$.passport_number")}},
            {"submission_requirements",
             QJsonArray{QJsonObject{{"rule", "pick"}, {"count", 1}, {"from", "A"}}}}};
        auto pick = PresentationExchangeMatcher::match(definition, m_wallet);
        VCDESK_VERIFY_OK(pick);
        QVERIFY(pick->satisfiable);
        QVERIFY(pick->part("has")->required);
        QVERIFY(!pick->part("lacks")->required);
        definition.insert("submission_requirements",
                          QJsonArray{QJsonObject{{"rule", "all"}, {"from", "A"}}});
        QVERIFY(!PresentationExchangeMatcher::match(definition, m_wallet)->satisfiable);

        // A path vcdesk does not evaluate matches nothing, with the reason kept.
        const QJsonObject recursive{{"id", "r"},
                                    {"input_descriptors", QJsonArray{descriptor("x", "$..name")}}};
        auto unsupported = PresentationExchangeMatcher::match(recursive, m_wallet);
        QVERIFY(!unsupported->satisfiable);
        QVERIFY(unsupported->parts.first().unmatchedReason.contains("$..name"));

        for (const QJsonObject &bad :
             {QJsonObject{{"input_descriptors", QJsonArray{descriptor("x", "$.a")}}},
              QJsonObject{{"id", "d"}, {"input_descriptors", QJsonArray{}}},
              QJsonObject{{"id", "d"},
                          {"input_descriptors",
                           QJsonArray{descriptor("x", "$.a"), descriptor("x", "$.b")}}},
              QJsonObject{{"id", "d"},
                          {"input_descriptors",
                           QJsonArray{QJsonObject{
                               {"id", "x"},
                               {"constraints", QJsonObject{{"fields", QJsonArray{QJsonObject{
                                                                          {"path", "$.a"}}}}}}}}}}})
            QCOMPARE(PresentationExchangeMatcher::match(bad, m_wallet).error().code,
                     QStringLiteral("query.invalid_presentation_definition"));
    }
};

QTEST_GUILESS_MAIN(Oid4vpExchangeTest)
#include "tst_oid4vp_exchange.moc"
