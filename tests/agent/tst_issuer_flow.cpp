// The issuer-agent contract of seed 001, spoken for real on both sides: vcdesk-agent on a free
// loopback port and IssuerAgentClient, through the whole issuer -> holder flow, custodial
// issuance, revocation through the served status list, bad requests (a refused custodial call
// leaves nothing behind), a restart mid-flow, and a restart after an older agent left exchanges
// half-written.

#include "agent/AgentServer.h"
#include "core/api/IssuerAgentClient.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/store/Sql.h"
#include "core/verify/CredentialInspector.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/Await.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

struct Party
{
    QString name;
    QByteArray apiKey;
    QString did;
};

Party partyNamed(const QJsonObject &description, const QString &name)
{
    for (const QJsonValue &value : description.value("parties").toArray())
        if (value.toObject().value("name").toString() == name)
            return Party{name, value.toObject().value("apiKey").toString().toUtf8(),
                         value.toObject().value("did").toString()};
    qFatal("no party %s", qPrintable(name));
}

Inspection inspect(const QByteArray &jwt)
{
    InspectOptions options;
    options.network = test::loopbackPolicy();
    options.resolver = MultiMethodDidResolver::createDefault(test::loopbackPolicy());
    return CredentialInspector::inspect(jwt, options).value();
}

} // namespace

class IssuerFlowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;
    Party m_issuer;
    Party m_holder;
    QString m_connection;

    IssuerAgentClient client(const Party &party)
    {
        return IssuerAgentClient(QUrl(m_agent->baseUrl()), party.apiKey, test::loopbackPolicy());
    }

    /// Everything a custodial call could leave behind: records on either side, status slots.
    QString footprint()
    {
        return m_agent->run([](AgentServer &agent) {
            const auto db = agent.store().database();
            return Sql::scalar(db, "SELECT count(*) FROM records").value().toString() + '/' +
                   Sql::scalar(db, "SELECT coalesce(sum(next_index), 0) FROM status_lists")
                       .value()
                       .toString();
        });
    }

    void restart()
    {
        m_agent.reset();
        auto agent = test::AgentThread::start(QHostAddress::LocalHost, 0, m_dir.path());
        QVERIFY(agent.ok());
        m_agent = std::move(agent).value();
    }

