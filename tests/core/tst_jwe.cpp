// JWE for direct_post.jwt: ECDH-ES key agreement checked against the RFC 7518 Appendix C
// example, the compact form of what the wallet sends, and keys or algorithms it must refuse.
// (Decryption by an independent implementation, jose, is in tests/interop.)

#include "core/codec/Base64Url.h"
#include "core/crypto/Jwk.h"
#include "core/jose/CompactJwe.h"
#include "support/ReportHelpers.h"

#include <QJsonDocument>
#include <QtTest>

using namespace vcdesk;

class TestJwe : public QObject
{
    Q_OBJECT

private slots:
    void rfc7518AppendixC()
    {
        const QJsonObject alice{{"kty", "EC"},
                                {"crv", "P-256"},
                                {"x", "gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0"},
                                {"y", "SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps"},
                                {"d", "0_NxaRPUMQoAJt50Gz8YiTr8gRTwyEaCumd-MToTmIo"}};
        const QJsonObject bob{{"kty", "EC"},
                              {"crv", "P-256"},
                              {"x", "weNJy2HscCSM6AEDTDg04biOvhFhyyWvOHQfeF_PxMQ"},
                              {"y", "e8lnCO-AlStT-NJVX-crhB7QRYhiix03illJOVAOyck"}};
        auto z = CompactJwe::sharedSecret(Jwk::toPrivateKey(alice).value(),
                                          Jwk::toPublicKey(bob).value());
        VCDESK_VERIFY_OK(z);
        QCOMPARE(z->size(), 32);
        const QByteArray key = CompactJwe::concatKdf(z.value(), "A128GCM", "Alice", "Bob", 128);
        QCOMPARE(Base64Url::encode(key), QByteArray("VqqN6vgjbSBcIijNcacQGg"));
    }

    void compactFormToAP256Key()
    {
        const PrivateKey recipient = PrivateKey::generate(KeyType::P256);
        QJsonObject jwk = Jwk::fromPublicKey(recipient.publicKey());
        auto jwe = CompactJwe::encryptEcdhEs(jwk, R"({"vp_token":{}})", "A256GCM",
                                             QJsonObject{{"kid", "enc-1"}});
        VCDESK_VERIFY_OK(jwe);
        const QList<QByteArray> parts = jwe->split('.');
        QCOMPARE(parts.size(), 5);
        QVERIFY(parts.at(1).isEmpty()); // direct key agreement: no encrypted key
        QCOMPARE(Base64Url::decode(parts.at(2))->size(), 12);
        QCOMPARE(Base64Url::decode(parts.at(4))->size(), 16);
        const QJsonObject header =
            QJsonDocument::fromJson(Base64Url::decode(parts.at(0)).value()).object();
        QCOMPARE(header.value("alg").toString(), QStringLiteral("ECDH-ES"));
        QCOMPARE(header.value("enc").toString(), QStringLiteral("A256GCM"));
        QCOMPARE(header.value("kid").toString(), QStringLiteral("enc-1"));
        QVERIFY(!header.value("epk").toObject().contains("d"));
        QVERIFY(!jwe->contains("vp_token")); // not readable on the wire
        // Two encryptions of the same text differ (fresh ephemeral key and IV).
        QVERIFY(CompactJwe::encryptEcdhEs(jwk, R"({"vp_token":{}})", "A256GCM").value() !=
                jwe.value());
    }

    void refusals()
    {
        const QJsonObject p256 =
            Jwk::fromPublicKey(PrivateKey::generate(KeyType::P256).publicKey());
        QCOMPARE(CompactJwe::encryptEcdhEs(p256, "x", "A128CBC-HS256").error().code,
                 QStringLiteral("jwe.unsupported_enc"));
        const QJsonObject ed =
            Jwk::fromPublicKey(PrivateKey::generate(KeyType::Ed25519).publicKey());
        QCOMPARE(CompactJwe::encryptEcdhEs(ed, "x", "A128GCM").error().code,
                 QStringLiteral("jwe.unsupported_key"));
        const QJsonObject k1 =
            Jwk::fromPublicKey(PrivateKey::generate(KeyType::Secp256k1).publicKey());
        QCOMPARE(CompactJwe::encryptEcdhEs(k1, "x", "A128GCM").error().code,
                 QStringLiteral("jwe.unsupported_key"));
        QCOMPARE(CompactJwe::encryptEcdhEs(QJsonObject{{"kty", "EC"}}, "x", "A128GCM").error().code,
                 QStringLiteral("jwe.unsupported_key"));
    }
};

QTEST_GUILESS_MAIN(TestJwe)
#include "tst_jwe.moc"
