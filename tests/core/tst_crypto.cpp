// Keys, signatures and JWKs, checked against the Wycheproof vectors on every backend.

#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/PublicKey.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QtTest>

#include <thread>
#include <vector>

using namespace vcdesk;

namespace {

struct VectorTally
{
    int valid = 0;
    int invalid = 0;
    int keysRefused = 0;
    QStringList mismatches;
};

/// Runs one Wycheproof signature file through PublicKey::verify with `backend`.
VectorTally runVectors(const QString &file, KeyType type, CryptoBackend backend)
{
    VectorTally tally;
    const QJsonObject root = test::readJson(QStringLiteral("wycheproof/") + file);
    for (const QJsonValue &groupValue : root.value("testGroups").toArray()) {
        const QJsonObject group = groupValue.toObject();
        const QJsonObject publicKey = group.value("publicKey").toObject();
        const QByteArray encoded = QByteArray::fromHex(
            (type == KeyType::Ed25519 ? publicKey.value("pk") : publicKey.value("uncompressed"))
                .toString()
                .toLatin1());
        auto key = PublicKey::fromEncoded(type, encoded);
        for (const QJsonValue &testValue : group.value("tests").toArray()) {
            const QJsonObject t = testValue.toObject();
            const QString expected = t.value("result").toString();
            const QByteArray msg = QByteArray::fromHex(t.value("msg").toString().toLatin1());
            const QByteArray sig = QByteArray::fromHex(t.value("sig").toString().toLatin1());
            bool accepted = false;
            if (key.ok())
                accepted = key->verify(msg, sig, backend).ok();
            else
                ++tally.keysRefused;
            const bool ok = expected == QLatin1String("valid")     ? accepted
                            : expected == QLatin1String("invalid") ? !accepted
                                                                   : true; // "acceptable"
            if (!ok)
                tally.mismatches << QStringLiteral("tcId %1 (%2): expected %3")
                                        .arg(t.value("tcId").toInt())
                                        .arg(t.value("comment").toString(), expected);
            (accepted ? tally.valid : tally.invalid)++;
        }
    }
    return tally;
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT
private slots:
    void wycheproof_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("backend");
        QTest::addColumn<int>("minimumValid");
        QTest::newRow("P-256 OpenSSL") << "ecdsa_secp256r1_sha256_p1363_test.json"
                                       << int(KeyType::P256) << int(CryptoBackend::OpenSsl) << 50;
        QTest::newRow("P-384 OpenSSL") << "ecdsa_secp384r1_sha384_p1363_test.json"
                                       << int(KeyType::P384) << int(CryptoBackend::OpenSsl) << 50;
        // Asked for libsecp256k1, P-384 still goes to OpenSSL (and passes every vector).
        QTest::newRow("P-384 asks libsecp256k1")
            << "ecdsa_secp384r1_sha384_p1363_test.json" << int(KeyType::P384)
            << int(CryptoBackend::LibSecp256k1) << 50;
        QTest::newRow("secp256k1 libsecp256k1")
            << "ecdsa_secp256k1_sha256_p1363_test.json" << int(KeyType::Secp256k1)
            << int(CryptoBackend::LibSecp256k1) << 50;
        QTest::newRow("secp256k1 OpenSSL")
            << "ecdsa_secp256k1_sha256_p1363_test.json" << int(KeyType::Secp256k1)
            << int(CryptoBackend::OpenSsl) << 50;
        QTest::newRow("Ed25519 libsodium")
            << "ed25519_test.json" << int(KeyType::Ed25519) << int(CryptoBackend::LibSodium) << 20;
        QTest::newRow("Ed25519 OpenSSL")
            << "ed25519_test.json" << int(KeyType::Ed25519) << int(CryptoBackend::OpenSsl) << 20;
    }
    void wycheproof()
    {
        QFETCH(QString, file);
        QFETCH(int, type);
        QFETCH(int, backend);
        QFETCH(int, minimumValid);
        const VectorTally tally = runVectors(file, KeyType(type), CryptoBackend(backend));
        qInfo("%s: %d accepted, %d refused, %d keys refused", qPrintable(file), tally.valid,
              tally.invalid, tally.keysRefused);
        QVERIFY2(tally.mismatches.isEmpty(), qPrintable(tally.mismatches.join('\n')));
        QVERIFY(tally.valid >= minimumValid); // the run really verified something
        QVERIFY(tally.invalid > 50);
    }

