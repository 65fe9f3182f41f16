// CredentialParser::fromPlainJwtVc: the common JWT-VC read from its payload's outline gives
// exactly what fromJwt gives from the parsed payload, for every field a check or a screen
// reads; any other shape is left to fromJwt. And the inspector takes that way without
// building the payload, which it still shows when asked.
#include "core/codec/StrictJson.h"
#include "core/credential/CredentialParser.h"
#include "core/crypto/PrivateKey.h"
#include "core/did/KeyDidResolver.h"
#include "core/jose/JwsPayloadReuse.h"
#include "core/verify/CredentialInspector.h"

#include <QtTest>

using namespace vcdesk;

namespace {

const PrivateKey &issuerKey()
{
    static const PrivateKey key = PrivateKey::generate(KeyType::Secp256k1);
    return key;
}

QString issuerDid()
{
    return KeyDidResolver::didForKey(issuerKey().publicKey());
}

/// A token over exactly this payload text (and header).
QByteArray tokenOver(const QByteArray &payload, const QString &typ = QStringLiteral("JWT"))
{
    const QString did = issuerDid();
    const QJsonObject header{{"typ", typ}, {"kid", did + '#' + did.mid(8)}};
    return CompactJws::sign(header, payload, issuerKey()).value();
}

/// A payload text with the issuer's DID in place of ISSUER.
QByteArray payloadOf(const char *text)
{
    return QByteArray(text).replace("ISSUER", issuerDid().toLatin1());
}

/// Both readings of one token, field by field.
void compareReadings(const Credential &fast, const Credential &slow)
{
    QCOMPARE(fast.kind, slow.kind);
    QCOMPARE(fast.format, slow.format);
    QCOMPARE(fast.id, slow.id);
    QCOMPARE(fast.issuer, slow.issuer);
    QCOMPARE(fast.subject, slow.subject);
    QCOMPARE(fast.types, slow.types);
    QCOMPARE(fast.claims, slow.claims);
    QCOMPARE(fast.validFrom, slow.validFrom);
    QCOMPARE(fast.validUntil, slow.validUntil);
    QCOMPARE(fast.issuedAt, slow.issuedAt);
    QCOMPARE(fast.status, slow.status);
    QCOMPARE(fast.schemas, slow.schemas);
    QCOMPARE(fast.proof, slow.proof);
    QCOMPARE(fast.raw, slow.raw);
    QCOMPARE(fast.inconsistencies, slow.inconsistencies);
    QCOMPARE(fast.dateProblems, slow.dateProblems);
    QCOMPARE(fast.embedded, slow.embedded);
    QVERIFY(fast.jws && slow.jws);
    QCOMPARE(fast.jws->signingInput(), slow.jws->signingInput());
    QVERIFY(!fast.document.isBuilt());
    QVERIFY(!fast.jwtClaims.isBuilt());
    QCOMPARE(fast.document.object(), slow.document.object());
    QCOMPARE(fast.jwtClaims.object(), slow.jwtClaims.object());
}

} // namespace