private slots:
    void initTestCase()
    {
        auto agent = test::AgentThread::start(QHostAddress::LocalHost, 0, m_dir.path());
        QVERIFY(agent.ok());
        m_agent = std::move(agent).value();
        const QJsonObject description = m_agent->description();
        m_issuer = partyNamed(description, "issuer");
        m_holder = partyNamed(description, "holder");
        m_connection =
            description.value("connections").toArray().first().toObject().value("id").toString();
        QVERIFY(m_issuer.did.startsWith("did:key:zQ3s")); // secp256k1: ES256K
        QFile json(m_dir.filePath("agent.json"));
        QCOMPARE(json.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void issuerToHolder()
    {
        auto issuer = client(m_issuer);
        auto holder = client(m_holder);
        const QJsonObject claims{{"claim_type", "membership"}, {"name", "Alice"}, {"uid", "12345"}};
        auto offer = issuer.createOffer(m_connection, m_issuer.did, 3600, claims);
        QVERIFY(offer.ok());
        QCOMPARE(offer->state, ProtocolState::OfferPending);
        QCOMPARE(offer->role, QStringLiteral("Issuer"));
        QCOMPARE(offer->claims, claims);
        QVERIFY(issuer.waitForState(offer.value(), ProtocolState::OfferSent, 3000, 20).ok());

        auto inbox = holder.offers(offer->thid);
        QVERIFY(inbox.ok());
        QCOMPARE(inbox->size(), 1);
        const IssuerOffer received = inbox->first();
        QCOMPARE(received.state, ProtocolState::OfferReceived);
        QCOMPARE(received.role, QStringLiteral("Holder"));
        QVERIFY(received.recordId != offer->recordId);

        const QString holderDid = m_holder.did;
        auto accepted = holder.accept(received.recordId, holderDid);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->state, ProtocolState::RequestPending);
        QCOMPARE(accepted->subjectId, holderDid);
        QVERIFY(issuer.waitForState(offer.value(), ProtocolState::RequestReceived, 3000, 20).ok());
        auto issuing = issuer.issue(offer->recordId);
        QVERIFY(issuing.ok());
        QCOMPARE(issuing->state, ProtocolState::CredentialPending);
        auto done =
            holder.waitForState(accepted.value(), ProtocolState::CredentialReceived, 3000, 20);
        QVERIFY(done.ok());
        QVERIFY(issuer.waitForState(offer.value(), ProtocolState::CredentialSent, 3000, 20).ok());

        // A real JWT-VC: signed by the issuer's DID, about the holder, status list served.
        const Inspection inspection = inspect(done->credential);
        QCOMPARE(inspection.format, QStringLiteral("jwt_vc_json"));
        QCOMPARE(inspection.issuer, m_issuer.did);
        QCOMPARE(inspection.subject, holderDid);
        QCOMPARE(inspection.claims.toObject().value("name").toString(), QStringLiteral("Alice"));
        QCOMPARE(test::outcome(inspection, "SignatureVerification"), CheckResult::Outcome::Pass);
        QCOMPARE(test::outcome(inspection, "CredentialStatus"), CheckResult::Outcome::Pass);
        QCOMPARE(inspection.report.verdict(), ValidationReport::Verdict::Valid);

        auto matched = holder.match("membership");
        QVERIFY(matched.ok());
        QCOMPARE(matched->recordId, accepted->recordId);
        QCOMPARE(matched->credential, done->credential);
        QCOMPARE(holder.match("nothing-like-it").error().httpStatus, 404);

        // Revoked from the agent's side: the served list now says so.
        VCDESK_VERIFY_OK(m_agent->run(
            [&](AgentServer &agent) { return agent.issuerApi().revoke(offer->recordId); }));
        const Inspection revoked = inspect(done->credential);
        QCOMPARE(test::outcome(revoked, "CredentialStatus"), CheckResult::Outcome::Fail);
        QCOMPARE(revoked.report.verdict(), ValidationReport::Verdict::Invalid);
    }

    void autoIssueNeedsNoIssuerCall()
    {
        // The sandbox switch: an accepted offer is issued without the issuer's issue call.
        VCDESK_VERIFY_OK(m_agent->run([](AgentServer &agent) {
            agent.issuerApi().setAutoIssue(true);
            return Status{};
        }));
        auto issuer = client(m_issuer);
        auto holder = client(m_holder);
        auto offer = issuer.createOffer(m_connection, m_issuer.did, 3600,
                                        {{"claim_type", "sandbox"}, {"name", "Carol"}});
        QVERIFY(offer.ok());
        QVERIFY(issuer.waitForState(offer.value(), ProtocolState::OfferSent, 3000, 20).ok());
        auto inbox = holder.offers(offer->thid);
        QVERIFY(inbox.ok());
        QCOMPARE(inbox->size(), 1);
        auto done = holder.acceptAndWait(inbox->first().recordId, m_holder.did, 5000, 20);
        VCDESK_VERIFY_OK(done);
        QVERIFY(!done->credential.isEmpty());
        QCOMPARE(inspect(done->credential).report.verdict(), ValidationReport::Verdict::Valid);
        VCDESK_VERIFY_OK(m_agent->run([](AgentServer &agent) {
            agent.issuerApi().setAutoIssue(false);
            return Status{};
        }));
        // Off again: an accepted offer waits for the issuer (RequestReceived, not issued).
        auto waiting = issuer.createOffer(m_connection, m_issuer.did, 3600, {{"claim_type", "w"}});
        QVERIFY(waiting.ok());
        QVERIFY(issuer.waitForState(waiting.value(), ProtocolState::OfferSent, 3000, 20).ok());
        auto second = holder.offers(waiting->thid);
        QVERIFY(second.ok());
        QVERIFY(holder.accept(second->first().recordId, m_holder.did).ok());
        QVERIFY(
            issuer.waitForState(waiting.value(), ProtocolState::RequestReceived, 3000, 20).ok());
        QCOMPARE(holder.acceptAndWait(second->first().recordId, m_holder.did, 300, 20)
                     .error()
                     .httpStatus,
                 409); // already accepted: the agent says so
    }

    void custodialIssuance()
    {
        IssuerAgentClient anonymous(QUrl(m_agent->baseUrl()), {}, test::loopbackPolicy());
        IssuerAgentClient::CustodialRequest request;
        request.connectionId = m_connection;
        request.issuerApiKey = m_issuer.apiKey;
        request.holderApiKey = m_holder.apiKey;
        request.issuerDid = m_issuer.did;
        request.holderDid = m_holder.did;
        request.claims = QJsonObject{{"claim_type", "test"}, {"object", "a simple test"}};
        request.noDuplicate = true;
        auto first = anonymous.custodial(request);
        QVERIFY(first.ok());
        QVERIFY(first->wasOffered && first->wasAccepted);
        QCOMPARE(first->credential.state, ProtocolState::CredentialReceived);
        QCOMPARE(inspect(first->credential.credential).report.verdict(),
                 ValidationReport::Verdict::Valid);
        auto second = anonymous.custodial(request);
        QVERIFY(second.ok());
        QVERIFY(!second->wasOffered);
        QCOMPARE(second->credential.recordId, first->credential.recordId);
        request.noDuplicate = false;
        auto third = anonymous.custodial(request);
        QVERIFY(third.ok());
        QVERIFY(third->credential.recordId != first->credential.recordId);
        request.holderApiKey = "not-a-key";
        QCOMPARE(anonymous.custodial(request).error().httpStatus, 401);
    }

    void badRequestsChangeNothing()
    {
        auto issuer = client(m_issuer);
        auto holder = client(m_holder);
        const qsizetype before = issuer.offers().value().size();
        IssuerAgentClient stranger(QUrl(m_agent->baseUrl()), "wrong-key", test::loopbackPolicy());
        QCOMPARE(stranger.offers().error().code, QStringLiteral("net.unauthorized"));
        IssuerAgentClient nobody(QUrl(m_agent->baseUrl()), {}, test::loopbackPolicy());
        QCOMPARE(nobody.offers().error().httpStatus, 401);
        // A holder cannot offer; unknown connections and bad claims are refused.
        QCOMPARE(holder.createOffer(m_connection, {}, 3600, {{"a", 1}}).error().httpStatus, 403);
        QCOMPARE(issuer.createOffer("no-such-connection", {}, 3600, {{"a", 1}}).error().httpStatus,
                 400);
        QCOMPARE(issuer.createOffer(m_connection, "did:key:zSomeoneElse", 3600, {{"a", 1}})
                     .error()
                     .httpStatus,
                 400);
        QCOMPARE(issuer.createOffer(m_connection, {}, 3600, {}).error().httpStatus, 400);
        QCOMPARE(issuer.createOffer(m_connection, {}, 5, {{"a", 1}}).error().httpStatus, 400);
        QCOMPARE(
            issuer.createOffer(m_connection, {}, 3600, {{"id", "did:ex:steal"}}).error().httpStatus,
            400);
        // Accepting what is not there, or in the wrong state; issuing too early.
        QCOMPARE(holder.accept("no-such-record", m_holder.did).error().httpStatus, 404);
        auto offer = issuer.createOffer(m_connection, {}, 3600, {{"claim_type", "x"}});
        QVERIFY(offer.ok());
        QCOMPARE(issuer.issue(offer->recordId).error().httpStatus, 409);
        const QString holderRecord = holder.offers(offer->thid).value().first().recordId;
        QCOMPARE(holder.accept(holderRecord, "not a did").error().httpStatus, 400);
        QCOMPARE(issuer.accept(holderRecord, m_holder.did).error().httpStatus,
                 404); // not its record
        // Raw hostile bodies.
        HttpClient http(test::loopbackPolicy());
        const QUrl acceptUrl(m_agent->baseUrl() + "/api/v1/vc/accept");
        HttpRequest garbage = HttpRequest::postJson(acceptUrl, "{not json");
        garbage.headers << qMakePair(QByteArray("apikey"), m_holder.apiKey);
        QCOMPARE(http.sendAndWait(garbage).error().httpStatus, 400);
        HttpRequest duplicate =
            HttpRequest::postJson(acceptUrl, R"({"recordId":"a","recordId":"b"})");
        duplicate.headers = garbage.headers;
        QCOMPARE(http.sendAndWait(duplicate).error().httpStatus, 400);
        HttpRequest huge = HttpRequest::postJson(acceptUrl, QByteArray(300 * 1024, ' ') + "{}");
        huge.headers = garbage.headers;
        QCOMPARE(http.sendAndWait(huge).error().httpStatus, 413);
        QCOMPARE(http.sendAndWait(HttpRequest::get(QUrl(m_agent->baseUrl() + "/status/nope")))
                     .error()
                     .httpStatus,
                 404);
        // Only the one valid offer was added; the holder's side is still untouched.
        QCOMPARE(issuer.offers().value().size(), before + 1);
        QCOMPARE(holder.offers(offer->thid).value().first().state, ProtocolState::OfferReceived);
    }

    void refusedCustodialCallsChangeNothing_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        const test::AgentDescription agent{m_agent->description()};
        QTest::newRow("unknown connection") << "connection" << QJsonValue("nope") << 400;
        QTest::newRow("holder DID not a DID") << "did_peer2" << QJsonValue("not a did") << 400;
        QTest::newRow("holder DID URL")
            << "did_peer2" << QJsonValue(m_holder.did + "#key-1") << 400;
        QTest::newRow("another issuer DID") << "did_peer1" << QJsonValue("did:key:zOther") << 400;
        QTest::newRow("holder key of another party")
            << "key_peer2" << QJsonValue(agent.party("verifier", "apiKey")) << 403;
        QTest::newRow("issuer key of the holder")
            << "key_peer1" << QJsonValue(agent.party("holder", "apiKey")) << 403;
        QTest::newRow("padded holder key")
            << "key_peer2" << QJsonValue(" " + agent.party("holder", "apiKey")) << 401;
        QTest::newRow("issuer key with a newline")
            << "key_peer1" << QJsonValue(agent.party("issuer", "apiKey") + "\n") << 401;
        QTest::newRow("key as a number") << "key_peer1" << QJsonValue(5) << 401;
        QTest::newRow("no claims") << "claims" << QJsonValue(QJsonObject{}) << 400;
        QTest::newRow("claims setting the subject")
            << "claims" << QJsonValue(QJsonObject{{"id", "did:ex:steal"}}) << 400;
        QTest::newRow("validity too short") << "validity" << QJsonValue(5) << 400;
        QTest::newRow("noDuplicate not a boolean") << "noDuplicate" << QJsonValue("yes") << 400;
    }
    void refusedCustodialCallsChangeNothing()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        const test::AgentDescription agent{m_agent->description()};
        QJsonObject body{{"connection", m_connection},
                         {"key_peer1", agent.party("issuer", "apiKey")},
                         {"key_peer2", agent.party("holder", "apiKey")},
                         {"did_peer1", m_issuer.did},
                         {"did_peer2", m_holder.did},
                         {"claims", QJsonObject{{"claim_type", "refused"}}}};
        const QUrl url(m_agent->baseUrl() + "/api/v1/vc/issuance/custodial");
        HttpClient http(test::loopbackPolicy());
        const QString before = footprint();
        const qsizetype inbox = client(m_holder).offers().value().size();

        // The whole call, sent as text/plain (what a web form can send): refused.
        HttpRequest plain = HttpRequest::postJson(url, QJsonDocument(body).toJson());
        plain.contentType = "text/plain";
        QCOMPARE(http.sendAndWait(plain).error().httpStatus, 415);

        body.insert(member, value);
        const auto answer =
            http.sendAndWait(HttpRequest::postJson(url, QJsonDocument(body).toJson()));
        QCOMPARE(answer.error().httpStatus, status);
        QVERIFY(!answer.error().serverMessage.isEmpty());
        QCOMPARE(footprint(), before);
        QCOMPARE(client(m_holder).offers().value().size(), inbox);
    }

    void aRestartRepairsHalfWrittenExchanges()
    {
        // What an agent that wrote the two sides of a step one after the other could leave
        // behind when it was killed in between.
        auto issuer = client(m_issuer);
        QList<IssuerOffer> offers;
        for (const char *type : {"lost-delivery", "lost-request", "lost-credential"}) {
            auto offer = issuer.createOffer(m_connection, {}, 3600, {{"claim_type", type}});
            VCDESK_VERIFY_OK(offer);
            VCDESK_VERIFY_OK(
                issuer.waitForState(offer.value(), ProtocolState::OfferSent, 3000, 20));
            offers << offer.value();
        }
        // On the agent's thread, where its store lives.
        m_agent->run([&](AgentServer &agent) {
            AgentStore &store = agent.store();
            auto holderSide = [&](const IssuerOffer &offer) {
                return store.recordsOf("holder", offer.thid).value().first();
            };
            // 1. The offer was stored, its delivery to the holder was not.
            VCDESK_VERIFY_OK(Sql::exec(store.database(), "DELETE FROM records WHERE record_id = ?",
                                       {holderSide(offers[0]).recordId}));
            // 2. The holder's request went out; the issuer never saw it.
            AgentRecord requested = holderSide(offers[1]);
            requested.state = "RequestSent";
            requested.subjectId = m_holder.did;
            VCDESK_VERIFY_OK(store.saveRecord(requested));
            // 3. The issuer marked the credential sent; the holder never got it.
            AgentRecord waiting = holderSide(offers[2]);
            waiting.state = "RequestSent";
            waiting.subjectId = m_holder.did;
            VCDESK_VERIFY_OK(store.saveRecord(waiting));
            AgentRecord sent = store.record(offers[2].recordId).value();
            sent.state = "CredentialSent";
            sent.subjectId = m_holder.did;
            VCDESK_VERIFY_OK(store.saveRecord(sent));
        });

        restart();
        auto issuerAgain = client(m_issuer);
        auto holderAgain = client(m_holder);
        // 1: the holder has the offer now.
        auto inbox = holderAgain.offers(offers[0].thid);
        VCDESK_VERIFY_OK(inbox);
        QCOMPARE(inbox->size(), 1);
        QCOMPARE(inbox->first().state, ProtocolState::OfferReceived);
        VCDESK_VERIFY_OK(holderAgain.accept(inbox->first().recordId, m_holder.did));
        // 1 and 2: the issuer sees the request and issues.
        for (const IssuerOffer &offer : {offers[0], offers[1]}) {
            VCDESK_VERIFY_OK(
                issuerAgain.waitForState(offer, ProtocolState::RequestReceived, 3000, 20));
            VCDESK_VERIFY_OK(issuerAgain.issue(offer.recordId));
        }
        // All three end with the credential on the holder's side and CredentialSent on the
        // issuer's.
        for (const IssuerOffer &offer : offers) {
            const IssuerOffer received = holderAgain.offers(offer.thid).value().first();
            auto done =
                holderAgain.waitForState(received, ProtocolState::CredentialReceived, 5000, 20);
            VCDESK_VERIFY_OK(done);
            QCOMPARE(inspect(done->credential).report.verdict(), ValidationReport::Verdict::Valid);
            QCOMPARE(issuerAgain.offers(offer.thid).value().first().state,
                     ProtocolState::CredentialSent);
        }
    }

    void aRestartFinishesWhatWasInFlight()
    {
        QString thid;
        QString recordId;
        {
            auto issuer = client(m_issuer);
            auto offer = issuer.createOffer(m_connection, {}, 3600, {{"claim_type", "restart"}});
            QVERIFY(offer.ok());
            QCOMPARE(offer->state, ProtocolState::OfferPending);
            thid = offer->thid;
            recordId = offer->recordId;
        }
        m_agent.reset(); // stopped before the offer went out
        auto agent = test::AgentThread::start(QHostAddress::LocalHost, 0, m_dir.path());
        QVERIFY(agent.ok());
        m_agent = std::move(agent).value();
        QCOMPARE(partyNamed(m_agent->description(), "issuer").apiKey,
                 m_issuer.apiKey); // same state
        auto issuer = client(m_issuer);
        auto records = issuer.offers(thid);
        QVERIFY(records.ok());
        QCOMPARE(records->first().recordId, recordId);
        QVERIFY(issuer.waitForState(records->first(), ProtocolState::OfferSent, 3000, 20).ok());
    }

    void aClientRidesOutAnAgentRestart()
    {
        auto issuer = client(m_issuer);
        auto holder = client(m_holder);
        auto offer = issuer.createOffer(m_connection, {}, 3600, {{"claim_type", "outage"}});
        QVERIFY(offer.ok());
        QVERIFY(issuer.waitForState(offer.value(), ProtocolState::OfferSent, 3000, 20).ok());
        const QString holderRecord = holder.offers(offer->thid).value().first().recordId;
        VCDESK_VERIFY_OK(holder.accept(holderRecord, m_holder.did));
        // While the issuer waits, the agent goes away and comes back on the same port.
        const quint16 port = QUrl(m_agent->baseUrl()).port();
        bool restarted = false;
        QTimer::singleShot(5, this, [&] {
            m_agent.reset();
            QTimer::singleShot(400, this, [&] {
                auto again = test::AgentThread::start(QHostAddress::LocalHost, port, m_dir.path());
                if (again)
                    m_agent = std::move(again).value();
                restarted = again.ok();
            });
        });
        // The wait runs as the GUI would run it (an Activity), so the timers above fire.
        auto received = test::await([&] {
            return issuer.waitForState(offer.value(), ProtocolState::RequestReceived, 5000, 50);
        });
        VCDESK_VERIFY_OK(received);
        QVERIFY(restarted);
        // ... and the exchange completes, nothing half-stored.
        VCDESK_VERIFY_OK(issuer.issue(offer->recordId));
        auto done = holder.waitForState(holder.offers(offer->thid).value().first(),
                                        ProtocolState::CredentialReceived, 5000, 50);
        VCDESK_VERIFY_OK(done);
        QCOMPARE(inspect(done->credential).report.verdict(), ValidationReport::Verdict::Valid);
        // With the agent gone for good, the wait ends at its deadline with a clear error.
        m_agent.reset();
        QElapsedTimer timer;
        timer.start();
        const auto gone =
            issuer.waitForState(offer.value(), ProtocolState::ProblemReportReceived, 800, 50);
        QCOMPARE(gone.error().code, QStringLiteral("api.deadline"));
        QVERIFY(timer.elapsed() < 3000);
    }
};

QTEST_GUILESS_MAIN(IssuerFlowTest)
#include "tst_issuer_flow.moc"
