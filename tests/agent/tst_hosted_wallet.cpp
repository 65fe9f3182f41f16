// The hosted-wallet contract of seed 003 on both sides: vcdesk-agent's templates, issuing,
// get, delete and proof verification, against HostedWalletClient; who may call which route
// (every party against every route), whose credentials a caller finds, and proofs that prove
// nothing.

#include "agent/AgentServer.h"
#include "core/api/HostedWalletClient.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/store/Sql.h"
#include "core/verify/CredentialInspector.h"
#include "support/AgentDescription.h"
#include "support/AgentThread.h"
#include "support/ReportHelpers.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace vcdesk;

class HostedWalletTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::AgentThread> m_agent;

    QByteArray key(const QString &party) const
    {
        return test::AgentDescription{m_agent->description()}.party(party, "apiKey").toLatin1();
    }

    /// The hosted wallet's own account unless another key is given.
    HostedWalletClient client(const QByteArray &apiKey = {})
    {
        NetworkPolicy policy;
        policy.allowLoopbackHttp = true;
        return HostedWalletClient(QUrl(m_agent->baseUrl()),
                                  apiKey.isNull() ? key("hosted-wallet") : apiKey, policy);
    }

    qint64 storedCredentials()
    {
        return m_agent->run([](AgentServer &agent) {
            return Sql::scalar(agent.store().database(), "SELECT count(*) FROM hosted_credentials")
                .value()
                .toLongLong();
        });
    }

    /// The HTTP status of `route` for `apiKey` (0: the call succeeded).
    int statusOf(const QByteArray &apiKey, const QString &route, const QString &credentialId)
    {
        auto wallet = client(apiKey);
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(1);
        auto status = [](const auto &result) {
            return result.ok() ? 0 : result.error().httpStatus;
        };
        if (route == "templates")
            return status(wallet.templates());
        if (route == "issue")
            return status(wallet.issue("email-credential", "wallet-of-" + route, later,
                                       {{"email", "someone@example.com"}}));
        if (route == "get")
            return status(wallet.get(credentialId));
        if (route == "delete")
            return status(wallet.remove(credentialId));
        return status(wallet.verify({QJsonValue("not a credential")}));
    }

