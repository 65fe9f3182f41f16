// `vcdesk receive` on an offer that needs the person to sign in at the issuer (OpenID4VCI
// authorization code flow), as a person runs it: the address is printed, $BROWSER is started
// with it (here a scripted browser), the sign-in comes back to the wallet's loopback port,
// and the credential is stored; a declined sign-in stores nothing and says why.

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

class CliReceiveSignInTest : public QObject
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

    void signsInThroughTheBrowserAndStores()
    {
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
        QCOMPARE(storedCredentials(), 1);
    }
};

QTEST_MAIN(CliReceiveSignInTest)
#include "tst_cli_receive_sign_in.moc"
