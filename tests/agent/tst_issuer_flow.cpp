// The issuer-agent contract of seed 001, spoken for real on both sides: vcdesk-agent on a free
// loopback port and IssuerAgentClient, through the whole issuer -> holder flow, custodial
// issuance, revocation through the served status list, bad requests, and a restart mid-flow.

#include "agent/AgentServer.h"
#include "core/api/IssuerAgentClient.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
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
    std::unique_ptr<AgentServer> m_agent;
    Party m_issuer;
    Party m_holder;
    QString m_connection;

    IssuerAgentClient client(const Party &party)
    {
        return IssuerAgentClient(QUrl(m_agent->baseUrl()), party.apiKey, test::loopbackPolicy());
    }

private slots:
    void initTestCase()
    {
        auto agent = AgentServer::start(QHostAddress::LocalHost, 0, m_dir.path());
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
        VCDESK_VERIFY_OK(m_agent->issuerApi().revoke(offer->recordId));
        const Inspection revoked = inspect(done->credential);
        QCOMPARE(test::outcome(revoked, "CredentialStatus"), CheckResult::Outcome::Fail);
        QCOMPARE(revoked.report.verdict(), ValidationReport::Verdict::Invalid);
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
        auto agent = AgentServer::start(QHostAddress::LocalHost, 0, m_dir.path());
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
                auto again = AgentServer::start(QHostAddress::LocalHost, port, m_dir.path());
                if (again)
                    m_agent = std::move(again).value();
                restarted = again.ok();
            });
        });
        auto received =
            issuer.waitForState(offer.value(), ProtocolState::RequestReceived, 5000, 50);
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
