// The window's OpenID4VCI controller against a local issuer on loopback and a real wallet:
// an offer read, a transaction code typo said before anything is sent, credentials stored all
// at once with the issuer told; something not to keep shown for the person to decide (keep
// or discard, the issuer told either way); links that are no offer; cancel; a lock.

#include "core/common/Activity.h"
#include "core/store/Wallet.h"
#include "models/ReceiveController.h"
#include "support/LocalVciIssuer.h"
#include "support/SessionDriver.h"
#include "support/WalletFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;
using State = ReceiveController::State;
using Kind = ReceiveController::Outcome::Kind;

class ReceiveControllerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_walletPath;
    qint64 m_profile = 0;
    QString m_holderDid;

    NetworkPolicy loopback() const
    {
        NetworkPolicy policy;
        policy.allowLoopbackHttp = true;
        policy.maxRetries = 0;
        return policy;
    }

    /// How many credentials the profile holds, read through the session (unlocked).
    int storedCredentials(WalletSession &session) const
    {
        const qint64 profile = m_profile;
        auto *reading = session.read<int>(
            [profile](Wallet &wallet, const ActivityBase::Context &) -> Result<int> {
                CredentialQuery query;
                query.profileId = profile;
                query.limit = 500;
                auto page = wallet.search().page(query);
                if (!page)
                    return page.error();
                return int(page->rows.size());
            });
        QSignalSpy done(reading, &ActivityBase::finished);
        if (!done.wait(10000))
            return -1;
        return reading->result().value_or(-1);
    }

    /// The notification the issuer received, once it came (it goes out on its own).
    static QString notified(test::LocalVciIssuer &issuer)
    {
        if (!QTest::qWaitFor([&] { return issuer.server.hits("/notification") > 0; }, 10000))
            return QStringLiteral("(none)");
        return QJsonDocument::fromJson(issuer.server.lastRequest("/notification").body)
            .object()
            .value("event")
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_walletPath = m_dir.filePath("wallet.db");
        auto wallet = test::createWallet(m_walletPath);
        m_profile = wallet->profiles().list().value().first().id;
        m_holderDid = wallet->keys().list(m_profile).value().first().did;
    }

    void anOfferIsReadThenStoredAndTheIssuerTold()
    {
        test::LocalVciIssuer issuer;
        issuer.server.route("/credential",
                            test::LocalVciIssuer::issued(issuer.credentialFor(m_holderDid)));
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        const int before = storedCredentials(*session);
        ReceiveController controller(*session, m_profile);
        controller.setNetworkPolicy(loopback());
        controller.setLanguages({"en"});
        QSignalSpy consent(&controller, &ReceiveController::consentNeeded);
        QSignalSpy failed(&controller, &ReceiveController::failed);
        QSignalSpy finished(&controller, &ReceiveController::finished);
        controller.start(issuer.offer(4));
        QCOMPARE(controller.state(), State::Opening);
        QVERIFY(consent.wait(10000));
        QCOMPARE(controller.state(), State::AwaitingConsent);
        QVERIFY(controller.needsTransactionCode());
        QCOMPARE(controller.offer().issuer.display().pick({"en"}).name,
                 QStringLiteral("Local issuer"));

        controller.accept("12"); // four digits were announced
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains("4"));
        QCOMPARE(controller.state(), State::AwaitingConsent);
        QCOMPARE(issuer.server.hits("/token"), 0);

        controller.accept("1234");
        QVERIFY(finished.wait(15000));
        QCOMPARE(controller.outcome().kind, Kind::Stored);
        QCOMPARE(controller.outcome().storedIds.size(), 1);
        QCOMPARE(storedCredentials(*session), before + 1);
        QCOMPARE(notified(issuer), QStringLiteral("credential_accepted"));
    }

    void whatShouldNotBeKeptWaitsForThePerson()
    {
        // Someone else's credential can only be discarded; one that does not verify may be
        // kept (as not valid) when the person says so.
        for (const bool keep : {false, true}) {
            test::LocalVciIssuer issuer;
            QByteArray credential = issuer.credentialFor(keep ? m_holderDid : "did:example:other");
            if (keep) {
                const qsizetype at = credential.lastIndexOf('.') + 5;
                credential[at] = credential[at] == 'A' ? 'B' : 'A';
            }
            issuer.server.route("/credential", test::LocalVciIssuer::issued(credential));
            auto session = test::unlockedSession(m_walletPath);
            QVERIFY(session);
            const int before = storedCredentials(*session);
            ReceiveController controller(*session, m_profile);
            controller.setNetworkPolicy(loopback());
            QSignalSpy consent(&controller, &ReceiveController::consentNeeded);
            QSignalSpy decision(&controller, &ReceiveController::decisionNeeded);
            QSignalSpy finished(&controller, &ReceiveController::finished);
            controller.start(issuer.offer());
            QVERIFY(consent.wait(10000));
            controller.accept({});
            QVERIFY(decision.wait(15000));
            QCOMPARE(controller.state(), State::AwaitingDecision);
            QCOMPARE(controller.received().first().problem.code,
                     keep ? QStringLiteral("vci.credential_not_valid")
                          : QStringLiteral("vci.wrong_key"));
            QCOMPARE(controller.canKeepAnyway(), keep);
            if (!keep) {
                controller.keepAnyway(); // refused: nothing happens
                QCOMPARE(controller.state(), State::AwaitingDecision);
            }
            QCOMPARE(storedCredentials(*session), before); // nothing yet
            if (keep)
                controller.keepAnyway();
            else
                controller.discard();
            QVERIFY(finished.size() == 1 || finished.wait(10000));
            QCOMPARE(controller.outcome().kind, keep ? Kind::Stored : Kind::Discarded);
            QCOMPARE(storedCredentials(*session), before + (keep ? 1 : 0));
            QCOMPARE(notified(issuer), keep ? QStringLiteral("credential_accepted")
                                            : QStringLiteral("credential_deleted"));
        }
    }

    void linksThatAreNoOfferAreSaidAtOnce()
    {
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        ReceiveController controller(*session, m_profile);
        QSignalSpy failed(&controller, &ReceiveController::failed);
        controller.start("openid4vp://?request_uri=https%3A%2F%2Fv.example%2Fr");
        QCOMPARE(failed.size(), 1);
        QCOMPARE(controller.state(), State::Idle);
        controller.start("   ");
        QCOMPARE(failed.size(), 2);
    }

    void aRefusalIsASentence()
    {
        test::LocalVciIssuer issuer;
        issuer.server.route(
            "/token", {400, test::compactJson({{"error", "invalid_grant"},
                                               {"error_description", "the code has expired"}})});
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        ReceiveController controller(*session, m_profile);
        controller.setNetworkPolicy(loopback());
        QSignalSpy consent(&controller, &ReceiveController::consentNeeded);
        QSignalSpy finished(&controller, &ReceiveController::finished);
        controller.start(issuer.offer());
        QVERIFY(consent.wait(10000));
        controller.accept({});
        QVERIFY(finished.wait(15000));
        QCOMPARE(controller.outcome().kind, Kind::Failed);
        QCOMPARE(controller.outcome().error.code, QStringLiteral("vci.token_invalid_grant"));
        QVERIFY(controller.outcome().text.contains("expired"));
    }

    void cancelStopsASlowIssuerAndALockEndsEverything()
    {
        test::LocalVciIssuer issuer;
        issuer.server.route(
            "/token", {200, test::compactJson({{"access_token", "t"}, {"token_type", "Bearer"}}),
                       "application/json", 8000});
        auto session = test::unlockedSession(m_walletPath);
        QVERIFY(session);
        ReceiveController controller(*session, m_profile);
        controller.setNetworkPolicy(loopback());
        QSignalSpy consent(&controller, &ReceiveController::consentNeeded);
        QSignalSpy finished(&controller, &ReceiveController::finished);
        controller.start(issuer.offer());
        QVERIFY(consent.wait(10000));
        controller.accept({});
        QVERIFY(QTest::qWaitFor([&] { return issuer.server.hits("/token") > 0; }, 10000));
        QElapsedTimer clock;
        clock.start();
        controller.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 3000, "cancel took too long");
        QCOMPARE(controller.outcome().kind, Kind::Cancelled);
        QCOMPARE(issuer.server.hits("/credential"), 0);

        controller.start(issuer.offer());
        QVERIFY(
            QTest::qWaitFor([&] { return controller.state() == State::AwaitingConsent; }, 10000));
        session->lock();
        QVERIFY(QTest::qWaitFor([&] { return controller.state() == State::Idle; }, 10000));
    }
};

QTEST_MAIN(ReceiveControllerTest)
#include "tst_receive_controller.moc"