private slots:
    void initTestCase()
    {
        auto agent = test::AgentThread::start(QHostAddress::LocalHost, 0, m_dir.path());
        VCDESK_VERIFY_OK(agent);
        m_agent = std::move(agent).value();
    }

    void issueGetVerifyDelete()
    {
        auto wallet = client();
        auto templates = wallet.templates();
        VCDESK_VERIFY_OK(templates);
        QVERIFY(std::any_of(templates->cbegin(), templates->cend(),
                            [](const auto &t) { return t.id == "employee-badge"; }));
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(30);
        const QJsonObject fields{{"holderFullName", "Leslie Knope"}, {"employeeId", "E-42"}};
        auto id = wallet.issue("employee-badge", "wallet-leslie", expiry, fields);
        VCDESK_VERIFY_OK(id);
        auto stored = wallet.get(id.value());
        VCDESK_VERIFY_OK(stored);
        QCOMPARE(stored->status, QStringLiteral("active"));
        QCOMPARE(stored->subjectData, fields);
        // A JSON-LD credential with a Data Integrity proof our own verifier accepts.
        InspectOptions options;
        options.resolver = MultiMethodDidResolver::createDefault(NetworkPolicy{});
        const auto inspection =
            CredentialInspector::inspect(QJsonDocument(stored->detail).toJson(), options).value();
        QCOMPARE(inspection.format, QStringLiteral("ldp_vc"));
        QCOMPARE(test::outcome(inspection, "SignatureVerification"), CheckResult::Outcome::Pass);
        QCOMPARE(inspection.report.verdict(), ValidationReport::Verdict::Valid);
        QVERIFY(inspection.types.contains("EmployeeBadge"));

        // The same credential twice in one wallet: the seed's 400.
        const auto again = wallet.issue("employee-badge", "wallet-leslie", expiry, fields);
        QCOMPARE(again.error().httpStatus, 400);
        QCOMPARE(again.error().serverMessage,
                 QStringLiteral("This credential already exists in wallet"));

        // Verification with the named results, for a good and a tampered credential.
        QJsonObject tampered = stored->detail;
        QJsonObject subject = tampered.value("credentialSubject").toObject();
        subject.insert("employeeId", "E-1");
        tampered.insert("credentialSubject", subject);
        auto results = wallet.verify({stored->detail, tampered});
        VCDESK_VERIFY_OK(results);
        QCOMPARE(results->size(), 2);
        QVERIFY(results->at(0).isValid);
        for (const char *name : {"SignatureVerification", "IssuerIsSigner", "CredentialStatus",
                                 "SchemaConformance", "TrustRegistryMembership"})
            QVERIFY2(results->at(0).results.value(name).isValid, name);
        QVERIFY(!results->at(1).isValid);
        QVERIFY(!results->at(1).results.value("SignatureVerification").isValid);
        QVERIFY(!results->at(1).results.value("SignatureVerification").messages.isEmpty());

        VCDESK_VERIFY_OK(wallet.remove(id.value()));
        QCOMPARE(wallet.get(id.value()).error().httpStatus, 404);
        QCOMPARE(wallet.remove(id.value()).error().httpStatus, 404);
    }

    void badRequests()
    {
        auto wallet = client();
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(client("nope").templates().error().httpStatus, 401);
        QCOMPARE(
            wallet.issue("no-such-template", "w", later, {{"email", "a@b.c"}}).error().httpStatus,
            404);
        QCOMPARE(wallet
                     .issue("email-credential", "w", QDateTime::currentDateTimeUtc().addDays(-1),
                            {{"email", "a@b.c"}})
                     .error()
                     .httpStatus,
                 400);
        QCOMPARE(
            wallet.issue("email-credential", "w", later, {{"password", "x"}}).error().httpStatus,
            400);
        QCOMPARE(
            wallet.issue("email-credential", "", later, {{"email", "a@b.c"}}).error().httpStatus,
            400);
        QCOMPARE(wallet.verify({}).error().httpStatus, 400);
        // An unreadable proof is reported as invalid, not as a failure of the call.
        auto garbage = wallet.verify({QJsonValue("not a credential")});
        VCDESK_VERIFY_OK(garbage);
        QVERIFY(!garbage->first().isValid);
    }

    void everyPartyAgainstEveryRoute_data()
    {
        QTest::addColumn<QString>("caller"); // a party; "" no apikey; "?" an unknown one
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("status"); // 0: allowed
        const QStringList routes{"templates", "issue", "get", "delete", "verify"};
        for (const QString &route : routes) {
            for (const char *caller : {"issuer", "holder", "verifier"})
                QTest::addRow("%s %s", caller, qPrintable(route))
                    << QString(caller) << route << (route == "verify" ? 0 : 403);
            QTest::addRow("hosted-wallet %s", qPrintable(route)) << "hosted-wallet" << route << 0;
            QTest::addRow("no apikey %s", qPrintable(route)) << "" << route << 401;
            QTest::addRow("unknown apikey %s", qPrintable(route)) << "?" << route << 401;
        }
    }
    void everyPartyAgainstEveryRoute()
    {
        QFETCH(QString, caller);
        QFETCH(QString, route);
        QFETCH(int, status);
        // A credential of the hosted wallet's, which the call may read or delete.
        const QString id = client()
                               .issue("employee-badge", "wallet-" + QUuid::createUuid().toString(),
                                      QDateTime::currentDateTimeUtc().addDays(1),
                                      {{"holderFullName", "Ann Perkins"}})
                               .value();
        const QByteArray apiKey = caller == "?"      ? QByteArray("bm90LWEta2V5")
                                  : caller.isEmpty() ? QByteArray("")
                                                     : key(caller);
        const qint64 before = storedCredentials();
        QCOMPARE(statusOf(apiKey, route, id), status);
        if (status != 0) {
            // Refused: nothing issued, nothing deleted, the credential still there for its owner.
            QCOMPARE(storedCredentials(), before);
            VCDESK_VERIFY_OK(client().get(id));
        }
    }

    void onlyTheOwnerFindsACredential()
    {
        // A credential another issuing account of this agent put into a wallet.
        VCDESK_VERIFY_OK(m_agent->run([](AgentServer &agent) {
            return Sql::exec(
                agent.store().database(),
                "INSERT INTO hosted_credentials(id, wallet_id, template_id, fingerprint, detail,"
                " fields, created_ms, owner) VALUES ('theirs', 'w', 'email-credential', 'f', '{}',"
                " '{}', 0, 'issuer')");
        }));
        QCOMPARE(client().get("theirs").error().httpStatus, 404);
        QCOMPARE(client().remove("theirs").error().httpStatus, 404);
        QCOMPARE(m_agent->run([](AgentServer &agent) {
            return Sql::scalar(agent.store().database(),
                               "SELECT count(*) FROM hosted_credentials WHERE id = 'theirs'")
                .value()
                .toInt();
        }),
                 1);
        // The one that issued it cannot use the programmatic API at all.
        QCOMPARE(client(key("issuer")).get("theirs").error().httpStatus, 403);
    }

    void unsignedWrappersAreNeverValid_data()
    {
        QTest::addColumn<QByteArray>("proof");
        QTest::newRow("verified status, no vp_token")
            << QByteArray(R"({"correlationId":"x","status":"verified"})");
        QTest::newRow("verified status, empty payload")
            << QByteArray(R"({"correlationId":"x","definitionId":"d","status":"verified",)"
                          R"("payload":{},"lastUpdated":1})");
        QTest::newRow("flow-manager event without a credential")
            << QByteArray(R"({"key":"k","value":{"messageLabel":"verifiableCredentialGenerated",)"
                          R"("messagePayload":{}}})");
    }
    void unsignedWrappersAreNeverValid()
    {
        QFETCH(QByteArray, proof);
        auto results = client(key("verifier")).verify({QJsonDocument::fromJson(proof).object()});
        VCDESK_VERIFY_OK(results);
        QCOMPARE(results->size(), 1);
        QVERIFY(!results->first().isValid);
        const auto signature = results->first().results.value("SignatureVerification");
        QVERIFY(!signature.isValid);
        QVERIFY(!signature.messages.isEmpty());
    }
};

QTEST_GUILESS_MAIN(HostedWalletTest)
#include "tst_hosted_wallet.moc"
