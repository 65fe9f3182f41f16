// The hosted-wallet contract of seed 003 on both sides: vcdesk-agent's templates, issuing,
// get, delete and proof verification, against HostedWalletClient.

#include "agent/AgentServer.h"
#include "core/api/HostedWalletClient.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "support/ReportHelpers.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

class HostedWalletTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AgentServer> m_agent;

    HostedWalletClient client(const QByteArray &apiKey = {})
    {
        NetworkPolicy policy;
        policy.allowLoopbackHttp = true;
        QByteArray key = apiKey;
        if (key.isNull())
            key = m_agent->description()
                      .value("parties")
                      .toArray()
                      .first()
                      .toObject()
                      .value("apiKey")
                      .toString()
                      .toLatin1();
        return HostedWalletClient(QUrl(m_agent->baseUrl()), key, policy);
    }

private slots:
    void initTestCase()
    {
        auto agent = AgentServer::start(QHostAddress::LocalHost, 0, m_dir.path());
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
        for (const QString &name : {"SignatureVerification", "IssuerIsSigner", "CredentialStatus",
                                    "SchemaConformance", "TrustRegistryMembership"})
            QVERIFY2(results->at(0).results.value(name).isValid, qPrintable(name));
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
};

QTEST_GUILESS_MAIN(HostedWalletTest)
#include "tst_hosted_wallet.moc"