class TestPlainJwtVc : public QObject
{
    Q_OBJECT

private slots:
    void readsAsFromJwtDoes_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("typ");
        const QString jwt = QStringLiteral("JWT");
        QTest::newRow("vc+jwt")
            << payloadOf("{\"iss\":\"ISSUER\",\"vc\":{\"type\":[\"VerifiableCredential\"]}}")
            << QStringLiteral("vc+jwt");
        QTest::newRow("minimal")
            << payloadOf(
                   "{\"iss\":\"ISSUER\",\"sub\":\"did:example:holder\",\"nbf\":1700000000,"
                   "\"exp\":1900000000,\"jti\":\"urn:uuid:1\",\"vc\":{\"@context\":["
                   "\"https://www.w3.org/2018/credentials/v1\"],\"type\":[\"VerifiableCredential\","
                   "\"EmailCredential\"],\"credentialSubject\":{\"email\":\"alice@example.com\"}}}")
            << jwt;
        QTest::newRow("every member")
            << payloadOf(
                   "{\"vc\":{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],\"id\":"
                   "\"urn:uuid:2\",\"type\":\"VerifiableCredential\",\"issuer\":{\"id\":\"ISSUER\","
                   "\"name\":\"Issuer\"},\"issuanceDate\":\"2024-01-01T00:00:00Z\",\"validUntil\":"
                   "\"2031-01-01T00:00:00.250Z\",\"credentialStatus\":{\"id\":\"https://s.example/"
                   "1#4\","
                   "\"type\":\"StatusList2021Entry\",\"statusListIndex\":\"4\"},"
                   "\"credentialSchema\":"
                   "[{\"id\":\"https://s.example/"
                   "schema\",\"type\":\"JsonSchema\"}],\"evidence\":[{}],"
                   "\"credentialSubject\":[{\"id\":\"did:example:a\"},\"did:example:b\"]},\"iss\":"
                   "\"ISSUER\",\"iat\":1704067200,\"cnf\":{\"jwk\":{\"kty\":\"EC\"}},\"aud\":["
                   "\"x\"],"
                   "\"jti\":\"urn:uuid:2\"}")
            << jwt;
        QTest::newRow("escapes, UTF-8 and white space")
            << payloadOf(
                   " {\n \"iss\" : \"ISSUER\" ,\t\"vc\":{ "
                   "\"type\":[\"VerifiableCredential\",\"Caf\xc3\xa9\","
                   "\"\\u0054\\\"q\\\"\"], \"credentialSubject\" : {\"id\":\"did:example:\\u00e9\","
                   "\"name\":\"Jos\\u00e9 "
                   "\xf0\x9f\x98\x80\\n\",\"n\":-0,\"big\":-9223372036854775808}}\r\n}")
            << jwt;
        QTest::newRow("disagreements")
            << payloadOf("{\"iss\":\"did:example:other\",\"sub\":\"did:example:x\",\"jti\":\"urn:"
                         "uuid:3\","
                         "\"nbf\":1700000000,\"vc\":{\"issuer\":\"ISSUER\",\"id\":\"urn:uuid:4\","
                         "\"validFrom\":"
                         "\"2020-01-01T00:00:00Z\",\"type\":[\"VerifiableCredential\"],"
                         "\"credentialSubject\":"
                         "{\"id\":\"did:example:y\"}}}")
            << jwt;
        QTest::newRow("unreadable dates and claims")
            << payloadOf(
                   "{\"iss\":7,\"sub\":[],\"nbf\":\"soon\",\"exp\":-99999999999999999,\"iat\":true,"
                   "\"vc\":{\"validFrom\":\"not a date\",\"expirationDate\":12,\"type\":[1,null,"
                   "\"VerifiableCredential\"],\"credentialSubject\":\"did:example:z\"}}")
            << jwt;
        QTest::newRow("nothing but vc") << QByteArray("{\"vc\":{}}") << jwt;
        QTest::newRow("integer edges")
            << QByteArray("{\"iss\":\"X\",\"nbf\":-9223372036854775808,\"exp\":"
                          "9223372036854775807,\"iat\":-0,\"vc\":{}}")
            << jwt;
        QTest::newRow("date beyond range")
            << QByteArray("{\"exp\":999999999999999999,\"vc\":{}}") << jwt;
        QTest::newRow("escaped and raw text are one")
            << QByteArray(
                   "{\"iss\":\"\\u00e9x\",\"vc\":{\"issuer\":\"\xc3\xa9x\",\"credentialSubject\":"
                   "{\"id\":\"a\\u0000b\"}}}")
            << jwt;
        QTest::newRow("null dates")
            << QByteArray("{\"nbf\":null,\"vc\":{\"validFrom\":null,\"credentialStatus\":null}}")
            << jwt;
    }

    void readsAsFromJwtDoes()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, typ);
        const QByteArray token = tokenOver(payload, typ);
        const auto jws = CompactJws::parse(token);
        QVERIFY(jws);
        const auto outline = JsonOutline::of(jws->payload());
        QVERIFY(outline);
        const auto fast = CredentialParser::fromPlainJwtVc(jws.value(), *outline, token);
        QVERIFY(fast);
        const auto slow =
            CredentialParser::fromJwt(jws.value(), jws->payloadObject().value(), token);
        QVERIFY(slow);
        compareReadings(*fast, slow.value());
    }

    // Whatever is not the plain shape is fromJwt's: hybrids (compared and merged there),
    // presentations, and tokens that are no JWT-VC at all.
    void leavesEveryOtherShapeToFromJwt_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("typ");
        const QString jwt = QStringLiteral("JWT");
        QTest::newRow("hybrid type") << payloadOf("{\"iss\":\"ISSUER\",\"type\":[\"X\"],\"vc\":{"
                                                  "\"type\":[\"VerifiableCredential\"]}}")
                                     << jwt;
        QTest::newRow("hybrid status")
            << payloadOf("{\"iss\":\"ISSUER\",\"credentialStatus\":{},\"vc\":{}}") << jwt;
        QTest::newRow("other member") << QByteArray("{\"vc\":{},\"status\":{}}") << jwt;
        QTest::newRow("vp beside vc") << QByteArray("{\"vc\":{},\"vp\":{}}") << jwt;
        QTest::newRow("vc is no object") << QByteArray("{\"vc\":\"x\"}") << jwt;
        QTest::newRow("no vc") << QByteArray("{\"iss\":\"x\"}") << jwt;
        QTest::newRow("presentation type")
            << QByteArray("{\"vc\":{\"type\":[\"VerifiablePresentation\"]}}") << jwt;
        QTest::newRow("presentation type as a string")
            << QByteArray("{\"vc\":{\"type\":\"VerifiablePresentation\"}}") << jwt;
        QTest::newRow("typ vp+jwt") << QByteArray("{\"vc\":{}}") << QStringLiteral("vp+jwt");
        QTest::newRow("array") << QByteArray("[{\"vc\":{}}]") << jwt;
    }

    void leavesEveryOtherShapeToFromJwt()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, typ);
        const auto jws = CompactJws::parse(tokenOver(payload, typ));
        QVERIFY(jws);
        const auto outline = JsonOutline::of(jws->payload());
        QVERIFY(outline);
        QVERIFY(!CredentialParser::fromPlainJwtVc(jws.value(), *outline));
    }

    void inspectorShowsThePayloadItDidNotBuild()
    {
        const QByteArray payload = payloadOf(
            "{\"iss\":\"ISSUER\",\"nbf\":1700000000,\"exp\":4100000000,\"vc\":{\"type\":"
            "[\"VerifiableCredential\"],\"credentialSubject\":{\"id\":\"did:example:h\"}}}");
        const QByteArray token = tokenOver(payload);
        InspectOptions options;
        options.resolver = std::make_shared<KeyDidResolver>();
        const auto inspection = CredentialInspector::inspect(token, options);
        QVERIFY(inspection);
        QCOMPARE(inspection->report.verdict(), Verdict::Valid);
        QCOMPARE(inspection->subject, QStringLiteral("did:example:h"));
        QVERIFY(!inspection->payload.isBuilt());
        QCOMPARE(inspection->payload.object(), StrictJson::parseObject(payload).value());
        QCOMPARE(inspection->toJson().value("payload").toObject().value("exp").toInteger(),
                 4100000000);
    }

    // Member names written with escapes are outside the outline's subset; a second "vc" or
    // "issuer" written so is a duplicate StrictJson refuses: unreadable, never valid.
    void inspectorRefusesEscapedDuplicates_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("second vc") << payloadOf(
            "{\"iss\":\"ISSUER\",\"vc\":{},\"\\u0076c\":{\"issuer\":\"did:example:b\"}}");
        QTest::newRow("second issuer")
            << payloadOf("{\"vc\":{\"issuer\":\"ISSUER\",\"issu\\u0065r\":\"did:example:b\"}}");
    }

    void inspectorRefusesEscapedDuplicates()
    {
        QFETCH(QByteArray, payload);
        QVERIFY(!JsonOutline::of(payload));
        InspectOptions options;
        options.resolver = std::make_shared<KeyDidResolver>();
        const auto inspection = CredentialInspector::inspect(tokenOver(payload), options);
        QVERIFY(!inspection);
        QCOMPARE(inspection.error().code, QStringLiteral("json.duplicate_member"));
    }

    // Inside a JwsPayloadReuse scope the work reads whole payloads (and keeps them): the
    // inspector reads the token whole too, with the same verdict.
    void inspectorReadsWholeInsidePayloadReuse()
    {
        const QByteArray payload = payloadOf(
            "{\"iss\":\"ISSUER\",\"exp\":4100000000,\"vc\":{\"type\":[\"VerifiableCredential\"]}}");
        InspectOptions options;
        options.resolver = std::make_shared<KeyDidResolver>();
        JwsPayloadReuse scope;
        const auto inspection = CredentialInspector::inspect(tokenOver(payload), options);
        QVERIFY(inspection);
        QCOMPARE(inspection->report.verdict(), Verdict::Valid);
        QVERIFY(inspection->payload.isBuilt());
        QCOMPARE(JwsPayloadReuse::keptOnThisThread(), 1);
    }

    // A payload with a fraction is outside the outline's subset: the inspector reads it the
    // long way, with the same verdict a plain one gets.
    void inspectorReadsOtherPayloadsTheLongWay()
    {
        const QByteArray payload = payloadOf(
            "{\"iss\":\"ISSUER\",\"exp\":4100000000,\"vc\":{\"type\":[\"VerifiableCredential\"],"
            "\"credentialSubject\":{\"score\":0.5}}}");
        QVERIFY(!JsonOutline::of(payload));
        InspectOptions options;
        options.resolver = std::make_shared<KeyDidResolver>();
        const auto inspection = CredentialInspector::inspect(tokenOver(payload), options);
        QVERIFY(inspection);
        QCOMPARE(inspection->report.verdict(), Verdict::Valid);
        QVERIFY(inspection->payload.isBuilt());
        QCOMPARE(inspection->claims.toObject().value("score").toDouble(), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestPlainJwtVc)
#include "tst_plain_jwt_vc.moc"
