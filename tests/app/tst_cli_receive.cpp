// `vcdesk receive` as a person runs it. An offer that needs the person to sign in at the issuer
// (OpenID4VCI authorization code flow): the address is printed, $BROWSER is started with it
// (here a scripted browser), the sign-in comes back to the wallet's loopback port, and the
// credential is stored; a declined sign-in stores nothing and says why. A batch: --key given
// several times binds one credential to each key.

#include "core/store/CredentialSearch.h"
#include "core/store/Wallet.h"
#include "support/CliRunner.h"
#include "support/LocalSignInServer.h"
#include "support/LocalVciIssuer.h"
#include "support/WalletFixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class CliReceiveTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wallet;
    QString m_passphrase;

    test::Run receive(const QString &offer, const QStringList &more = {})
    {
        return test::runVcdesk(QStringList{"receive", "--yes", "--json", "--allow-loopback-http",
                                           "--wallet", m_wallet, "--passphrase-file", m_passphrase,
                                           offer} +
                                   more,
                               {}, {{"BROWSER", QStringLiteral(VCDESK_SCRIPTED_BROWSER)}});
    }

    int storedCredentials()
    {
        auto wallet = Wallet::open(m_wallet, Wallet::Access::ReadOnly);
        QByteArray passphrase = "pass";
        if (!wallet || !(*wallet)->unlock(passphrase))
            return -1;
        CredentialQuery query;
        query.profileId = (*wallet)->profiles().resolve({}).value().id;
        auto count = (*wallet)->search().count(query);
        return count ? int(count.value()) : -1;
    }

private slots:
    void initTestCase()
    {
        m_wallet = m_dir.filePath("w.db");
        m_passphrase = m_dir.filePath("pass");
        QVERIFY(test::writePassphraseFile(m_passphrase));
        test::createWallet(m_wallet);
    }

    void unconfirmedWithJsonAnswersInJsonAndAsksNothing()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, true);
        const test::Run run =
            test::runVcdesk({"receive", "--json", "--allow-loopback-http", "--wallet", m_wallet,
                             "--passphrase-file", m_passphrase, issuer.signInOffer("s")});
        QCOMPARE(run.exitCode, 64);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value("error").toObject().value("code").toString(),
                 QStringLiteral("vci.not_confirmed"));
        QCOMPARE(issuer.server.hits("/par"), 0);
        QCOMPARE(storedCredentials(), 0);
    }

    void aDeclinedSignInStoresNothing()
    {
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, true);
        signIn.state->decline = true;
        issuer.issueToTheProvenKey();
        const test::Run run = receive(issuer.signInOffer("s"));
        QVERIFY2(run.exitCode != 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value("error").toObject().value("code").toString(),
                 QStringLiteral("vci.authorization_access_denied"));
        QVERIFY(report.value("offer").toObject().value("signIn").toBool());
        QCOMPARE(issuer.server.hits("/token"), 0);
        QCOMPARE(storedCredentials(), 0);
    }

    void aBatchBindsOneCredentialToEachKeyNamed()
    {
        QStringList dids;
        {
            auto wallet = Wallet::open(m_wallet, Wallet::Access::ReadWrite);
            QByteArray passphrase = "pass";
            QVERIFY(wallet && (*wallet)->unlock(passphrase));
            const qint64 profile = (*wallet)->profiles().resolve({}).value().id;
            for (int i = 0; i < 2; ++i) {
                auto key =
                    (*wallet)->keys().generate(profile, KeyType::P256, KeyStore::DidMethod::Jwk);
                VCDESK_VERIFY_OK(key);
                dids << key->did;
            }
        }
        const int before = storedCredentials();
        test::LocalVciIssuer issuer;
        issuer.issueBatches(2);
        const test::Run tooMany =
            receive(issuer.offer(), {"--key", dids[0], "--key", dids[1], "--key", dids[0]});
        QVERIFY(tooMany.exitCode != 0);
        QCOMPARE(QJsonDocument::fromJson(tooMany.out)
                     .object()
                     .value("error")
                     .toObject()
                     .value("code")
                     .toString(),
                 QStringLiteral("vci.batch_too_large"));
        QCOMPARE(issuer.server.hits("/token"), 0);

        const test::Run run = receive(issuer.offer(), {"--key", dids[0], "--key", dids[1]});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray stored =
            QJsonDocument::fromJson(run.out).object().value("stored").toArray();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(storedCredentials(), before + 2);
        QSet<QString> subjects;
        for (const QJsonValue &credential : stored)
            subjects.insert(credential.toObject().value("subject").toString());
        QCOMPARE(subjects, (QSet<QString>{dids[0], dids[1]}));
    }

    void signsInThroughTheBrowserAndStores()
    {
        const int before = storedCredentials();
        test::LocalVciIssuer issuer;
        test::LocalSignInServer signIn;
        signIn.install(issuer, true);
        issuer.issueToTheProvenKey();
        const test::Run run =
            receive(issuer.signInOffer("from-the-issuer"), {"--client-id", "wallet-dev"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The address is printed for a person whose browser does not start.
        QVERIFY2(run.err.contains("Open this address in your browser"), run.err.constData());
        QVERIFY(run.err.contains(issuer.identifier().toLatin1() + "/authorize?client_id="));
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value("stored").toArray().size(), 1);
        QCOMPARE(issuer.server.hits("/par"), 1);
        {
            QMutexLocker lock(&signIn.state->mutex);
            QCOMPARE(signIn.state->lastAuthorization.value("issuer_state"),
                     QStringLiteral("from-the-issuer"));
            QCOMPARE(signIn.state->lastAuthorization.value("client_id"),
                     QStringLiteral("wallet-dev"));
            QVERIFY2(signIn.state->lastTokenProblem.isEmpty(),
                     qPrintable(signIn.state->lastTokenProblem));
        }
        QCOMPARE(storedCredentials(), before + 1);
    }
};

QTEST_MAIN(CliReceiveTest)
#include "tst_cli_receive.moc"
