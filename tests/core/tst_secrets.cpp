// Secrets at rest: XChaCha20-Poly1305 and Argon2id, against published vectors and tampering.

#include "core/crypto/Aead.h"
#include "core/crypto/PassphraseKdf.h"

#include <QtTest>

using namespace vcdesk;

class TestSecrets : public QObject
{
    Q_OBJECT
private slots:
    void xchachaVector()
    {
        // draft-irtf-cfrg-xchacha-03, appendix A.3.1.
        const QByteArray key =
            QByteArray::fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
        const QByteArray nonce =
            QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
        const QByteArray aad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
        const QByteArray plaintext(
            "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the "
            "future, sunscreen would be it.");
        const QByteArray expected =
            QByteArray::fromHex("bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
                                "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
                                "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
                                "21f9664c97637da9768812f615c68b13b52e"
                                "c0875924c1c7987947deafd8780acf49");
        auto sealed = Aead::sealWithNonce(key, nonce, plaintext, aad);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->mid(Aead::kNonceBytes).toHex(), expected.toHex());
        QCOMPARE(Aead::open(key, sealed.value(), aad).value(), plaintext);
    }

    void sealAndOpen()
    {
        const QByteArray key(32, '\x42');
        auto a = Aead::seal(key, "private key bytes", "record:17");
        auto b = Aead::seal(key, "private key bytes", "record:17");
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value() != b.value()); // fresh nonce each time
        QCOMPARE(Aead::open(key, a.value(), "record:17").value(), QByteArray("private key bytes"));
        QVERIFY(!a->contains("private key bytes"));
        QCOMPARE(Aead::open(key, Aead::seal(key, "", "x").value(), "x").value(), QByteArray());
    }

    void refusesTamperingEverywhere()
    {
        const QByteArray key(32, '\x07');
        const QByteArray sealed = Aead::seal(key, "api-key-0123456789", "account:3").value();
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray changed = sealed;
            changed[i] = char(changed[i] ^ 0x01);
            auto opened = Aead::open(key, changed, "account:3");
            QVERIFY2(!opened.ok(), qPrintable(QString::number(i)));
            QCOMPARE(opened.error().code, QStringLiteral("aead.auth_failed"));
        }
        QCOMPARE(Aead::open(key, sealed, "account:4").error().code,
                 QStringLiteral("aead.auth_failed")); // moved
        QCOMPARE(Aead::open(QByteArray(32, '\x08'), sealed, "account:3").error().code,
                 QStringLiteral("aead.auth_failed"));
        QCOMPARE(Aead::open(key, sealed.left(30), "account:3").error().code,
                 QStringLiteral("aead.truncated"));
        QCOMPARE(Aead::open(key, sealed.left(sealed.size() - 1), "account:3").error().code,
                 QStringLiteral("aead.auth_failed"));
        QCOMPARE(Aead::seal(QByteArray(16, 'k'), "x", "y").error().code,
                 QStringLiteral("aead.key"));
    }

    void argon2idRfc9106Vector()
    {
        // RFC 9106 section 5.3.
        PassphraseKdf::Parameters p;
        p.memoryKiB = 32;
        p.iterations = 3;
        p.parallelism = 4;
        auto tag = PassphraseKdf::argon2id(QByteArray(32, '\x01'), QByteArray(16, '\x02'),
                                           QByteArray(8, '\x03'), QByteArray(12, '\x04'), p, 32);
        QVERIFY(tag.ok());
        QCOMPARE(tag->toHex(),
                 QByteArray("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"));
    }

    void deriveAndParameters()
    {
        PassphraseKdf::Parameters p;
        p.memoryKiB = 8 * 1024;
        p.iterations = 1;
        p.salt = QByteArray(16, 's');
        const QByteArray k1 = PassphraseKdf::derive("correct horse", p).value();
        QCOMPARE(k1.size(), 32);
        QCOMPARE(PassphraseKdf::derive("correct horse", p).value(), k1);
        QVERIFY(PassphraseKdf::derive("correct horsf", p).value() != k1);
        PassphraseKdf::Parameters other = p;
        other.salt = QByteArray(16, 't');
        QVERIFY(PassphraseKdf::derive("correct horse", other).value() != k1);

        auto back = PassphraseKdf::Parameters::fromJson(p.toJson());
        QVERIFY(back.ok());
        QCOMPARE(PassphraseKdf::derive("correct horse", back.value()).value(), k1);

        // Parameters from a hostile or damaged file are refused before any work is done.
        PassphraseKdf::Parameters hostile = p;
        hostile.memoryKiB = 0xffffffffu;
        QCOMPARE(PassphraseKdf::derive("x", hostile).error().code,
                 QStringLiteral("kdf.parameters"));
        hostile = p;
        hostile.iterations = 0;
        QCOMPARE(PassphraseKdf::derive("x", hostile).error().code,
                 QStringLiteral("kdf.parameters"));
        hostile = p;
        hostile.memoryKiB = 1024;
        QCOMPARE(PassphraseKdf::derive("x", hostile).error().code,
                 QStringLiteral("kdf.parameters"));
        hostile = p;
        hostile.salt = "short";
        QCOMPARE(PassphraseKdf::derive("x", hostile).error().code, QStringLiteral("kdf.salt"));
        QJsonObject unknown = p.toJson();
        unknown["algorithm"] = "pbkdf2";
        QCOMPARE(PassphraseKdf::Parameters::fromJson(unknown).error().code,
                 QStringLiteral("kdf.algorithm"));
    }

    void calibrationPicksUsableParameters()
    {
        const auto p = PassphraseKdf::calibrate(100);
        QVERIFY(p.iterations >= 2);
        QCOMPARE(p.memoryKiB, quint32(64 * 1024));
        QCOMPARE(p.salt.size(), 16);
        QVERIFY(PassphraseKdf::derive("x", p).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
