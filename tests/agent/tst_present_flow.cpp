// The holder side of seed 002, end to end: a wallet (real SQLite, sealed keys) holding a
// credential the agent issued to it, the agent's openid-vc:// request resolved and the
// verifier authenticated by its DID, the Presentation Exchange definition matched, consent
// data, and the presentation posted over direct_post until the agent says "verified". Also a
// JSON-LD credential, asked for by DCQL and presented in a Data Integrity VP.

#include "agent/AgentServer.h"
#include "core/api/VerifierApiClient.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/net/HttpClient.h"
#include "core/oid4vp/PresentationFlow.h"
#include "core/oid4vp/PresentationSession.h"
#include "core/store/CredentialImporter.h"
#include "core/store/WalletHost.h"
#include "core/verify/DataIntegritySigner.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/TestHttpServer.h"
#include "support/TokenFactory.h"
#include "support/WalletFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace vcdesk;

class PresentFlowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    std::unique_ptr<Wallet> m_wallet;
    qint64 m_profileId = 0;
    qint64 m_credentialId = 0;
    test::AgentDescription m_description;
    QByteArray m_token;

    RequestResolver::Options options() const
    {
        RequestResolver::Options o;
        o.policy = test::loopbackPolicy();
        o.trust.didResolver = MultiMethodDidResolver::createDefault(o.policy);
        return o;
    }

    VerifierApiClient verifier() const
    {
        return VerifierApiClient(QUrl(m_agent->baseUrl()), m_token, test::loopbackPolicy());
    }

    AuthStatus statusOf(const QString &correlationId)
    {
        auto status = verifier().authStatus(correlationId, "membershipCredential");
        if (!status)
            qFatal("auth-status: %s", qPrintable(status.error().toString()));
        return status.value();
    }

    /// The wallet file opened again on a WalletHost's own thread, read-only, and unlocked.
    std::unique_ptr<WalletHost> hostedWallet()
    {
        auto host = std::make_unique<WalletHost>();
        auto *open = host->open(m_dir.filePath("wallet.db"), Wallet::Access::ReadOnly, this);
        QSignalSpy opened(open, &ActivityBase::finished);
        if (!opened.wait(10000) || !open->result())
            return nullptr;
        auto *unlock = host->withWallet<int>(
            [](Wallet &wallet, const ActivityBase::Context &) -> Result<int> {
                QByteArray passphrase = "pass";
                if (auto done = wallet.unlock(passphrase); !done)
                    return done.error();
                return 0;
            },
            this);
        QSignalSpy unlocked(unlock, &ActivityBase::finished);
        if (!unlocked.wait(10000) || !unlock->result())
            return nullptr;
        return host;
    }

