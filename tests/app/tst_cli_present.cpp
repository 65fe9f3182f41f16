// `vcdesk present` as a holder runs it: the real binary against vcdesk-agent's verifier on
// loopback, with the wallet file on disk. Exit 0 only when the verifier accepted; nothing is
// sent without --yes when no one can be asked; declining is told to the verifier, having
// nothing that fits is not (unless the person declines); a verifier's own words cannot pass
// for vcdesk's lines; credentials the wallet holds as not valid are never sent unasked;
// optional claims stay in the wallet unless named with --share-optional.

#include "agent/AgentServer.h"
#include "core/api/VerifierApiClient.h"
#include "core/crypto/Jwk.h"
#include "core/net/HttpClient.h"
#include "core/verify/TrustList.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/PresentationFactory.h"
#include "support/ReportHelpers.h"
#include "support/TestHttpServer.h"
#include "support/WalletFixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class CliPresentTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    QString m_walletPath;
    QString m_passphraseFile;
    qint64 m_credentialId = 0;

    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray err;
    };

    /// Runs vcdesk without blocking this thread's event loop: the agent answers from it.
    Run present(const QStringList &args, bool json = true, QByteArray *textOut = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_DATA_HOME", m_dir.filePath("xdg-data"));
        env.insert("XDG_CACHE_HOME", m_dir.filePath("xdg-cache"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VCDESK_BINARY),
                      QStringList{"present", "--wallet", m_walletPath, "--passphrase-file",
                                  m_passphraseFile, "--allow-loopback-http"} +
                          (json ? QStringList{"--json"} : QStringList{}) + args);
        process.closeWriteChannel();
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000)
            QTest::qWait(10);
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        const QByteArray out = process.readAllStandardOutput();
        run.json = QJsonDocument::fromJson(out).object();
        if (textOut)
            *textOut = out;
        run.err = process.readAllStandardError();
        return run;
    }

    /// Runs vcdesk present at a terminal (a pseudo-terminal from util-linux `script`), typing
    /// `typed` at its prompt; returns the exit code.
    int presentAtTerminal(const QString &uri, const QByteArray &typed)
    {
        auto quote = [](QString text) { return "'" + text.replace("'", "'\\''") + "'"; };
        const QString command =
            QStringList{quote(VCDESK_BINARY),    "present",           "--wallet",
                        quote(m_walletPath),     "--passphrase-file", quote(m_passphraseFile),
                        "--allow-loopback-http", quote(uri)}
                .join(' ');
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_DATA_HOME", m_dir.filePath("xdg-data"));
        env.insert("XDG_CACHE_HOME", m_dir.filePath("xdg-cache"));
        process.setProcessEnvironment(env);
        process.start("script", {"-qec", command, "/dev/null"});
        QElapsedTimer timer;
        timer.start();
        bool typedYet = false;
        QByteArray screen;
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
            QTest::qWait(10);
            screen += process.readAllStandardOutput();
            // Type once the question is on the screen.
            if (!typedYet && screen.contains("send nothing")) {
                process.write(typed + "\r");
                typedYet = true;
            }
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    VerifierApiClient verifier() const
    {
        const QByteArray token = test::AgentDescription{m_agent->description()}.verifierToken();
        return VerifierApiClient(QUrl(m_agent->baseUrl()), token, test::loopbackPolicy());
    }

    AuthStatus statusOf(const VerifierApiClient::AuthRequest &created)
    {
        return verifier().authStatus(created.correlationId, created.definitionId).value();
    }

private slots:
    void initTestCase()
    {
        auto agent =
            test::AgentThread::start(QHostAddress::LocalHost, 0, m_dir.filePath("agent"), 60000);
        VCDESK_VERIFY_OK(agent);
        m_agent = std::move(agent).value();
        m_walletPath = m_dir.filePath("wallet.db");
        m_passphraseFile = m_dir.filePath("passphrase");
        QFile file(m_passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pass\n");
        file.close();

        auto wallet = test::createWallet(m_walletPath);
        const qint64 profileId = wallet->profiles().list().value().first().id;
        auto added = test::issueIntoWallet(m_agent->baseUrl(), {m_agent->description()}, *wallet,
                                           profileId, QJsonObject{{"name", "Alice"}});
        VCDESK_VERIFY_OK(added);
        m_credentialId = added.value();
    }

    void acceptedPresentationExitsZero()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const Run run = present({"--yes", created->authRequestUri});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.json.value("sent").toBool());
        QCOMPARE(run.json.value("answer").toObject().value("status").toInt(), 200);
        const QJsonObject part =
            run.json.value("request").toObject().value("parts").toArray().first().toObject();
        QCOMPARE(
            part.value("candidates").toArray().first().toObject().value("credentialId").toInteger(),
            m_credentialId);
        QCOMPARE(statusOf(created.value()).state, AuthStatus::State::Verified);
        QVERIFY(run.json.value("history").toObject().value("kept").toBool());

        // While another vcdesk holds the wallet for writing, presenting still works; the
        // answer is not kept in the history, and that is said.
        auto count = [this]() -> qint64 {
            auto wallet = Wallet::open(m_walletPath, Wallet::Access::ReadOnly);
            QByteArray passphrase("pass");
            if (!wallet || !wallet.value()->unlock(passphrase))
                return -1;
            const qint64 profile = wallet.value()->profiles().list().value().first().id;
            return wallet.value()->presentations().count(profile).value();
        };
        const qint64 kept = count();
        QVERIFY(kept >= 1);
        {
            auto writer = Wallet::open(m_walletPath, Wallet::Access::ReadWrite);
            VCDESK_VERIFY_OK(writer);
            auto again = verifier().createAuthRequest("membershipCredential");
            VCDESK_VERIFY_OK(again);
            const Run held = present({"--yes", again->authRequestUri});
            QVERIFY2(held.exitCode == 0, held.err.constData());
            const QJsonObject history = held.json.value("history").toObject();
            QVERIFY(!history.value("kept").toBool());
            QVERIFY(history.value("problem").toString().contains("read-only"));
            QCOMPARE(statusOf(again.value()).state, AuthStatus::State::Verified);
        }
        QCOMPARE(count(), kept);
    }

    void nothingIsSentWithoutConsent()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const Run run = present({created->authRequestUri}); // no --yes, no terminal to ask
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.err.contains("--yes"));
        QCOMPARE(statusOf(created.value()).state, AuthStatus::State::Sent); // fetched, no answer
    }

    void declineIsToldToTheVerifierButNoMatchIsNot()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const Run declined = present({"--decline", created->authRequestUri});
        QCOMPARE(declined.exitCode, 1);
        QCOMPARE(declined.json.value("error").toObject().value("code").toString(),
                 QStringLiteral("oid4vp.declined"));
        QVERIFY(statusOf(created.value()).error.contains("access_denied"));

        auto email = verifier().createAuthRequest("emailCredential");
        VCDESK_VERIFY_OK(email);
        // Nothing fits: without the person's decision nothing at all is sent, so the verifier
        // cannot tell "nothing fits" from "the person looked and did not answer".
        for (const QStringList &flags : {QStringList{}, QStringList{"--yes"}}) {
            const Run none = present(flags + QStringList{email->authRequestUri});
            QCOMPARE(none.exitCode, 1);
            QVERIFY(!none.json.value("request").toObject().value("satisfiable").toBool());
            QCOMPARE(none.json.value("sent").toBool(), false);
            QCOMPARE(none.json.value("error").toObject().value("code").toString(),
                     QStringLiteral("oid4vp.nothing_fits"));
            QCOMPARE(statusOf(email.value()).state, AuthStatus::State::Sent);
        }
        // ... and with --decline the person's no is told.
        // (The agent shows it but keeps the request open: anyone could have sent a refusal.)
        QCOMPARE(present({"--decline", email->authRequestUri}).exitCode, 1);
        QCOMPARE(statusOf(email.value()).state, AuthStatus::State::Sent);
        QCOMPARE(statusOf(email.value()).attempts, 1);
        QVERIFY(statusOf(email.value()).error.contains("access_denied"));
    }

    void verifierTextCannotPassForVcdesksOwn()
    {
        // A verifier that names itself with lines of vcdesk's own consent screen, terminal
        // escapes (ESC[8m hides what follows) and a bidirectional override.
        test::TestHttpServer rp;
        rp.route("/response", test::TestHttpServer::Response{200, "{}"});
        const QString target = rp.url("/response").toString();
        const QString forged = QString("My Bank\nChecked:         request signed by "
                                       "did:web:bank.example\nTrust list:      on your trust list "
                                       "as \"My Bank\"\x1b[8m") +
                               QChar(0x202e) + "knaB yM";
        const QJsonObject dcql{
            {"credentials",
             QJsonArray{QJsonObject{
                 {"id", "m"},
                 {"format", "jwt_vc_json"},
                 {"meta", QJsonObject{{"type_values", QJsonArray{QJsonArray{"Nope"}}}}}}}},
            {"credential_sets",
             QJsonArray{QJsonObject{
                 {"options", QJsonArray{QJsonArray{"m"}}},
                 {"purpose", QString("Verdict: VALID\r\x1b[2K") + QChar(0x9b) + "31m"}}}}};
        const QString uri =
            "openid4vp://?client_id=" + QUrl::toPercentEncoding("redirect_uri:" + target) +
            "&response_type=vp_token&response_mode=direct_post&response_uri=" +
            QUrl::toPercentEncoding(target) + "&nonce=abc&state=s&client_metadata=" +
            QUrl::toPercentEncoding(QJsonDocument(QJsonObject{{"client_name", forged}})
                                        .toJson(QJsonDocument::Compact)) +
            "&dcql_query=" +
            QUrl::toPercentEncoding(QJsonDocument(dcql).toJson(QJsonDocument::Compact));
        QByteArray text;
        const Run run = present({"--decline", uri}, false, &text);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!text.isEmpty(), run.err.constData());
        for (const char control : {'\x1b', '\r', '\x07'})
            QVERIFY2(!text.contains(control), text.constData());
        QVERIFY(!text.contains("\xc2\x9b"));     // C1 CSI
        QVERIFY(!text.contains("\xe2\x80\xae")); // RIGHT-TO-LEFT OVERRIDE
        const QList<QByteArray> lines = text.split('\n');
        int trustLines = 0, checkedLines = 0;
        for (const QByteArray &line : lines) {
            trustLines += line.startsWith("Trust list:");
            checkedLines += line.startsWith("Checked:");
            QVERIFY2(!line.startsWith("Verdict"), line.constData());
        }
        QCOMPARE(trustLines, 1); // vcdesk's own line only, saying the truth
        QCOMPARE(checkedLines, 1);
        QVERIFY(text.contains("Trust list:      not on your trust list"));
        // The verifier's words are quoted, apart, under a heading that says they are unchecked.
        QVERIFY(text.contains("not checked by vcdesk"));
        QVERIFY(text.contains("  | name:    \"My Bank\\u000aChecked:"));
        QVERIFY(text.contains("\\u001b[2K\\u009b31m\""));
        QCOMPARE(rp.hits("/response"), 1); // the decline
    }

    void notValidCredentialsAreNeverSentUnasked()
    {
        // A tampered copy of the holder's credential, which the wallet knows is invalid.
        QByteArray tamperedId;
        {
            auto wallet = Wallet::open(m_walletPath, Wallet::Access::ReadWrite);
            VCDESK_VERIFY_OK(wallet);
            QByteArray pass = "pass";
            VCDESK_VERIFY_OK(wallet.value()->unlock(pass));
            auto good = wallet.value()->credentials().open(m_credentialId);
            VCDESK_VERIFY_OK(good);
            CredentialRecord bad = good.value();
            bad.id = 0;
            bad.uid.clear();
            // Change one character in the middle of the signature: always still base64url,
            // always different bytes (an end character may carry padding bits only).
            const qsizetype signatureStart = bad.raw.indexOf('.', bad.raw.indexOf('.') + 1) + 1;
            QVERIFY(signatureStart > 0 && signatureStart + 10 < bad.raw.size());
            char &flipped = bad.raw[signatureStart + 10];
            flipped = flipped == 'A' ? 'B' : 'A';
            bad.verdict = Verdict::Invalid;
            auto added = wallet.value()->credentials().add(bad.profileId, bad);
            VCDESK_VERIFY_OK(added);
            tamperedId = QByteArray::number(added.value());
        }
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const Run run = present({"--yes", created->authRequestUri});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray candidates = run.json.value("request")
                                          .toObject()
                                          .value("parts")
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value("candidates")
                                          .toArray();
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates.first().toObject().value("credentialId").toInteger(), m_credentialId);
        QCOMPARE(candidates.last().toObject().value("valid").toBool(), false);
        QVERIFY(!candidates.last().toObject().value("notValidReason").toString().isEmpty());
        QCOMPARE(statusOf(created.value()).state, AuthStatus::State::Verified);

        // Chosen explicitly but with no terminal to confirm it at: refused, nothing sent.
        auto second = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(second);
        const Run chosen = present({"--yes", "--select", tamperedId, second->authRequestUri});
        QCOMPARE(chosen.exitCode, 1);
        QCOMPARE(chosen.json.value("error").toObject().value("code").toString(),
                 QStringLiteral("oid4vp.not_valid_choice"));
        QCOMPARE(statusOf(second.value()).state, AuthStatus::State::Sent);
    }

    void atATerminalTheDefaultSendsNothingOnEveryPath()
    {
        // Issue 11, item 11: Enter (or anything but y/d) sends nothing, whether something fits
        // or not, so a verifier cannot learn from the person's silence what the wallet holds;
        // "d" declines on either path; "y" sends.
        auto fits = verifier().createAuthRequest("membershipCredential");
        auto none = verifier().createAuthRequest("emailCredential");
        VCDESK_VERIFY_OK(fits);
        VCDESK_VERIFY_OK(none);
        QCOMPARE(presentAtTerminal(fits->authRequestUri, ""), 1);
        QCOMPARE(presentAtTerminal(none->authRequestUri, ""), 1);
        QCOMPARE(statusOf(fits.value()).state, AuthStatus::State::Sent);
        QCOMPARE(statusOf(none.value()).state, AuthStatus::State::Sent);
        QCOMPARE(presentAtTerminal(none->authRequestUri, "d"), 1);
        QCOMPARE(statusOf(none.value()).attempts, 1);
        QVERIFY(statusOf(none.value()).error.contains("access_denied"));
        QCOMPARE(presentAtTerminal(fits->authRequestUri, "y"), 0);
        QCOMPARE(statusOf(fits.value()).state, AuthStatus::State::Verified);
    }

    void badInputGivesCodes()
    {
        const Run scheme = present({"--yes", "mailto:someone@example.com"});
        QCOMPARE(scheme.exitCode, 1);
        QCOMPARE(scheme.json.value("error").toObject().value("code").toString(),
                 QStringLiteral("oid4vp.scheme"));
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const Run foreign = present({"--yes", "--select", "999", created->authRequestUri});
        QCOMPARE(foreign.exitCode, 64);
        QCOMPARE(statusOf(created.value()).state, AuthStatus::State::Sent);
        QFile file(m_passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("wrong\n");
        file.close();
        const Run wrong = present({"--yes", created->authRequestUri});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pass\n");
    }

    void anOptionalClaimStaysInTheWalletUnlessShared()
    {
        // As tst_present_page does it: the verifier asks for an e-mail credential's email, and
        // its name only if the holder wants (DCQL claim sets); a wallet of its own holds such
        // an SD-JWT VC, bound to its key, from an issuer the verifier trusts.
        const QByteArray admin =
            test::AgentDescription{m_agent->description()}.verifierToken("Verifier_Admin");
        HttpRequest define;
        define.method = "PUT";
        define.url = QUrl(m_agent->baseUrl() + "/private/webapp/definitions/emailOptional");
        define.headers << qMakePair(QByteArray("Authorization"), "Bearer " + admin);
        define.contentType = "application/json";
        define.body = R"({"types":["EmailCredential"],"claims":["email"],)"
                      R"("optionalClaims":["name"],"query":"dcql"})";
        auto defined = HttpClient(test::loopbackPolicy()).sendAndWait(define);
        VCDESK_VERIFY_OK(defined);
        QCOMPARE(defined->status, 200);
        const test::Issuer issuer = test::Issuer::make(KeyType::P256);
        TrustList trust = TrustList::load(m_dir.filePath("agent/trust-list.json")).value();
        VCDESK_VERIFY_OK(trust.add(issuer.did, "Mail Example"));
        VCDESK_VERIFY_OK(trust.save(m_dir.filePath("agent/trust-list.json")));

        const QString sharedWallet = m_walletPath;
        const auto restore = qScopeGuard([&] { m_walletPath = sharedWallet; });
        m_walletPath = m_dir.filePath("optional.db");
        qint64 id = 0;
        {
            auto wallet = test::createWallet(m_walletPath);
            const qint64 profile = wallet->profiles().list().value().first().id;
            const HolderKey key = wallet->keys().defaultKey(profile).value();
            CredentialRecord record;
            record.raw = test::sdJwtVc(
                issuer, Jwk::toPublicKey(key.publicJwk).value(), "EmailCredential",
                QJsonObject{{"email", "alice@mail.example"}, {"name", "Alice Example"}},
                {"email", "name"});
            record.format = "dc+sd-jwt";
            record.title = record.primaryType = "EmailCredential";
            record.types = QStringList{"EmailCredential"};
            record.issuer = issuer.did;
            record.verdict = Verdict::Valid;
            record.sourceKind = "import";
            auto added = wallet->credentials().add(profile, record);
            VCDESK_VERIFY_OK(added);
            id = added.value();
        }

        // The consent marks the optional claim; a path that is no optional claim sends nothing.
        auto typo = verifier().createAuthRequest("emailOptional");
        VCDESK_VERIFY_OK(typo);
        QByteArray text;
        const Run mistaken =
            present({"--yes", "--share-optional", "nmae", typo->authRequestUri}, false, &text);
        QCOMPARE(mistaken.exitCode, 64);
        QVERIFY2(mistaken.err.contains("--share-optional nmae"), mistaken.err.constData());
        QVERIFY2(text.contains("Alice Example  (optional: stays in your wallet unless "
                               "--share-optional name)"),
                 text.constData());
        QVERIFY(!text.contains("alice@mail.example  (optional"));        // required: no mark
        QCOMPARE(statusOf(typo.value()).state, AuthStatus::State::Sent); // nothing sent

        for (const bool shareName : {false, true}) {
            auto created = verifier().createAuthRequest("emailOptional");
            VCDESK_VERIFY_OK(created);
            const Run run =
                present(QStringList{"--yes"} +
                        (shareName ? QStringList{"--share-optional", "name"} : QStringList{}) +
                        QStringList{created->authRequestUri});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject candidate = run.json.value("request")
                                              .toObject()
                                              .value("parts")
                                              .toArray()
                                              .first()
                                              .toObject()
                                              .value("candidates")
                                              .toArray()
                                              .first()
                                              .toObject();
            QCOMPARE(candidate.value("optionalClaims").toArray(), QJsonArray{"name"});
            const QJsonObject withheld = run.json.value("withheld").toObject();
            QCOMPARE(withheld.value(QString::number(id)).toArray(),
                     shareName ? QJsonArray{} : QJsonArray{"name"});
            const AuthStatus status =
                verifier().authStatus(created->correlationId, "emailOptional").value();
            QCOMPARE(status.state, AuthStatus::State::Verified);
            QCOMPARE(status.verifiedData.value("email").toString(),
                     QStringLiteral("alice@mail.example"));
            QCOMPARE(status.verifiedData.contains("name"), shareName); // only what was chosen
        }

        // Said in --help.
        QProcess help;
        help.start(QStringLiteral(VCDESK_BINARY), {"present", "--help"});
        QVERIFY(help.waitForFinished(30000));
        QVERIFY(help.readAllStandardOutput().contains("--share-optional <PATH>"));
    }
};

QTEST_GUILESS_MAIN(CliPresentTest)
#include "tst_cli_present.moc"
