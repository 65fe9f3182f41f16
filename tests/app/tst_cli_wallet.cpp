// `vcdesk wallet` and `vcdesk account` as a user runs them: real processes, passphrase files
// and standard input, exit codes, JSON, and nothing changed when something is wrong.

#include "support/CliRunner.h"
#include "support/TokenFactory.h"
#include "support/WalletFixture.h"

#include "support/TestData.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <QtTest>

using namespace vcdesk;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();

QJsonValue json(const test::Run &run)
{
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class TestCliWallet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wallet;
    QString m_pass;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return test::writeFile(m_dir.path(), name, bytes);
    }

    /// The wallet command with the test wallet and passphrase file.
    test::Run wallet(QStringList args, const QString &walletFile = {})
    {
        args << "--wallet" << (walletFile.isEmpty() ? m_wallet : walletFile) << "--passphrase-file"
             << m_pass << "--kdf-time-ms"
             << "1";
        return test::runVcdesk(QStringList{"wallet"} + args);
    }
    qsizetype count(const QString &walletFile = {})
    {
        return json(wallet({"list", "--json"}, walletFile)).toArray().size();
    }

private slots:
    void initTestCase()
    {
        m_wallet = m_dir.filePath("cli.db");
        m_pass = write("pass.txt", "correct horse battery staple\n");
        const auto created = wallet({"create", "--json", "--key-type", "ES256K"});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY(json(created).toObject().value("key").toObject().value("did").toString().startsWith(
            "did:key:zQ3s"));
        const auto again = wallet({"create"});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains("wallet.exists"));
    }

    void passphraseNeverOnTheCommandLine()
    {
        const auto run = test::runVcdesk({"wallet", "list", "--wallet", m_wallet, "--passphrase",
                                          "correct horse battery staple"});
        QCOMPARE(run.exitCode, 64);
        // Standard input works for scripts.
        const QString second = m_dir.filePath("stdin.db");
        const auto created = test::runVcdesk(
            {"wallet", "create", "--wallet", second, "--kdf-time-ms", "1"}, "from stdin\n");
        QCOMPARE(created.exitCode, 0);
        const auto keys = test::runVcdesk(
            {"wallet", "keys", "--generate", "EdDSA", "--wallet", second}, "from stdin\n");
        QCOMPARE(keys.exitCode, 0);
        QCOMPARE(test::runVcdesk({"wallet", "keys", "--generate", "EdDSA", "--wallet", second},
                                 "not it\n")
                     .exitCode,
                 2);
        QCOMPARE(test::runVcdesk({"wallet", "keys", "--generate", "EdDSA", "--wallet", second}, "")
                     .exitCode,
                 3); // no passphrase at all
    }

    void importListExportDelete()
    {
        const auto issuer = test::Issuer::make(KeyType::Secp256k1);
        QJsonObject claims = test::credentialClaims(issuer.did, kNow - 3600, kNow + 86400);
        const QByteArray email = test::sign(issuer.key, claims, QJsonObject{{"kid", issuer.kid}});
        QJsonObject vc = claims.value("vc").toObject();
        vc.insert("type", QJsonArray{"VerifiableCredential", "MembershipCredential"});
        claims.insert("vc", vc);
        claims.insert("jti", "urn:uuid:membership-1");
        const QByteArray membership = test::sign(issuer.key, claims);
        // An issuer-agent record carries its credential in base64.
        const QByteArray record =
            QJsonDocument(QJsonObject{{"recordId", "r-1"},
                                      {"protocolState", "CredentialReceived"},
                                      {"credential", QString::fromLatin1(membership.toBase64())}})
                .toJson();
        // A damaged trust list stops the import (exit 3, nothing added): verdicts stored
        // without it would be wrong.
        {
            QTemporaryDir home;
            QDir(home.path()).mkpath("vcdesk/vcdesk");
            QFile damaged(home.filePath("vcdesk/vcdesk/trust-list.json"));
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write("{\"issuers\": [");
            damaged.close();
            QStringList args{"wallet",   "import", "--offline",         write("email.jwt", email),
                             "--wallet", m_wallet, "--passphrase-file", m_pass};
            const auto refused = test::runVcdesk(args, {}, {{"XDG_DATA_HOME", home.path()}});
            QCOMPARE(refused.exitCode, 3);
            QVERIFY2(refused.err.contains("damaged"), refused.err.constData());
            QCOMPARE(count(), 0);
        }
        const auto imported = wallet({"import", "--offline", "--json", "--tag", "work",
                                      write("email.jwt", email), write("record.json", record)});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonArray added = json(imported).toObject().value("added").toArray();
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(0).toObject().value("verdict").toString(), QStringLiteral("valid"));
        QCOMPARE(added.at(1).toObject().value("title").toString(),
                 QStringLiteral("MembershipCredential"));
        QCOMPARE(added.at(1).toObject().value("tags").toArray(), QJsonArray{"work"});
        const qint64 emailId = added.at(0).toObject().value("id").toInteger();

        // Importing again: reported as duplicates, nothing added.
        const auto again = wallet({"import", "--offline", "--json", m_dir.filePath("email.jwt")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again).toObject().value("duplicates").toArray().size(), 1);
        QCOMPARE(count(), 2);

        // One bad file among good ones: nothing is imported.
        const auto issuer2 = test::Issuer::make(KeyType::P256);
        const QString fresh = write(
            "fresh.jwt",
            test::sign(issuer2.key, test::credentialClaims(issuer2.did, kNow - 60, kNow + 60)));
        const auto mixed =
            wallet({"import", "--offline", fresh, write("garbage.jwt", "eyJ.not.a-token")});
        QVERIFY(mixed.exitCode != 0);
        QVERIFY(mixed.err.contains("nothing was imported"));
        QCOMPARE(count(), 2);
        QCOMPARE(wallet({"import", m_dir.filePath("missing.jwt")}).exitCode, 3);

        // Listing filters.
        QCOMPARE(
            json(wallet({"list", "--json", "--type", "MembershipCredential"})).toArray().size(), 1);
        QCOMPARE(json(wallet({"list", "--json", "--search", "mbership"})).toArray().size(), 1);
        QCOMPARE(json(wallet({"list", "--json", "--tag", "work"})).toArray().size(), 2);
        QCOMPARE(json(wallet({"list", "--json", "--issuer", issuer.did})).toArray().size(), 2);
        QCOMPARE(wallet({"list", "--sort", "sideways"}).exitCode, 64);

        // Export gives back exactly what was imported.
        const auto exported = wallet({"export", QString::number(emailId)});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out.trimmed(), email);
        const QString out = m_dir.filePath("exported.jwt");
        QCOMPARE(wallet({"export", QString::number(emailId), "--out", out}).exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), email);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(wallet({"export", "999"}).exitCode, 1);
        QCOMPARE(wallet({"export", "abc"}).exitCode, 64);
        // Issue 11, item 16: never over an existing file without --force, never through a
        // link (not even with --force), and a failed export leaves what was there.
        const QString precious = m_dir.filePath("precious.txt");
        QFile keep(precious);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("do not lose me");
        keep.close();
        const auto over = wallet({"export", QString::number(emailId), "--out", precious});
        QCOMPARE(over.exitCode, 3);
        QVERIFY(over.err.contains("--force"));
        QCOMPARE(test::fileBytes(precious), QByteArray("do not lose me"));
        const QString link = m_dir.filePath("link.jwt");
        QVERIFY(QFile::link(precious, link));
        const QString dangling = m_dir.filePath("dangling.jwt");
        QVERIFY(QFile::link(m_dir.filePath("nowhere/target.jwt"), dangling));
        for (const QString &target : {link, dangling}) {
            const auto through =
                wallet({"export", QString::number(emailId), "--out", target, "--force"});
            QCOMPARE(through.exitCode, 3);
            QVERIFY(through.err.contains("symbolic link"));
        }
        QCOMPARE(test::fileBytes(precious), QByteArray("do not lose me"));
        QVERIFY(!QFile::exists(m_dir.filePath("nowhere/target.jwt")));
        QCOMPARE(
            wallet({"export", QString::number(emailId), "--out", precious, "--force"}).exitCode, 0);
        QCOMPARE(test::fileBytes(precious), email);

        QCOMPARE(wallet({"delete", QString::number(emailId)}).exitCode, 0);
        QCOMPARE(wallet({"delete", QString::number(emailId)}).exitCode, 1);
        QCOMPARE(count(), 1);
    }

    void listSaysRevokedSuspendedAndKeyClaims()
    {
        // Listing fields as checking found them (tst_credential_listing follows real status
        // lists into them): one revoked, one suspended, one fine.
        const QString file = m_dir.filePath("states.db");
        qint64 revoked = 0, suspended = 0, fine = 0;
        {
            auto created = test::createWallet(file, "correct horse battery staple");
            const qint64 profile = created->profiles().resolve({}).value().id;
            const test::Issuer issuer = test::Issuer::make(KeyType::P256);
            CredentialRecord r = test::signedRecord(issuer, "LibraryCard", 1);
            r.verdict = Verdict::Invalid;
            r.revocation = Revocation::Revoked;
            revoked = created->credentials().add(profile, r).value();
            r = test::signedRecord(issuer, "EmailCredential", 2);
            r.verdict = Verdict::Invalid;
            r.revocation = Revocation::Suspended;
            r.highlights << ClaimHighlight{"email", "person2@example.com"};
            suspended = created->credentials().add(profile, r).value();
            fine =
                created->credentials().add(profile, test::signedRecord(issuer, "Pass", 3)).value();
        }
        const auto listed = wallet({"list", "--json", "--asc"}, file);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = json(listed).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value("id").toInteger(), revoked);
        QCOMPARE(rows.at(0).toObject().value("revocation").toString(), QStringLiteral("revoked"));
        QCOMPARE(rows.at(1).toObject().value("id").toInteger(), suspended);
        QCOMPARE(rows.at(1).toObject().value("revocation").toString(), QStringLiteral("suspended"));
        QCOMPARE(rows.at(1).toObject().value("verdict").toString(), QStringLiteral("invalid"));
        QCOMPARE(rows.at(2).toObject().value("id").toInteger(), fine);
        QCOMPARE(rows.at(2).toObject().value("revocation").toString(), QStringLiteral("none"));
        QCOMPARE(rows.at(1).toObject().value("highlights").toArray(),
                 (QJsonArray{QJsonObject{{"name", "name"}, {"value", "Person 2"}},
                             QJsonObject{{"name", "email"}, {"value", "person2@example.com"}}}));

        const auto text = wallet({"list", "--asc"}, file);
        QCOMPARE(text.exitCode, 0);
        const QList<QByteArray> lines = text.out.split('\n');
        QCOMPARE(lines.size(), 7); // a line each, their claims under them, the last newline
        QVERIFY2(lines.at(0).contains("LibraryCard") && lines.at(0).contains("Revoked"),
                 lines.at(0).constData());
        QVERIFY(!lines.at(0).contains("Not valid"));
        QCOMPARE(lines.at(1), QByteArray("        name: Person 1"));
        QVERIFY2(lines.at(2).contains("EmailCredential") && lines.at(2).contains("Suspended"),
                 lines.at(2).constData());
        QCOMPARE(lines.at(3), QByteArray("        name: Person 2; email: person2@example.com"));
        QVERIFY2(lines.at(4).contains("Pass") && lines.at(4).contains("Valid"),
                 lines.at(4).constData());
        QVERIFY(!lines.at(4).contains("Revoked") && !lines.at(4).contains("Suspended"));
    }

    void keysAndProfiles()
    {
        const auto generated =
            wallet({"keys", "--generate", "EdDSA", "--did-method", "jwk", "--json"});
        QCOMPARE(generated.exitCode, 0);
        const QJsonArray keys = json(generated).toArray();
        QCOMPARE(keys.size(), 2);
        QVERIFY(keys.at(1).toObject().value("did").toString().startsWith("did:jwk:"));
        QVERIFY(!keys.at(1).toObject().value("publicJwk").toObject().contains("d"));
        const QString second = QString::number(keys.at(1).toObject().value("id").toInteger());
        const auto switched = wallet({"keys", "--set-default", second, "--json"});
        QCOMPARE(switched.exitCode, 0);
        QVERIFY(json(switched).toArray().at(1).toObject().value("default").toBool());
        QCOMPARE(wallet({"keys", "--generate", "RS256"}).exitCode, 64);

        QCOMPARE(wallet({"profiles", "--add", "Work"}).exitCode, 0);
        QCOMPARE(wallet({"profiles", "--add", "Work"}).exitCode, 1);
        QCOMPARE(json(wallet({"profiles", "--json"})).toArray().size(), 2);
        QCOMPARE(json(wallet({"list", "--json", "--profile", "Work"})).toArray().size(), 0);
        QCOMPARE(wallet({"list", "--profile", "Nobody"}).exitCode, 1);
    }

    void accounts()
    {
        const QString key = write("apikey.txt", "apikey-5f1e2d3c4b5a\n");
        auto account = [&](QStringList args) {
            args << "--wallet" << m_wallet << "--passphrase-file" << m_pass;
            return test::runVcdesk(QStringList{"account"} + args);
        };
        const auto added =
            account({"add", "--kind", "issuer-agent", "--url", "http://127.0.0.1:8090", "--name",
                     "Local agent", "--role", "holder", "--api-key-file", key, "--json"});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const auto listed = account({"list", "--json"});
        QCOMPARE(json(listed).toArray().size(), 1);
        QCOMPARE(json(listed).toArray().at(0).toObject().value("secret").toString(),
                 QStringLiteral("api-key"));
        QVERIFY(!listed.out.contains("apikey-5f1e2d3c4b5a"));
        const auto remote =
            account({"add", "--kind", "verifier", "--url", "http://verifier.example.com"});
        QCOMPARE(remote.exitCode, 1);
        QVERIFY(remote.err.contains("wallet.invalid_url"));
        QCOMPARE(account({"add", "--kind", "verifier"}).exitCode, 64);
        QCOMPARE(account({"add", "--kind", "verifier", "--url", "https://v.example.com",
                          "--api-key-file", key, "--token-file", key})
                     .exitCode,
                 64);
        QCOMPARE(account({"remove", "Local agent"}).exitCode, 0);
        QCOMPARE(account({"remove", "Local agent"}).exitCode, 1);
    }

    void backupRestoreAndPassphrase()
    {
        const QString backupPass = write("backup-pass.txt", "a different one\n");
        const QString backup = m_dir.filePath("cli.vcbackup");
        const auto written =
            wallet({"backup", "--out", backup, "--backup-passphrase-file", backupPass});
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QCOMPARE(
            wallet({"backup", "--out", backup, "--backup-passphrase-file", backupPass}).exitCode,
            3); // never overwrites

        const QString restored = m_dir.filePath("restored.db");
        const auto back =
            wallet({"restore", "--in", backup, "--backup-passphrase-file", backupPass}, restored);
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QCOMPARE(count(restored), count());

        // A wrong backup passphrase or a changed byte: exit non-zero, no wallet written.
        const QString other = m_dir.filePath("other.db");
        const auto wrong =
            wallet({"restore", "--in", backup, "--backup-passphrase-file", m_pass}, other);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(!QFile::exists(other));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        const auto tampered = wallet({"restore", "--in", write("tampered.vcbackup", bytes),
                                      "--backup-passphrase-file", backupPass},
                                     other);
        QCOMPARE(tampered.exitCode, 3);
        QVERIFY(tampered.err.contains("backup.tampered"));
        QVERIFY(!QFile::exists(other));

        // Changing the passphrase: the old one stops working, the content stays.
        const QString next = write("next.txt", "the new passphrase\n");
        QCOMPARE(wallet({"passphrase", "--new-passphrase-file", next}).exitCode, 0);
        QCOMPARE(wallet({"keys", "--generate", "ES256"}).exitCode, 2);
        QCOMPARE(test::runVcdesk({"wallet", "keys", "--generate", "ES256", "--wallet", m_wallet,
                                  "--passphrase-file", next})
                     .exitCode,
                 0);
        // Listing needs the passphrase too: the old one shows nothing, the new one the content.
        const auto stale = wallet({"list", "--json"});
        QCOMPARE(stale.exitCode, 2);
        QVERIFY(stale.out.isEmpty());
        const QString kept = m_pass;
        m_pass = next;
        QCOMPARE(count(), 1);
        m_pass = kept;
    }

    void keychainWithoutAServiceFailsCleanly()
    {
        // No session bus: the keychain is unavailable, said plainly, and nothing changes.
        const QHash<QString, QString> noBus{{"DBUS_SESSION_BUS_ADDRESS", "disabled:"},
                                            {"DISPLAY", ""}};
        const QStringList common{"--wallet", m_wallet, "--passphrase-file",
                                 m_dir.filePath("next.txt")};
        const auto remember =
            test::runVcdesk(QStringList{"wallet", "keychain", "remember"} + common, {}, noBus);
        QCOMPARE(remember.exitCode, 3);
        QVERIFY2(remember.err.contains("keychain.unavailable"), remember.err.constData());
        const auto unlock = test::runVcdesk(
            {"wallet", "keys", "--generate", "ES256", "--keychain", "--wallet", m_wallet}, {},
            noBus);
        QCOMPARE(unlock.exitCode, 3);
        QCOMPARE(test::runVcdesk(QStringList{"wallet", "keychain", "sideways"} + common).exitCode,
                 64);
    }
};

QTEST_GUILESS_MAIN(TestCliWallet)
#include "tst_cli_wallet.moc"
