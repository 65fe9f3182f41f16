// Compact JWS: RFC 8037 example, Wycheproof JWK sets, and a hostile set of tokens.

#include "core/codec/Base64Url.h"
#include "core/crypto/Jwk.h"
#include "core/jose/CompactJws.h"
#include "core/jose/JsonWebKey.h"
#include "core/jose/JwkSet.h"
#include "core/jose/JwsPayloadReuse.h"
#include "core/jose/JwsVerifier.h"
#include "support/TestData.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace vcdesk;

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return Base64Url::encode(bytes);
}

/// A token with the given raw header JSON and a real ES256 signature over it.
QByteArray signedWithHeader(const PrivateKey &key, const QByteArray &headerJson,
                            const QByteArray &payload = "{\"sub\":\"x\"}")
{
    const QByteArray input = b64(headerJson) + '.' + b64(payload);
    return input + '.' + b64(key.sign(input).value());
}

} // namespace

class TestJws : public QObject
{
    Q_OBJECT
private slots:
    void rfc8037Ed25519Example()
    {
        const QJsonObject vector = test::readJson("jose-cookbook/rfc8037-ed25519-jws.json");
        const QJsonObject jwk = vector.value("input").toObject().value("key").toObject();
        const QByteArray compact =
            vector.value("output").toObject().value("compact").toString().toLatin1();
        auto jws = CompactJws::parse(compact);
        QVERIFY(jws.ok());
        QCOMPARE(jws->payload(), QByteArray("Example of Ed25519 signing"));
        auto pub = Jwk::toPublicKey(jwk);
        QVERIFY(pub.ok());
        for (auto backend : {CryptoBackend::LibSodium, CryptoBackend::OpenSsl})
            QVERIFY(JwsVerifier::verify(jws.value(), pub.value(), AlgorithmPolicy::credentials(),
                                        backend)
                        .ok());
        // Ed25519 is deterministic: signing again with the vector's private key gives the same
        // token.
        auto priv = Jwk::toPrivateKey(jwk);
        QVERIFY(priv.ok());
        auto resigned = CompactJws::sign(QJsonObject(), "Example of Ed25519 signing", priv.value());
        QCOMPARE(resigned.value(), compact);
        // Thumbprint from RFC 8037 appendix A.3.
        QCOMPARE(Jwk::thumbprint(jwk).value(),
                 QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));
    }

    void jwkUsageForVerifying_data()
    {
        // RFC 7517 4.2 ("use") and 4.3 ("key_ops"); an empty code: the key may verify.
        QTest::addColumn<QJsonObject>("members");
        QTest::addColumn<QString>("code");
        QTest::newRow("neither") << QJsonObject{} << QString();
        QTest::newRow("use sig") << QJsonObject{{"use", "sig"}} << QString();
        QTest::newRow("key_ops verify")
            << QJsonObject{{"key_ops", QJsonArray{"verify"}}} << QString();
        QTest::newRow("key_ops sign+verify")
            << QJsonObject{{"key_ops", QJsonArray{"sign", "verify"}}} << QString();
        QTest::newRow("use sig, key_ops verify")
            << QJsonObject{{"use", "sig"}, {"key_ops", QJsonArray{"verify"}}} << QString();
        QTest::newRow("use enc") << QJsonObject{{"use", "enc"}} << "jwk.use";
        QTest::newRow("use empty") << QJsonObject{{"use", ""}} << "jwk.use";
        QTest::newRow("use SIG") << QJsonObject{{"use", "SIG"}} << "jwk.use";
        QTest::newRow("use number") << QJsonObject{{"use", 1}} << "jwk.use_malformed";
        QTest::newRow("use null") << QJsonObject{{"use", QJsonValue::Null}} << "jwk.use_malformed";
        QTest::newRow("use array")
            << QJsonObject{{"use", QJsonArray{"sig"}}} << "jwk.use_malformed";
        QTest::newRow("key_ops sign")
            << QJsonObject{{"key_ops", QJsonArray{"sign"}}} << "jwk.key_ops";
        QTest::newRow("key_ops empty") << QJsonObject{{"key_ops", QJsonArray{}}} << "jwk.key_ops";
        QTest::newRow("key_ops encrypt")
            << QJsonObject{{"key_ops", QJsonArray{"encrypt", "wrapKey"}}} << "jwk.key_ops";
        QTest::newRow("use sig, key_ops sign")
            << QJsonObject{{"use", "sig"}, {"key_ops", QJsonArray{"sign"}}} << "jwk.key_ops";
        QTest::newRow("key_ops string")
            << QJsonObject{{"key_ops", "verify"}} << "jwk.key_ops_malformed";
        QTest::newRow("key_ops duplicate")
            << QJsonObject{{"key_ops", QJsonArray{"verify", "verify"}}} << "jwk.key_ops_malformed";
        QTest::newRow("key_ops not strings")
            << QJsonObject{{"key_ops", QJsonArray{"verify", 1}}} << "jwk.key_ops_malformed";
    }
    void jwkUsageForVerifying()
    {
        QFETCH(QJsonObject, members);
        QFETCH(QString, code);
        const PrivateKey key = PrivateKey::generate(KeyType::P256);
        QJsonObject jwk = Jwk::fromPublicKey(key.publicKey());
        for (auto it = members.begin(); it != members.end(); ++it)
            jwk.insert(it.key(), it.value());
        auto jws = CompactJws::parse(
            CompactJws::sign(QJsonObject{{"typ", "JWT"}}, R"({"a":1})", key).value());
        QVERIFY(jws.ok());
        // The key itself is well formed either way: only verifying with it is refused.
        QVERIFY(Jwk::toPublicKey(jwk).ok());
        auto usage = Jwk::checkVerifyUsage(jwk);
        auto verificationKey = Jwk::toVerificationKey(jwk);
        auto general = JsonWebKey::fromJson(jwk);
        QVERIFY(general.ok());
        const Status generalVerified = general->verify(jws.value(), AlgorithmPolicy::credentials());
        if (code.isEmpty()) {
            QVERIFY(usage.ok());
            QVERIFY(verificationKey.ok());
            QVERIFY(JwsVerifier::verify(jws.value(), verificationKey.value()).ok());
            QVERIFY(generalVerified.ok());
            return;
        }
        QVERIFY(!usage.ok());
        QCOMPARE(usage.error().code, code);
        QVERIFY(
            usage.error().message.contains(code.startsWith("jwk.use") ? "\"use\"" : "\"key_ops\""));
        QVERIFY(!verificationKey.ok());
        QCOMPARE(verificationKey.error().code, code);
        QVERIFY(!generalVerified.ok());
        QCOMPARE(generalVerified.error().code, code);
    }

    void jwkAlgorithmForVerifying_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QJsonValue>("alg");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("P-256 ES256") << int(KeyType::P256) << QJsonValue("ES256") << true;
        QTest::newRow("P-256 ES256K") << int(KeyType::P256) << QJsonValue("ES256K") << false;
        QTest::newRow("P-256 ES384") << int(KeyType::P256) << QJsonValue("ES384") << false;
        QTest::newRow("P-256 number") << int(KeyType::P256) << QJsonValue(256) << false;
        QTest::newRow("Ed25519 EdDSA") << int(KeyType::Ed25519) << QJsonValue("EdDSA") << true;
        QTest::newRow("Ed25519 Ed25519") << int(KeyType::Ed25519) << QJsonValue("Ed25519") << true;
        QTest::newRow("Ed25519 ES256") << int(KeyType::Ed25519) << QJsonValue("ES256") << false;
        QTest::newRow("secp256k1 ES256K")
            << int(KeyType::Secp256k1) << QJsonValue("ES256K") << true;
        QTest::newRow("secp256k1 ES256") << int(KeyType::Secp256k1) << QJsonValue("ES256") << false;
    }
    void jwkAlgorithmForVerifying()
    {
        // RFC 7517 section 4.4: a key that names its algorithm verifies with that one only.
        QFETCH(int, type);
        QFETCH(QJsonValue, alg);
        QFETCH(bool, accepted);
        QJsonObject jwk = Jwk::fromPublicKey(PrivateKey::generate(KeyType(type)).publicKey());
        jwk.insert("alg", alg);
        QVERIFY(Jwk::toPublicKey(jwk).ok()); // a well-formed key either way
        auto key = Jwk::toVerificationKey(jwk);
        QCOMPARE(key.ok(), accepted);
        if (!accepted) {
            QCOMPARE(key.error().code, QStringLiteral("jwk.alg"));
            QVERIFY(key.error().message.contains(keytype::jwsAlgorithm(KeyType(type))));
        }
    }

    void signVerifyAllAlgorithms_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("ES256") << int(KeyType::P256);
        QTest::newRow("ES384") << int(KeyType::P384); // verified for issuers, never a holder key
        QTest::newRow("ES256K") << int(KeyType::Secp256k1);
        QTest::newRow("EdDSA") << int(KeyType::Ed25519);
    }
    void signVerifyAllAlgorithms()
    {
        QFETCH(int, type);
        const PrivateKey key = PrivateKey::generate(KeyType(type));
        auto token =
            CompactJws::sign(QJsonObject{{"typ", "JWT"}, {"kid", "k1"}}, R"({"a":1})", key);
        QVERIFY(token.ok());
        auto jws = CompactJws::parse(token.value());
        QVERIFY(jws.ok());
        QCOMPARE(jws->algorithm(), keytype::jwsAlgorithm(KeyType(type)));
        QCOMPARE(jws->keyId(), QStringLiteral("k1"));
        QVERIFY(
            JwsVerifier::verify(jws.value(), key.publicKey(), AlgorithmPolicy::credentials()).ok());
        // alg bound to key type: the same token against every other key type is refused by
        // alg (ES256 against P-384 and ES384 against P-256 included).
        for (const KeyType otherType :
             {KeyType::P256, KeyType::Secp256k1, KeyType::Ed25519, KeyType::P384}) {
            if (otherType == KeyType(type))
                continue;
            const PrivateKey other = PrivateKey::generate(otherType);
            QCOMPARE(JwsVerifier::verify(jws.value(), other.publicKey()).error().code,
                     QStringLiteral("jws.alg_key_mismatch"));
        }
        // Tampered payload.
        QByteArray tampered = token.value();
        const int dot = int(tampered.indexOf('.'));
        tampered.replace(dot + 1, 4,
                         b64(R"({"a")").left(4) == tampered.mid(dot + 1, 4) ? "eyJi" : "eyJh");
        auto t = CompactJws::parse(tampered);
        if (t.ok())
            QVERIFY(!JwsVerifier::verify(t.value(), key.publicKey()).ok());
    }

    void hostileTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("parseCode"); // empty: parses, then verify must fail
        QTest::addColumn<QString>("verifyCode");
        const PrivateKey key = PrivateKey::generate(KeyType::P256);
        m_key = key;
        const QByteArray good = CompactJws::sign({}, R"({"sub":"x"})", key).value();
        const QByteArray payload = b64(R"({"sub":"x"})");
        for (const char *none : {"none", "None", "NONE", "nOnE"}) {
            const QByteArray header = QByteArray("{\"alg\":\"") + none + "\"}";
            QTest::newRow(
                qPrintable(QStringLiteral("alg %1, no signature").arg(QLatin1String(none))))
                << QByteArray(b64(header) + '.' + payload + '.') << QString() << "jws.alg_none";
            QTest::newRow(
                qPrintable(QStringLiteral("alg %1, with signature").arg(QLatin1String(none))))
                << QByteArray(b64(header) + '.' + payload + '.' +
                              good.mid(good.lastIndexOf('.') + 1))
                << QString() << "jws.alg_none";
        }
        // HS256 keyed with the public key bytes (the classic algorithm-confusion attack).
        {
            const QByteArray input = b64(R"({"alg":"HS256"})") + '.' + payload;
            QTest::newRow("HS256 with public key as secret")
                << QByteArray(input + '.' +
                              b64(QMessageAuthenticationCode::hash(input, key.publicKey().encoded(),
                                                                   QCryptographicHash::Sha256)))
                << QString() << "jws.alg_hmac";
        }
        QTest::newRow("RS256") << signedWithHeader(key, R"({"alg":"RS256"})") << QString()
                               << "jws.alg_unsupported";
        QTest::newRow("alg empty")
            << signedWithHeader(key, R"({"alg":""})") << QString() << "jws.alg_none";
        QTest::newRow("crit unknown")
            << signedWithHeader(key, R"({"alg":"ES256","crit":["exp"],"exp":1})") << QString()
            << "jws.crit_unsupported";
        QTest::newRow("crit empty") << signedWithHeader(key, R"({"alg":"ES256","crit":[]})")
                                    << QString() << "jws.crit_invalid";
        QTest::newRow("b64 false")
            << signedWithHeader(key, R"({"alg":"ES256","b64":false,"crit":["b64"]})") << QString()
            << "jws.crit_unsupported";
        QTest::newRow("duplicate alg") << signedWithHeader(key, R"({"alg":"ES256","alg":"none"})")
                                       << "json.duplicate_member" << QString();
        QTest::newRow("alg missing")
            << signedWithHeader(key, R"({"typ":"JWT"})") << "jws.alg_missing" << QString();
        QTest::newRow("alg not string")
            << signedWithHeader(key, R"({"alg":5})") << "jws.alg_missing" << QString();
        QTest::newRow("header not object")
            << signedWithHeader(key, R"(["ES256"])") << "json.not_object" << QString();
        QTest::newRow("two dots missing")
            << QByteArray(b64(R"({"alg":"ES256"})") + payload) << "jws.structure" << QString();
        QTest::newRow("one dot missing") << QByteArray(b64(R"({"alg":"ES256"})") + '.' + payload)
                                         << "jws.structure" << QString();
        QTest::newRow("five parts (JWE)")
            << QByteArray("a.b.c.d.e") << "jws.structure" << QString();
        QTest::newRow("empty header") << QByteArray(".e30.") << "jws.structure" << QString();
        QTest::newRow("truncated signature")
            << good.left(good.size() - 2) << QString() << "signature.length";
        QTest::newRow("truncated mid-header") << good.left(10) << "jws.structure" << QString();
        QTest::newRow("padded signature") << QByteArray(good + "==") << "jws.encoding" << QString();
        QTest::newRow("non-canonical signature bits")
            << QByteArray(good.left(good.size() - 1) + char(good.back() ^ 1)) << "jws.encoding"
            << QString();
        QTest::newRow("empty") << QByteArray() << "jws.empty" << QString();
        QTest::newRow("binary garbage")
            << QByteArray("\x01\x02.\x03.\x04") << "jws.encoding" << QString();
        QTest::newRow("10 MB token") << QByteArray(b64(R"({"alg":"ES256"})") + '.' +
                                                   QByteArray(10 * 1024 * 1024, 'A') + ".AA")
                                     << "jws.too_large" << QString();
        QByteArray deep = QByteArray(R"({"alg":"ES256","x":)") + QByteArray(10000, '[') +
                          QByteArray(10000, ']') + '}';
        QTest::newRow("10000-deep header JSON")
            << signedWithHeader(key, deep) << "json.too_deep" << QString();
        QTest::newRow("unsigned ES256")
            << QByteArray(b64(R"({"alg":"ES256"})") + '.' + payload + '.') << QString()
            << "jws.unsigned";
    }
    void hostileTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, parseCode);
        QFETCH(QString, verifyCode);
        QElapsedTimer timer;
        timer.start();
        auto jws = CompactJws::parse(token);
        if (!parseCode.isEmpty()) {
            QVERIFY(!jws.ok());
            QCOMPARE(jws.error().code, parseCode);
            QVERIFY(!jws.error().message.isEmpty());
            return;
        }
        QVERIFY2(jws.ok(), qPrintable(jws.ok() ? QString() : jws.error().toString()));
        auto verified = JwsVerifier::verify(jws.value(), m_key.publicKey());
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, verifyCode);
        // Under the general JOSE policy the public key still cannot verify an HMAC token.
        QVERIFY(!JwsVerifier::verify(jws.value(), m_key.publicKey(), AlgorithmPolicy::generalJose())
                     .ok());
    }

    void headersReadAgainGiveTheSameAnswer()
    {
        // parse() remembers headers it read without error (per thread, default limits only);
        // what it answers must not depend on what it read before.
        const PrivateKey key = PrivateKey::generate(KeyType::P256);
        const QByteArray header = R"({"alg":"ES256","kid":"k1","typ":"JWT"})";
        const QByteArray one = signedWithHeader(key, header, "{\"n\":1}");
        const QByteArray two = signedWithHeader(key, header, "{\"n\":2}");
        for (int round = 0; round < 2; ++round) {
            for (const QByteArray &token : {one, two}) {
                auto jws = CompactJws::parse(token);
                QVERIFY(jws.ok());
                QCOMPARE(jws->header(),
                         (QJsonObject{{"alg", "ES256"}, {"kid", "k1"}, {"typ", "JWT"}}));
                QCOMPARE(jws->algorithm(), QStringLiteral("ES256"));
                QVERIFY(JwsVerifier::verify(jws.value(), key.publicKey()).ok());
            }
        }
        // A header is refused every time, not only the first.
        const QByteArray duplicate = signedWithHeader(key, R"({"alg":"ES256","alg":"none"})");
        const QByteArray noAlg = signedWithHeader(key, R"({"typ":"JWT"})");
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(CompactJws::parse(duplicate).error().code,
                     QStringLiteral("json.duplicate_member"));
            QCOMPARE(CompactJws::parse(noAlg).error().code, QStringLiteral("jws.alg_missing"));
        }
        // A header read under the default limits is still held to tighter ones.
        JwsLimits tight;
        tight.json.maxMembersPerObject = 2;
        QVERIFY(CompactJws::parse(one).ok());
        QCOMPARE(CompactJws::parse(one, tight).error().code, QStringLiteral("json.too_large"));
        // Many different headers: the table empties itself and keeps answering right.
        for (int i = 0; i < 600; ++i) {
            const QByteArray kid = QByteArray::number(i);
            auto jws = CompactJws::parse(
                signedWithHeader(key, R"({"alg":"ES256","kid":")" + kid + R"("})"));
            QVERIFY(jws.ok());
            QCOMPARE(jws->keyId(), QString::fromLatin1(kid));
        }
        QCOMPARE(CompactJws::parse(two)->header().value("kid").toString(), QStringLiteral("k1"));
    }

    void payloadsReadAgainGiveTheSameAnswer()
    {
        // Inside a JwsPayloadReuse scope, payloadObject() keeps payloads it read without error
        // (default limits only, small ones); what it answers must not depend on what it read
        // before, and nothing is kept outside a scope or after it.
        const PrivateKey key = PrivateKey::generate(KeyType::P256);
        const QByteArray header = R"({"alg":"ES256"})";
        const QByteArray one = signedWithHeader(key, header, R"({"n":1,"m":[1,2]})");
        const QByteArray two = signedWithHeader(key, header, R"({"n":2})");
        QVERIFY(CompactJws::parse(one)->payloadObject().ok());
        QCOMPARE(JwsPayloadReuse::keptOnThisThread(), 0);
        {
            const JwsPayloadReuse reuse;
            for (int round = 0; round < 2; ++round) {
                QCOMPARE(CompactJws::parse(one)->payloadObject().value(),
                         (QJsonObject{{"n", 1}, {"m", QJsonArray{1, 2}}}));
                QCOMPARE(CompactJws::parse(two)->payloadObject().value(), (QJsonObject{{"n", 2}}));
            }
            QCOMPARE(JwsPayloadReuse::keptOnThisThread(), 2);
            // A payload is refused every time, not only the first.
            const QByteArray duplicate = signedWithHeader(key, header, R"({"n":1,"n":2})");
            const QByteArray array = signedWithHeader(key, header, "[1]");
            for (int round = 0; round < 2; ++round) {
                QCOMPARE(CompactJws::parse(duplicate)->payloadObject().error().code,
                         QStringLiteral("json.duplicate_member"));
                QVERIFY(!CompactJws::parse(array)->payloadObject().ok());
            }
            QCOMPARE(JwsPayloadReuse::keptOnThisThread(), 2);
            // A payload read under the default limits is still held to tighter ones.
            JsonLimits tight;
            tight.maxMembersPerObject = 1;
            const auto jws = CompactJws::parse(one).value();
            QVERIFY(jws.payloadObject().ok());
            QCOMPARE(jws.payloadObject(tight).error().code, QStringLiteral("json.too_large"));
            // A payload over the size limit is not kept.
            const QByteArray text(JwsPayloadReuse::kMaxPayloadBytes, 'x');
            const QByteArray large = signedWithHeader(
                key, header, QJsonDocument(QJsonObject{{"t", QString::fromLatin1(text)}}).toJson());
            for (int round = 0; round < 2; ++round)
                QCOMPARE(CompactJws::parse(large)->payloadObject()->value("t").toString().size(),
                         text.size());
            QCOMPARE(JwsPayloadReuse::keptOnThisThread(), 2);
            // Many different payloads: the table empties itself and keeps answering right.
            for (int i = 0; i < 100; ++i) {
                const QByteArray payload = R"({"i":)" + QByteArray::number(i) + "}";
                QCOMPARE(CompactJws::parse(signedWithHeader(key, header, payload))
                             ->payloadObject()
                             ->value("i")
                             .toInt(),
                         i);
            }
            QVERIFY(JwsPayloadReuse::keptOnThisThread() <= JwsPayloadReuse::kMaxPayloads);
            {
                const JwsPayloadReuse nested; // ending it keeps the outer scope's payloads
            }
            QVERIFY(JwsPayloadReuse::keptOnThisThread() > 0);
            QCOMPARE(CompactJws::parse(two)->payloadObject()->value("n").toInt(), 2);
        }
        // Claims read inside the scope do not outlive it.
        QCOMPARE(JwsPayloadReuse::keptOnThisThread(), 0);
    }

    void wycheproofJsonWebKeys()
    {
        const QJsonObject root = test::readJson("wycheproof/json_web_key_test.json");
        int checked = 0;
        int accepted = 0;
        QStringList mismatches;
        for (const QJsonValue &groupValue : root.value("testGroups").toArray()) {
            const QJsonObject group = groupValue.toObject();
            const QJsonObject keyset = group.contains("public") ? group.value("public").toObject()
                                                                : group.value("private").toObject();
            auto set = JwkSet::fromJson(keyset);
            for (const QJsonValue &testValue : group.value("tests").toArray()) {
                const QJsonObject t = testValue.toObject();
                const bool expectValid = t.value("result").toString() == QLatin1String("valid");
                auto jws = CompactJws::parse(t.value("jws").toString().toLatin1());
                bool valid = false;
                if (set.ok() && jws.ok())
                    valid = set->verify(jws.value(), AlgorithmPolicy::generalJose()).ok();
                // Credentials never take HMAC or RSA.
                if (set.ok() && jws.ok())
                    QVERIFY(!set->verify(jws.value(), AlgorithmPolicy::credentials()).ok());
                if (valid != expectValid)
                    mismatches << QStringLiteral("tcId %1 %2")
                                      .arg(t.value("tcId").toInt())
                                      .arg(t.value("comment").toString());
                ++checked;
                accepted += valid;
            }
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(", ")));
        QCOMPARE(checked, root.value("numberOfTests").toInt());
        QCOMPARE(accepted, 5);
    }

private:
    PrivateKey m_key;
};

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