private slots:
    void initTestCase()
    {
        auto agent =
            test::AgentThread::start(QHostAddress::LocalHost, 0, m_dir.filePath("agent"), 60000);
        VCDESK_VERIFY_OK(agent);
        m_agent = std::move(agent).value();
        m_description = test::AgentDescription{m_agent->description()};
        m_token = m_description.verifierToken();

        m_wallet = test::createWallet(m_dir.filePath("wallet.db"));
        m_profileId = m_wallet->profiles().list().value().first().id;
        auto added =
            test::issueIntoWallet(m_agent->baseUrl(), m_description, *m_wallet, m_profileId,
                                  QJsonObject{{"claim_type", "membership"}, {"name", "Alice"}});
        VCDESK_VERIFY_OK(added);
        m_credentialId = added.value();
    }

    void presentsToTheAgentUntilVerified()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        PresentationSession session(*m_wallet, m_profileId, options());
        VCDESK_VERIFY_OK(session.open(created->authRequestUri));

        // The verifier, as the holder is shown it: authenticated by its DID's key.
        const AuthorizationRequest &request = session.request();
        QCOMPARE(request.client.prefix(), ClientIdentifier::Prefix::DecentralizedIdentifier);
        QVERIFY(request.client.isLegacy()); // client_id_scheme "did" (drafts)
        QCOMPARE(request.client.value(), m_description.party("verifier", "did"));
        QVERIFY(request.identity.authenticatedBy.contains(request.client.value()));
        QCOMPARE(request.queryLanguage, AuthorizationRequest::QueryLanguage::PresentationExchange);
        QCOMPARE(statusOf(created->correlationId).state, AuthStatus::State::Sent);

        // The match: our credential, revealing the claim the definition names.
        QVERIFY(session.match().satisfiable);
        QCOMPARE(session.match().parts.size(), 1);
        const RequestedPart &part = session.match().parts.first();
        QCOMPARE(part.candidates.size(), 1);
        QCOMPARE(part.candidates.first().credentialId, m_credentialId);
        const QJsonObject consent = session.consent().toJson();
        const QJsonObject candidate = consent.value("parts")
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value("candidates")
                                          .toArray()
                                          .first()
                                          .toObject();
        QCOMPARE(candidate.value("disclosedClaims")
                     .toObject()
                     .value("vc.credentialSubject.name")
                     .toString(),
                 QStringLiteral("Alice"));
        QVERIFY(candidate.value("revealsWholeCredential").toBool());
        QCOMPARE(consent.value("verifier").toObject().value("prefix").toString(),
                 QStringLiteral("decentralized_identifier"));

        // Nothing was sent yet.
        QCOMPARE(statusOf(created->correlationId).state, AuthStatus::State::Sent);
        auto answer = session.present(PresentationBuilder::defaultSelection(session.match()));
        VCDESK_VERIFY_OK(answer);
        QCOMPARE(answer->status, 200);
        const AuthStatus final = statusOf(created->correlationId);
        QCOMPARE(final.state, AuthStatus::State::Verified);
        QCOMPARE(final.verifiedData.value("name").toString(), QStringLiteral("Alice"));
        const QJsonObject submission = final.payload.value("presentation_submission").toObject();
        QCOMPARE(submission.value("definition_id").toString(),
                 QStringLiteral("membershipCredential"));
        QCOMPARE(submission.value("descriptor_map")
                     .toArray()
                     .first()
                     .toObject()
                     .value("path_nested")
                     .toObject()
                     .value("path")
                     .toString(),
                 QStringLiteral("$.vp.verifiableCredential[0]"));

        // The same request cannot be answered twice.
        auto again = session.present(PresentationBuilder::defaultSelection(session.match()));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().httpStatus, 410);
    }

    void aJsonLdCredentialIsPresentedToTheAgent()
    {
        // An alumni credential (VC 2.0, eddsa-rdfc-2022) from an issuer the definition names.
        const test::Issuer issuer = test::Issuer::make(KeyType::Ed25519);
        const QString holder = m_wallet->keys().defaultKey(m_profileId)->did;
        const QJsonObject credential{
            {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2",
                                    "https://www.w3.org/ns/credentials/examples/v2"}},
            {"type", QJsonArray{"VerifiableCredential", "AlumniCredential"}},
            {"issuer", issuer.did},
            {"validFrom", "2025-01-01T00:00:00Z"},
            {"credentialSubject", QJsonObject{{"id", holder}, {"alumniOf", "Example University"}}}};
        const QJsonObject proof = DataIntegritySigner::proof(credential,
                                                             {{"type", "DataIntegrityProof"},
                                                              {"cryptosuite", "eddsa-rdfc-2022"},
                                                              {"created", "2025-01-01T00:00:00Z"},
                                                              {"verificationMethod", issuer.kid},
                                                              {"proofPurpose", "assertionMethod"}},
                                                             issuer.key)
                                      .value();
        QJsonObject secured = credential;
        secured.insert("proof", proof);
        InspectOptions inspect;
        inspect.resolver = MultiMethodDidResolver::createDefault();
        auto record =
            CredentialImporter::prepare(QJsonDocument(secured).toJson(), inspect, "file", "test");
        VCDESK_VERIFY_OK(record);
        QCOMPARE(record->format, QStringLiteral("ldp_vc"));
        QCOMPARE(record->verdict, Verdict::Valid);
        auto added = m_wallet->credentials().add(m_profileId, record.value());
        VCDESK_VERIFY_OK(added);

        // The verifier's admin asks for it by DCQL, from that issuer only.
        HttpRequest define;
        define.method = "PUT";
        define.url = QUrl(m_agent->baseUrl() + "/private/webapp/definitions/alumniCheck");
        define.headers = {
            {"Authorization", "Bearer " + m_description.verifierToken("Verifier_Admin")}};
        define.contentType = "application/json";
        define.body = QJsonDocument(QJsonObject{{"types", QJsonArray{"AlumniCredential"}},
                                                {"claims", QJsonArray{"alumniOf"}},
                                                {"query", "dcql"},
                                                {"issuers", QJsonArray{issuer.did}}})
                          .toJson();
        define.idempotent = false;
        auto defined = HttpClient(test::loopbackPolicy()).sendAndWait(define);
        VCDESK_VERIFY_OK(defined);

        auto created = verifier().createAuthRequest("alumniCheck");
        VCDESK_VERIFY_OK(created);
        PresentationSession session(*m_wallet, m_profileId, options());
        VCDESK_VERIFY_OK(session.open(created->authRequestUri));
        QCOMPARE(session.request().queryLanguage, AuthorizationRequest::QueryLanguage::Dcql);
        QVERIFY(session.match().satisfiable);
        const PresentationBuilder::Selection selection =
            PresentationBuilder::defaultSelection(session.match());
        QCOMPARE(selection.value("alumniCheck_ldp"), QList<qint64>{added.value()});

        auto answer = session.present(selection);
        VCDESK_VERIFY_OK(answer);
        QCOMPARE(answer->status, 200);
        auto status = verifier().authStatus(created->correlationId, "alumniCheck");
        VCDESK_VERIFY_OK(status);
        QCOMPARE(status->state, AuthStatus::State::Verified);
        QCOMPARE(status->verifiedData.value("alumniOf").toString(),
                 QStringLiteral("Example University"));
    }

    void requestUriByPostEchoesTheWalletNonce()
    {
        // The same request fetched the OpenID4VP 1.0 way: POST with a fresh wallet_nonce, which
        // the agent's signed object must carry back.
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        const QString requestUri = QUrlQuery(QUrl(created->authRequestUri).query())
                                       .queryItemValue("request_uri", QUrl::FullyDecoded);
        const QString verifierDid = m_description.party("verifier", "did");
        const QString uri =
            "openid4vp://?client_id=" + QUrl::toPercentEncoding(verifierDid) +
            "&request_uri_method=post&request_uri=" + QUrl::toPercentEncoding(requestUri);
        PresentationSession session(*m_wallet, m_profileId, options());
        VCDESK_VERIFY_OK(session.open(uri));
        QVERIFY(!session.request().parameters.value("wallet_nonce").toString().isEmpty());
        auto answer = session.present(PresentationBuilder::defaultSelection(session.match()));
        VCDESK_VERIFY_OK(answer);
        QCOMPARE(statusOf(created->correlationId).state, AuthStatus::State::Verified);
    }

    void declineIsToldToTheVerifier()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        PresentationSession session(*m_wallet, m_profileId, options());
        VCDESK_VERIFY_OK(session.open(created->authRequestUri));
        auto answer = session.decline("not today");
        VCDESK_VERIFY_OK(answer);
        // Shown, but the request stays open: nothing proves the holder sent the refusal.
        const AuthStatus final = statusOf(created->correlationId);
        QCOMPARE(final.state, AuthStatus::State::Sent);
        QCOMPARE(final.attempts, 1);
        QVERIFY(final.error.contains("access_denied"));
        QVERIFY(!final.error.contains("not today")); // a description is anyone's words
    }

    void theFlowPresentsWithoutBlockingItsThread()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        auto host = hostedWallet();
        QVERIFY(host);
        PresentationFlow flow(*host, m_profileId, options());
        QSignalSpy consent(&flow, &PresentationFlow::consentNeeded);
        QSignalSpy finished(&flow, &PresentationFlow::finished);
        QSignalSpy progress(&flow, &PresentationFlow::progress);
        QSignalSpy states(&flow, &PresentationFlow::stateChanged);
        flow.open(created->authRequestUri);
        QCOMPARE(flow.state(), PresentationFlow::State::Opening); // open() came back at once
        QCOMPARE(consent.count(), 0);
        QVERIFY(consent.wait(10000));
        QCOMPARE(flow.state(), PresentationFlow::State::AwaitingConsent);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(flow.match().parts.first().candidates.first().credentialId, m_credentialId);
        QCOMPARE(flow.consent().verifier.prefix, QStringLiteral("decentralized_identifier"));
        QCOMPARE(flow.consent().parts.first().candidates.first().credentialId, m_credentialId);
        QCOMPARE(statusOf(created->correlationId).state, AuthStatus::State::Sent); // not yet

        flow.present(PresentationBuilder::defaultSelection(flow.match()));
        QCOMPARE(flow.state(), PresentationFlow::State::Sending);
        QVERIFY(finished.wait(10000));
        VCDESK_VERIFY_OK(flow.answer());
        QCOMPARE(flow.answer()->status, 200);
        QCOMPARE(statusOf(created->correlationId).state, AuthStatus::State::Verified);
        QCOMPARE(states.count(), 4); // opening, awaiting consent, sending, finished
    }

    void theFlowDeclinesAndCancels()
    {
        auto host = hostedWallet();
        QVERIFY(host);
        // Declined at the consent step: the verifier hears access_denied.
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        PresentationFlow declined(*host, m_profileId, options());
        QSignalSpy consent(&declined, &PresentationFlow::consentNeeded);
        QSignalSpy declinedDone(&declined, &PresentationFlow::finished);
        declined.open(created->authRequestUri);
        QVERIFY(consent.wait(10000));
        declined.decline("no thanks");
        QVERIFY(declinedDone.wait(10000));
        VCDESK_VERIFY_OK(declined.answer());
        QVERIFY(statusOf(created->correlationId).error.contains("access_denied"));

        // Cancelled while the request is still being fetched: it stops at once, sends nothing.
        test::TestHttpServer slow;
        slow.route("/request", {200, "{}", "application/oauth-authz-req+jwt", 20000});
        const QString link =
            "openid4vp://?client_id=" +
            QUrl::toPercentEncoding("decentralized_identifier:did:key:z6Mk") +
            "&request_uri=" + QUrl::toPercentEncoding(slow.url("/request").toString());
        PresentationFlow cancelled(*host, m_profileId, options());
        QSignalSpy cancelledDone(&cancelled, &PresentationFlow::finished);
        cancelled.open(link);
        QTRY_COMPARE(slow.hits("/request"), 1);
        QElapsedTimer clock;
        clock.start();
        cancelled.cancel();
        QVERIFY(cancelledDone.wait(5000));
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(cancelled.answer().error().code, QStringLiteral("activity.cancelled"));
        QCOMPARE(cancelled.state(), PresentationFlow::State::Finished);

        // Cancelled at the consent step: nothing runs, nothing is sent.
        auto third = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(third);
        PresentationFlow walkedAway(*host, m_profileId, options());
        QSignalSpy thirdConsent(&walkedAway, &PresentationFlow::consentNeeded);
        QSignalSpy thirdDone(&walkedAway, &PresentationFlow::finished);
        walkedAway.open(third->authRequestUri);
        QVERIFY(thirdConsent.wait(10000));
        walkedAway.cancel();
        QCOMPARE(thirdDone.count(), 1);
        QCOMPARE(statusOf(third->correlationId).state, AuthStatus::State::Sent);
    }

    void aWalletOpenedAgainEndsTheOpenRequest()
    {
        auto created = verifier().createAuthRequest("membershipCredential");
        VCDESK_VERIFY_OK(created);
        auto host = hostedWallet();
        QVERIFY(host);
        PresentationFlow flow(*host, m_profileId, options());
        QSignalSpy consent(&flow, &PresentationFlow::consentNeeded);
        QSignalSpy finished(&flow, &PresentationFlow::finished);
        flow.open(created->authRequestUri);
        QVERIFY(consent.wait(10000));
        // The same file closed and opened again meanwhile (it may even land at the same
        // address): the request belongs to the old opening, nothing is sent.
        auto *reopen = host->open(m_dir.filePath("wallet.db"), Wallet::Access::ReadOnly, this);
        QSignalSpy reopened(reopen, &ActivityBase::finished);
        QVERIFY(reopened.wait(10000));
        flow.present(PresentationBuilder::defaultSelection(flow.match()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(flow.answer().error().code, QStringLiteral("oid4vp.not_open"));
        QCOMPARE(statusOf(created->correlationId).state, AuthStatus::State::Sent);
    }

    void aMissingCredentialIsNoMatchAndNothingIsSent()
    {
        auto created = verifier().createAuthRequest("emailCredential");
        VCDESK_VERIFY_OK(created);
        PresentationSession session(*m_wallet, m_profileId, options());
        VCDESK_VERIFY_OK(session.open(created->authRequestUri));
        QVERIFY(!session.match().satisfiable);
        QVERIFY(session.match().parts.first().candidates.isEmpty());
        auto keys = HolderKeyring::load(m_wallet->keys(), m_profileId);
        VCDESK_VERIFY_OK(keys);
        auto built = PresentationBuilder::build(session.request(), session.match(), {},
                                                session.credentials(), keys.value());
        QCOMPARE(built.error().code, QStringLiteral("oid4vp.no_match"));
        QCOMPARE(verifier().authStatus(created->correlationId, "emailCredential")->state,
                 AuthStatus::State::Sent);
    }
};

QTEST_GUILESS_MAIN(PresentFlowTest)
#include "tst_present_flow.moc"