    void signVerifyRoundTrip_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("ES256") << int(KeyType::P256);
        QTest::newRow("ES384") << int(KeyType::P384);
        QTest::newRow("ES256K") << int(KeyType::Secp256k1);
        QTest::newRow("EdDSA") << int(KeyType::Ed25519);
    }
    void signVerifyRoundTrip()
    {
        QFETCH(int, type);
        const PrivateKey key = PrivateKey::generate(KeyType(type));
        QCOMPARE(key.secret().size(), keytype::ecCoordinateBytes(KeyType(type)));
        const QByteArray message("the message");
        auto sig = key.sign(message);
        QVERIFY(sig.ok());
        QCOMPARE(sig->size(), keytype::signatureBytes(KeyType(type)));
        for (auto backend : {CryptoBackend::Default, CryptoBackend::OpenSsl})
            QVERIFY(key.publicKey().verify(message, sig.value(), backend).ok());
        QByteArray tampered = sig.value();
        tampered[10] = char(tampered[10] ^ 1);
        QVERIFY(!key.publicKey().verify(message, tampered).ok());
        QVERIFY(!key.publicKey().verify("other message", sig.value()).ok());
        QCOMPARE(key.publicKey().verify(message, sig->left(sig->size() - 1)).error().code,
                 QStringLiteral("signature.length"));
        // Another key of the same type does not verify it.
        QVERIFY(!PrivateKey::generate(KeyType(type)).publicKey().verify(message, sig.value()).ok());
    }

    void highSIsAcceptedForES256K()
    {
        // RFC 8812: ES256K does not require low-S. Flip s to n - s and both backends accept.
        const PrivateKey key = PrivateKey::generate(KeyType::Secp256k1);
        auto sig = key.sign("msg");
        QVERIFY(sig.ok());
        const QByteArray n =
            QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        QByteArray highS = sig->left(32);
        // s' = n - s, big-endian subtraction
        QByteArray s = sig->mid(32);
        QByteArray out(32, 0);
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            int d = int(quint8(n[i])) - int(quint8(s[i])) - borrow;
            borrow = d < 0;
            out[i] = char(d < 0 ? d + 256 : d);
        }
        highS += out;
        QVERIFY(highS != sig.value());
        QVERIFY(key.publicKey().verify("msg", highS, CryptoBackend::LibSecp256k1).ok());
        QVERIFY(key.publicKey().verify("msg", highS, CryptoBackend::OpenSsl).ok());
    }

    void signatureRangeRefused_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("order");
        QTest::newRow("P-256")
            << int(KeyType::P256)
            << QByteArray::fromHex(
                   "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
        QTest::newRow("secp256k1")
            << int(KeyType::Secp256k1)
            << QByteArray::fromHex(
                   "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        QTest::newRow("P-384") << int(KeyType::P384)
                               << QByteArray::fromHex(
                                      "ffffffffffffffffffffffffffffffffffffffffffffffff"
                                      "c7634d81f4372ddf581a0db248b0a77aecec196accc52973");
    }
    void signatureRangeRefused()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, order);
        const PrivateKey key = PrivateKey::generate(KeyType(type));
        const QByteArray good = key.sign("m").value();
        const int n = keytype::ecCoordinateBytes(KeyType(type));
        QCOMPARE(order.size(), n);
        const QByteArray zero(n, '\0');
        const QByteArray above = QByteArray(n, '\xff');
        const QByteArray r = good.left(n);
        const QByteArray s = good.mid(n);
        const QList<QByteArray> bad{zero + s, r + zero, order + s, r + order, above + s, r + above};
        for (const QByteArray &sig : bad) {
            for (auto backend : {CryptoBackend::Default, CryptoBackend::OpenSsl}) {
                auto result = key.publicKey().verify("m", sig, backend);
                QVERIFY(!result.ok());
                QCOMPARE(result.error().code, QStringLiteral("signature.range"));
            }
        }
    }

    void invalidPointsRefused()
    {
        QByteArray point = QByteArray::fromHex("04") + QByteArray(64, '\x01');
        QCOMPARE(PublicKey::fromEncoded(KeyType::P256, point).error().code,
                 QStringLiteral("key.invalid_point"));
        QCOMPARE(PublicKey::fromEncoded(KeyType::Secp256k1, point).error().code,
                 QStringLiteral("key.invalid_point"));
        QCOMPARE(PublicKey::fromEncoded(KeyType::P384,
                                        QByteArray::fromHex("04") + QByteArray(96, '\x01'))
                     .error()
                     .code,
                 QStringLiteral("key.invalid_point"));
        QCOMPARE(PublicKey::fromEncoded(KeyType::P256, QByteArray(10, 'x')).error().code,
                 QStringLiteral("key.length"));
        QCOMPARE(PublicKey::fromEncoded(KeyType::Ed25519, QByteArray(31, 'x')).error().code,
                 QStringLiteral("key.length"));
        QCOMPARE(PrivateKey::fromSecret(KeyType::P256, QByteArray(32, '\0')).error().code,
                 QStringLiteral("key.invalid"));
        QCOMPARE(PrivateKey::fromSecret(KeyType::P384, QByteArray(32, '\x01')).error().code,
                 QStringLiteral("key.length"));
        // A point of one curve's size under the other curve's name is refused by its length,
        // before OpenSSL parses it.
        const PublicKey p256 = PrivateKey::generate(KeyType::P256).publicKey();
        const PublicKey p384 = PrivateKey::generate(KeyType::P384).publicKey();
        for (bool compressed : {false, true}) {
            QCOMPARE(PublicKey::fromEncoded(KeyType::P384, p256.encoded(compressed)).error().code,
                     QStringLiteral("key.length"));
            QCOMPARE(PublicKey::fromEncoded(KeyType::P256, p384.encoded(compressed)).error().code,
                     QStringLiteral("key.length"));
        }
        // A P-384 key is never handed to libsecp256k1 or libsodium.
        for (auto backend : {CryptoBackend::Default, CryptoBackend::LibSecp256k1,
                             CryptoBackend::LibSodium, CryptoBackend::OpenSsl})
            QCOMPARE(keytype::resolveBackend(KeyType::P384, backend), CryptoBackend::OpenSsl);
    }

    // Decoded keys are remembered by their type and bytes (PublicKey::fromEncoded): the same
    // bytes read under another curve of the same size are never the remembered key, a bad
    // point is refused every time, and a key read again still verifies after the table has
    // been emptied by many others.
    void aKeyDecodedAgainIsTheSameKeyOfTheSameCurve()
    {
        const PrivateKey k1 = PrivateKey::generate(KeyType::Secp256k1);
        const QByteArray signature = k1.sign("message").value();
        for (bool compressed : {true, false}) {
            const QByteArray bytes = k1.publicKey().encoded(compressed);
            for (int i = 0; i < 2; ++i) {
                auto key = PublicKey::fromEncoded(KeyType::Secp256k1, bytes);
                QVERIFY(key.ok());
                QCOMPARE(key->type(), KeyType::Secp256k1);
                VCDESK_VERIFY_OK(key->verify("message", signature));
            }
            // The same bytes as a P-256 point: not the secp256k1 key, whatever they decode to.
            auto asP256 = PublicKey::fromEncoded(KeyType::P256, bytes);
            if (asP256.ok()) {
                QCOMPARE(asP256->type(), KeyType::P256);
                QVERIFY(!asP256->verify("message", signature).ok());
            } else {
                QCOMPARE(asP256.error().code, QStringLiteral("key.invalid_point"));
            }
        }
        const QByteArray bad = QByteArray::fromHex("04") + QByteArray(64, '\x01');
        for (int i = 0; i < 2; ++i)
            QCOMPARE(PublicKey::fromEncoded(KeyType::Secp256k1, bad).error().code,
                     QStringLiteral("key.invalid_point"));
        for (int i = 0; i < 80; ++i)
            QVERIFY(
                PublicKey::fromEncoded(KeyType::Ed25519,
                                       PrivateKey::generate(KeyType::Ed25519).publicKey().encoded())
                    .ok());
        auto again = PublicKey::fromEncoded(KeyType::Secp256k1, k1.publicKey().encoded(true));
        QVERIFY(again.ok());
        QVERIFY(again.value() == k1.publicKey());
        VCDESK_VERIFY_OK(again->verify("message", signature));
    }

    // The digest must be the curve's own length: a SHA-256 digest is never checked against a
    // P-384 key, nor a SHA-384 one against a P-256 key.
    void aDigestOfTheOtherCurvesLengthIsRefused()
    {
        const PrivateKey p384 = PrivateKey::generate(KeyType::P384);
        const PrivateKey p256 = PrivateKey::generate(KeyType::P256);
        const QByteArray signature384 = p384.sign("message").value();
        const QByteArray signature256 = p256.sign("message").value();
        QCOMPARE(
            p384.publicKey().verifyDigest(Digest::sha256("message"), signature384).error().code,
            QStringLiteral("signature.length"));
        QCOMPARE(
            p256.publicKey().verifyDigest(Digest::sha384("message"), signature256).error().code,
            QStringLiteral("signature.length"));
        VCDESK_VERIFY_OK(p384.publicKey().verifyDigest(Digest::sha384("message"), signature384));
        VCDESK_VERIFY_OK(p256.publicKey().verifyDigest(Digest::sha256("message"), signature256));
    }

    void compressedAndUncompressedAgree_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("P-256") << int(KeyType::P256);
        QTest::newRow("P-384") << int(KeyType::P384);
        QTest::newRow("secp256k1") << int(KeyType::Secp256k1);
    }
    void compressedAndUncompressedAgree()
    {
        QFETCH(int, type);
        const int n = keytype::ecCoordinateBytes(KeyType(type));
        const PrivateKey key = PrivateKey::generate(KeyType(type));
        const QByteArray compressed = key.publicKey().encoded(true);
        QCOMPARE(compressed.size(), 1 + n);
        // The prefix says whether Y is odd; X is the same bytes.
        const QByteArray uncompressed = key.publicKey().encoded();
        QCOMPARE(compressed.at(0), char(0x02 | (uncompressed.back() & 1)));
        QCOMPARE(compressed.mid(1), uncompressed.mid(1, n));
        auto fromCompressed = PublicKey::fromEncoded(KeyType(type), compressed);
        QVERIFY(fromCompressed.ok());
        QVERIFY(fromCompressed.value() == key.publicKey());
        QCOMPARE(fromCompressed->encoded().size(), 1 + 2 * n);
    }

    void jwkRoundTrip_data() { signVerifyRoundTrip_data(); }
    void jwkRoundTrip()
    {
        QFETCH(int, type);
        const PrivateKey key = PrivateKey::generate(KeyType(type));
        const QJsonObject priv = Jwk::fromPrivateKey(key);
        auto back = Jwk::toPrivateKey(priv);
        QVERIFY(back.ok());
        QCOMPARE(back->secret(), key.secret());
        auto pub = Jwk::toPublicKey(Jwk::fromPublicKey(key.publicKey()));
        QVERIFY(pub.ok());
        QVERIFY(pub.value() == key.publicKey());
        QVERIFY(!Jwk::fromPublicKey(key.publicKey()).contains("d"));
        // A "d" from another key is refused.
        QJsonObject mixed = priv;
        mixed.insert("d", Jwk::fromPrivateKey(PrivateKey::generate(KeyType(type))).value("d"));
        QCOMPARE(Jwk::toPrivateKey(mixed).error().code, QStringLiteral("jwk.key_mismatch"));
    }

    void jwkRefusesMalformed_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<QString>("code");
        const QJsonObject good =
            Jwk::fromPublicKey(PrivateKey::generate(KeyType::P256).publicKey());
        QJsonObject k = good;
        k["kty"] = "OKP";
        QTest::newRow("kty mismatch") << k << "jwk.kty_mismatch";
        k = good;
        k["crv"] = "P-521";
        QTest::newRow("P-521") << k << "jwk.unsupported_curve";
        k = good;
        k["crv"] = "P-384"; // P-256 coordinates
        QTest::newRow("P-384 with P-256 sizes") << k << "jwk.length";
        k = good;
        k["x"] = k["x"].toString().left(40);
        QTest::newRow("short x") << k << "jwk.length";
        k = good;
        k["y"] = k["y"].toString() + "==";
        QTest::newRow("padded y") << k << "jwk.encoding";
        k = good;
        k.remove("y");
        QTest::newRow("missing y") << k << "jwk.missing_member";
        k = good;
        k["kty"] = "RSA";
        QTest::newRow("RSA") << k << "jwk.unsupported_kty";
        k = good;
        k["x"] = 5;
        QTest::newRow("x not a string") << k << "jwk.missing_member";
    }
    void jwkRefusesMalformed()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(QString, code);
        auto key = Jwk::toPublicKey(jwk);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, code);
    }

    void thumbprintRfc7638Example()
    {
        // RFC 7638 section 3.1.
        const QJsonObject rsa{{"kty", "RSA"},
                              {"n", "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT8"
                                    "6zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_"
                                    "2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_"
                                    "FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91"
                                    "CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-"
                                    "G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"},
                              {"e", "AQAB"},
                              {"alg", "RS256"},
                              {"kid", "2011-04-29"}};
        QCOMPARE(Jwk::thumbprint(rsa).value(),
                 QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
        QJsonObject hostile = rsa;
        hostile["e"] = "AQ\"AB";
        QCOMPARE(Jwk::thumbprint(hostile).error().code, QStringLiteral("jwk.encoding"));
        const PrivateKey key = PrivateKey::generate(KeyType::Ed25519);
        QCOMPARE(Jwk::thumbprint(key.publicKey()).size(), 43);
    }

    void digest()
    {
        QCOMPARE(Digest::sha256("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Digest::sha256("").toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Digest::sha384("abc").toHex(),
                 QByteArray("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
                            "8086072ba1e7cc2358baeca134c825a7"));
        // The algorithm is fetched once and shared: threads hashing at once agree.
        const QByteArray million(1000000, 'a');
        const QByteArray expected =
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
        QByteArray results[4];
        std::vector<std::thread> threads;
        for (QByteArray &result : results)
            threads.emplace_back([&million, &result] { result = Digest::sha256(million).toHex(); });
        for (std::thread &thread : threads)
            thread.join();
        for (const QByteArray &result : results)
            QCOMPARE(result, expected);
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
