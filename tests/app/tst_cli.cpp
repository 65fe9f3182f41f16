// `vcdesk inspect` as a user runs it: a real process, real files, exit codes and JSON.

#include "core/codec/Base64Url.h"
#include "core/crypto/Jwk.h"
#include "support/CliRunner.h"
#include "support/TestData.h"
#include "support/TokenFactory.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exitCodes_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        const auto issuer = test::Issuer::make(KeyType::Secp256k1);
        const QByteArray valid =
            test::sign(issuer.key, test::credentialClaims(issuer.did, kNow - 3600, kNow + 3600),
                       QJsonObject{{"kid", issuer.kid}});
        QTest::newRow("valid") << valid << 0 << "valid";
        QTest::newRow("expired") << test::sign(issuer.key,
                                               test::credentialClaims(issuer.did, kNow - 7200,
                                                                      kNow - 3600))
                                 << 1 << "invalid";
        QByteArray tampered = valid;
        tampered[tampered.size() - 5] = tampered[tampered.size() - 5] == 'A' ? 'B' : 'A';
        QTest::newRow("bad signature") << tampered << 1 << "invalid";
        QTest::newRow("did:bsv issuer")
            << test::sign(issuer.key,
                          test::credentialClaims("did:bsv:abc", kNow - 3600, kNow + 3600))
            << 2 << "unverifiable";
    }
    void exitCodes()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_') + ".jwt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token + "\n"); // a trailing newline, as editors leave it
        file.close();

        const test::Run text = test::runVcdesk({"inspect", path});
        QCOMPARE(text.exitCode, exitCode);
        // The words every view uses (VerdictText), not the JSON name.
        const QHash<QString, QByteArray> headline{
            {"valid", "VALID"}, {"invalid", "NOT VALID"}, {"unverifiable", "CANNOT BE VERIFIED"}};
        QVERIFY2(text.out.contains("Verdict:    " + headline.value(verdict) + '\n'),
                 text.out.constData());

        const test::Run json = test::runVcdesk({"inspect", "--json", path});
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value("verdict").toString(), verdict);
        QCOMPARE(report.value("format").toString(), QStringLiteral("jwt_vc_json"));
        QVERIFY(report.value("header").isObject());
        QVERIFY(report.value("payload").isObject());
        const QJsonArray checks = report.value("checks").toArray();
        QVERIFY(!checks.isEmpty());
        QCOMPARE(checks.first().toObject().value("name").toString(),
                 QStringLiteral("SignatureVerification"));
        for (const QJsonValue &check : checks) {
            const QString result = check.toObject().value("result").toString();
            QVERIFY(result == "pass" || result == "fail" || result == "unknown");
            QVERIFY(!check.toObject().value("detail").toString().isEmpty());
        }
        // Standard input gives the same answer.
        QCOMPARE(test::runVcdesk({"inspect", "-"}, token).exitCode, exitCode);
    }

    void unreadableInput()
    {
        test::Run missing = test::runVcdesk({"inspect", m_dir.filePath("does-not-exist.jwt")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("cannot open"));
        test::Run garbage = test::runVcdesk({"inspect", "-"}, "this is not a token");
        QCOMPARE(garbage.exitCode, 3);
        QVERIFY(garbage.err.contains("cannot read the token"));
        QVERIFY(garbage.out.isEmpty());
        test::Run duplicate = test::runVcdesk(
            {"inspect", "-"}, Base64Url::encode(R"({"alg":"ES256","alg":"none"})") + ".e30.");
        QCOMPARE(duplicate.exitCode, 3);
        QVERIFY(duplicate.err.contains("json.duplicate_member"));
        test::Run huge = test::runVcdesk({"inspect", "-"}, QByteArray(17 * 1024 * 1024, 'A'));
        QCOMPARE(huge.exitCode, 3);
        QVERIFY(huge.err.contains("larger than"));
    }

    void usageErrors()
    {
        QCOMPARE(test::runVcdesk({"inspect"}).exitCode, 64);
        QCOMPARE(test::runVcdesk({"inspect", "--at", "yesterday", "-"}, "x").exitCode, 64);
        QCOMPARE(test::runVcdesk({"inspect", "--bogus", "-"}, "x").exitCode, 64);
        QCOMPARE(test::runVcdesk({"--version"}).exitCode, 0);
        // A mistyped command is a usage error on the terminal, not a window that never returns
        // (the window would need a display: QT_QPA_PLATFORM is offscreen here, so a window
        // would hang this test until its timeout rather than exit 64).
        for (const char *typo : {"recieve", "inspekt", "wallets", "file:///etc/passwd"}) {
            const test::Run run = test::runVcdesk({typo});
            QCOMPARE(run.exitCode, 64);
            QVERIFY(run.err.contains("is not a command"));
        }
    }

    void presentExplainsWrongLinksBeforeAnyWallet()
    {
        for (const auto &[link, words] :
             {std::pair{"file:///etc/passwd", "vcdesk inspect FILE"},
              std::pair{"verifier.example/?request_uri=https://x", "has no scheme"},
              std::pair{"mailto:x@example.com", "is not a presentation request"}}) {
            const test::Run run =
                test::runVcdesk({"present", "--wallet", m_dir.filePath("no-such-wallet.db"), link});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(words), run.err.constData());
            QVERIFY(!run.err.contains("no wallet"));
        }
    }

    void atFixesNow()
    {
        const test::Run before =
            test::runVcdesk({"inspect", "--json", "--at", "2024-10-10T00:00:00Z",
                             test::dataPath("seeds/identus-credential.jwt")});
        const test::Run after =
            test::runVcdesk({"inspect", "--json", "--at", "2025-10-10T00:00:00Z",
                             test::dataPath("seeds/identus-credential.jwt")});
        QCOMPARE(before.exitCode, 2); // the signer cannot be confirmed offline
        QCOMPARE(after.exitCode, 1);  // and it has expired
        QVERIFY(after.out.contains("expired at 2024-11-03T14:30:56Z"));
    }

    void clockSkew()
    {
        const auto issuer = test::Issuer::make(KeyType::Ed25519);
        // Expired 90 seconds ago: outside the default 60 s skew, inside a 120 s one.
        const QByteArray token =
            test::sign(issuer.key, test::credentialClaims(issuer.did, kNow - 3600, kNow - 90));
        QCOMPARE(test::runVcdesk({"inspect", "-"}, token).exitCode, 1);
        QCOMPARE(test::runVcdesk({"inspect", "--clock-skew", "120", "-"}, token).exitCode, 0);
        QCOMPARE(test::runVcdesk({"inspect", "--clock-skew", "-5", "-"}, token).exitCode, 64);
        QCOMPARE(test::runVcdesk({"inspect", "--clock-skew", "soon", "-"}, token).exitCode, 64);
    }

    void trustedKeyFile()
    {
        const PrivateKey key = PrivateKey::generate(KeyType::P256);
        const QByteArray token =
            test::sign(key, QJsonObject{{"sub", "x"}}, QJsonObject{{"kid", "k2"}});
        const QString jwk = m_dir.filePath("key.jwk");
        QFile f(jwk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(Jwk::fromPublicKey(key.publicKey())).toJson());
        f.close();
        QCOMPARE(test::runVcdesk({"inspect", "--key", jwk, "-"}, token).exitCode, 0);

        // A JWK Set: the key is picked by kid.
        QJsonObject k1 = Jwk::fromPublicKey(PrivateKey::generate(KeyType::P256).publicKey());
        k1["kid"] = "k1";
        QJsonObject k2 = Jwk::fromPublicKey(key.publicKey());
        k2["kid"] = "k2";
        const QString jwks = m_dir.filePath("keys.jwks");
        QFile s(jwks);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(QJsonDocument(QJsonObject{{"keys", QJsonArray{k1, k2}}}).toJson());
        s.close();
        QCOMPARE(test::runVcdesk({"inspect", "--key", jwks, "-"}, token).exitCode, 0);

        // Another key: invalid. A broken key file: a usage error, not a verdict.
        QFile other(jwk);
        QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write(
            QJsonDocument(Jwk::fromPublicKey(PrivateKey::generate(KeyType::P256).publicKey()))
                .toJson());
        other.close();
        QCOMPARE(test::runVcdesk({"inspect", "--key", jwk, "-"}, token).exitCode, 1);
        QCOMPARE(
            test::runVcdesk({"inspect", "--key", m_dir.filePath("nope.jwk"), "-"}, token).exitCode,
            64);
    }

    void trustedKeyMustBeForVerifying()
    {
        // RFC 7517 4.2-4.3: the right key, but marked for something else, verifies nothing.
        const PrivateKey key = PrivateKey::generate(KeyType::P256);
        const QByteArray token = test::sign(key, QJsonObject{{"sub", "x"}});
        const QString path = m_dir.filePath("usage.jwk");
        auto runWith = [&](const QJsonObject &members) {
            QJsonObject jwk = Jwk::fromPublicKey(key.publicKey());
            for (auto it = members.begin(); it != members.end(); ++it)
                jwk.insert(it.key(), it.value());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write %s", qPrintable(path));
            f.write(QJsonDocument(jwk).toJson());
            f.close();
            return test::runVcdesk({"inspect", "--key", path, "-"}, token);
        };
        QCOMPARE(runWith({{"use", "sig"}, {"key_ops", QJsonArray{"verify"}}}).exitCode, 0);
        const test::Run encryption = runWith({{"use", "enc"}});
        QCOMPARE(encryption.exitCode, 64);
        QVERIFY2(encryption.err.contains("\"use\" is \"enc\""), encryption.err.constData());
        QVERIFY(encryption.out.isEmpty());
        const test::Run signOnly = runWith({{"key_ops", QJsonArray{"sign"}}});
        QCOMPARE(signOnly.exitCode, 64);
        QVERIFY2(signOnly.err.contains("key_ops"), signOnly.err.constData());
        const test::Run malformed = runWith({{"key_ops", "verify"}});
        QCOMPARE(malformed.exitCode, 64);
        QVERIFY2(malformed.err.contains("key_ops"), malformed.err.constData());
    }

    void trustCommands()
    {
        const QString list = m_dir.filePath("trust.json");
        const auto issuer = test::Issuer::make(KeyType::P256);
        const QByteArray token =
            test::sign(issuer.key, test::credentialClaims(issuer.did, kNow - 3600, kNow + 3600));
        // Another issuer on the list: this one is not trusted.
        QCOMPARE(test::runVcdesk({"trust", "add", "did:web:other.example*", "--name", "Other",
                                  "--trust-list", list})
                     .exitCode,
                 0);
        test::Run untrusted =
            test::runVcdesk({"inspect", "--json", "--trust-list", list, "-"}, token);
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY(untrusted.out.contains("not on your trust list"));
        // Trusted by exact DID, named in the report.
        QCOMPARE(test::runVcdesk(
                     {"trust", "add", issuer.did, "--name", "Test Issuer", "--trust-list", list})
                     .exitCode,
                 0);
        test::Run trusted =
            test::runVcdesk({"inspect", "--json", "--trust-list", list, "-"}, token);
        QCOMPARE(trusted.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(trusted.out).object().value("issuerName").toString(),
                 QStringLiteral("Test Issuer"));
        test::Run listed = test::runVcdesk({"trust", "list", "--json", "--trust-list", list});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 2);
        // Removing, removing again, bad patterns, a damaged file.
        QCOMPARE(test::runVcdesk({"trust", "remove", issuer.did, "--trust-list", list}).exitCode,
                 0);
        QCOMPARE(test::runVcdesk({"trust", "remove", issuer.did, "--trust-list", list}).exitCode,
                 1);
        QCOMPARE(
            test::runVcdesk({"trust", "add", "did:*", "--name", "Everyone", "--trust-list", list})
                .exitCode,
            64);
        test::Run anyKey = test::runVcdesk(
            {"trust", "add", "did:key:*", "--name", "Any key", "--trust-list", list});
        QCOMPARE(anyKey.exitCode, 64);
        QVERIFY2(anyKey.err.contains("every did:key DID"), anyKey.err.constData());
        QCOMPARE(test::runVcdesk({"trust", "add", "not-a-did", "--name", "X", "--trust-list", list})
                     .exitCode,
                 64);
        QCOMPARE(test::runVcdesk({"trust", "add", issuer.did, "--trust-list", list}).exitCode,
                 64); // no name
        QFile damaged(list);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{\"issuers\": [");
        damaged.close();
        test::Run broken =
            test::runVcdesk({"trust", "add", issuer.did, "--name", "X", "--trust-list", list});
        QCOMPARE(broken.exitCode, 3);
        QVERIFY(broken.err.contains("damaged"));
        QFile check(list);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("{\"issuers\": [")); // nothing overwritten
        QCOMPARE(test::runVcdesk({"inspect", "--trust-list", list, "-"}, token).exitCode, 3);
        // A mistyped path is an error, never "no list": the trust check must not vanish.
        const test::Run missing =
            test::runVcdesk({"inspect", "--trust-list", list + ".typo", "-"}, token);
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("does not exist"));
        QVERIFY(missing.out.isEmpty());
        // Named as nothing at all: still a list that is not there, not "the default".
        QCOMPARE(test::runVcdesk({"inspect", "--trust-list", "", "-"}, token).exitCode, 3);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
