// The JWS inspector: signer resolution, the checks and the verdict they add up to.

#include "core/codec/Base64Url.h"
#include "core/common/Clock.h"
#include "core/crypto/Jwk.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/ValidityCheck.h"
#include "support/ReportHelpers.h"
#include "support/TestData.h"
#include "support/TokenFactory.h"

#include <QJsonArray>
#include <QtTest>

using namespace vcdesk;
using Verdict = ValidationReport::Verdict;
using Outcome = CheckResult::Outcome;
using test::outcome;

namespace {

/// Serves fixed DID documents: lets a test shape relationships precisely.
class StaticDidResolver : public DidResolver
{
public:
    void add(const QJsonObject &document)
    {
        m_documents.insert(document.value("id").toString(), document);
    }
    Result<DidDocument> resolve(const DidUrl &did) override
    {
        if (!m_documents.contains(did.did()))
            return Error{"did.unresolvable", "not found"};
        return DidDocument::fromJson(m_documents.value(did.did()), did.did());
    }

private:
    QHash<QString, QJsonObject> m_documents;
};

const qint64 kNow = 1750000000; // 2025-06-15
const qint64 kDay = 86400;

InspectOptions
options(std::shared_ptr<DidResolver> resolver = MultiMethodDidResolver::createDefault())
{
    InspectOptions o;
    o.resolver = std::move(resolver);
    o.at = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
    return o;
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT
private slots:
    void withoutAnInstantTheOneClockDecides()
    {
        // No InspectOptions::at: "now" is Clock's, so moving it expires the credential.
        const auto issuer = test::Issuer::make(KeyType::P256);
        const QByteArray token =
            test::sign(issuer.key, test::credentialClaims(issuer.did, kNow - kDay, kNow + kDay));
        InspectOptions o = options();
        o.at = {};
        Clock::Override clock(QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
        QCOMPARE(CredentialInspector::inspect(token, o)->report.verdict(), Verdict::Valid);
        clock.advanceDays(2);
        const auto later = CredentialInspector::inspect(token, o);
        QCOMPARE(later->report.verdict(), Verdict::Invalid);
        QCOMPARE(outcome(*later, "ValidityPeriod"), Outcome::Fail);
        clock.set(QDateTime::fromSecsSinceEpoch(kNow - 2 * kDay, Qt::UTC));
        QCOMPARE(outcome(*CredentialInspector::inspect(token, o), "ValidityPeriod"), Outcome::Fail);
    }

    void validCredentialFromDidKey_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("withKid");
        for (auto [name, type] : {std::pair{"ES256", KeyType::P256},
                                  {"ES256K", KeyType::Secp256k1},
                                  {"EdDSA", KeyType::Ed25519}}) {
            QTest::newRow(qPrintable(QString(name) + " kid")) << int(type) << true;
            QTest::newRow(qPrintable(QString(name) + " iss only")) << int(type) << false;
        }
    }
    void validCredentialFromDidKey()
    {
        QFETCH(int, type);
        QFETCH(bool, withKid);
        const auto issuer = test::Issuer::make(KeyType(type));
        QJsonObject header;
        if (withKid)
            header.insert("kid", issuer.kid);
        const QByteArray token = test::sign(
            issuer.key, test::credentialClaims(issuer.did, kNow - kDay, kNow + kDay), header);
        auto inspection = CredentialInspector::inspect(token, options());
        QVERIFY(inspection.ok());
        QCOMPARE(inspection->format, QStringLiteral("jwt_vc_json"));
        QCOMPARE(inspection->report.checks().first().name, QStringLiteral("SignatureVerification"));
        QCOMPARE(outcome(*inspection, "SignatureVerification"), Outcome::Pass);
        QCOMPARE(outcome(*inspection, "IssuerIsSigner"), Outcome::Pass);
        QCOMPARE(outcome(*inspection, "ValidityPeriod"), Outcome::Pass);
        QCOMPARE(inspection->report.verdict(), Verdict::Valid);
        // An EC did:key is its own key-agreement key; Ed25519 derives an X25519 one.
        QJsonArray relationships{"authentication", "assertionMethod", "capabilityInvocation",
                                 "capabilityDelegation"};
        if (KeyType(type) != KeyType::Ed25519)
            relationships.insert(2, "keyAgreement");
        QCOMPARE(inspection->signer, (QJsonObject{{"source", "did"},
                                                  {"keyId", issuer.kid},
                                                  {"did", issuer.did},
                                                  {"relationships", relationships}}));
        const QJsonObject json = inspection->toJson();
        QCOMPARE(json.value("verdict").toString(), QStringLiteral("valid"));
        QCOMPARE(json.value("checks").toArray().first().toObject().value("result").toString(),
                 QStringLiteral("pass"));
    }

    void tamperedPayloadIsInvalid()
    {
        const auto issuer = test::Issuer::make(KeyType::P256);
        const QByteArray token =
            test::sign(issuer.key, test::credentialClaims(issuer.did, kNow - kDay, kNow + kDay));
        const QList<QByteArray> parts = token.split('.');
        QJsonObject claims = test::credentialClaims(issuer.did, kNow - kDay, kNow + 1000 * kDay);
        const QByteArray forged =
            parts[0] + '.' +
            Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
            parts[2];
        auto inspection = CredentialInspector::inspect(forged, options());
        QVERIFY(inspection.ok());
        QCOMPARE(outcome(*inspection, "SignatureVerification"), Outcome::Fail);
        QCOMPARE(inspection->report.verdict(), Verdict::Invalid);
    }

    void validityPeriod_data()
    {
        QTest::addColumn<qint64>("nbf");
        QTest::addColumn<qint64>("exp");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("expired") << kNow - 10 * kDay << kNow - kDay << int(Outcome::Fail)
                                 << "expired";
        QTest::newRow("not yet valid")
            << kNow + kDay << kNow + 10 * kDay << int(Outcome::Fail) << "not valid before";
        QTest::newRow("expired 30 s ago, within skew")
            << kNow - kDay << kNow - 30 << int(Outcome::Pass) << "valid";
        QTest::newRow("expired 2 min ago")
            << kNow - kDay << kNow - 120 << int(Outcome::Fail) << "expired";
    }
    void validityDetailsWriteTimesAsQtDoes()
    {
        // ValidityCheck composes its times by hand (QDateTime::toString was slow); every one
        // must read exactly as Qt::ISODate writes it, whatever the year or time spec.
        QRandomGenerator random(20240601);
        const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 last =
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QList<qint64> times{first, last, 0, -1, 1700000000123, last - 500};
        for (int i = 0; i < 3000; ++i)
            times << first + qint64(random.generateDouble() * double(last - first));
        for (const qint64 ms : times) {
            InspectOptions o;
            o.at = QDateTime::fromMSecsSinceEpoch(ms, ms % 2 ? Qt::LocalTime : Qt::UTC);
            o.clockSkewSeconds = 0;
            const QDateTime until = o.at.addSecs(1 + random.bounded(100000));
            ValidationReport report;
            ValidityCheck::run(QDateTime(), until, QDateTime(), o, report);
            QCOMPARE(report.checks().size(), 1);
            QCOMPARE(report.checks().first().detail, QStringLiteral("valid at %1 until %2")
                                                         .arg(o.at.toUTC().toString(Qt::ISODate),
                                                              until.toUTC().toString(Qt::ISODate)));
        }
    }

    void validityPeriod()
    {
        QFETCH(qint64, nbf);
        QFETCH(qint64, exp);
        QFETCH(int, expected);
        QFETCH(QString, detailPart);
        const auto issuer = test::Issuer::make(KeyType::Ed25519);
        auto inspection = CredentialInspector::inspect(
            test::sign(issuer.key, test::credentialClaims(issuer.did, nbf, exp)), options());
        QVERIFY(inspection.ok());
        QCOMPARE(int(outcome(*inspection, "ValidityPeriod")), expected);
        QVERIFY(inspection->report.check("ValidityPeriod")->detail.contains(detailPart));
        QCOMPARE(inspection->report.verdict(),
                 expected == int(Outcome::Pass) ? Verdict::Valid : Verdict::Invalid);
        // Non-numeric dates are refused.
        QJsonObject claims = test::credentialClaims(issuer.did, nbf, exp);
        claims["exp"] = "2030-01-01";
        auto bad = CredentialInspector::inspect(test::sign(issuer.key, claims), options());
        QCOMPARE(outcome(*bad, "ValidityPeriod"), Outcome::Fail);
    }

    void signerIsNotIssuer()
    {
        // Mallory signs with her own did:key but claims Alice's DID as issuer.
        const auto alice = test::Issuer::make(KeyType::P256);
        const auto mallory = test::Issuer::make(KeyType::P256);
        const QByteArray token =
            test::sign(mallory.key, test::credentialClaims(alice.did, kNow - kDay, kNow + kDay),
                       QJsonObject{{"kid", mallory.kid}});
        auto inspection = CredentialInspector::inspect(token, options());
        QCOMPARE(outcome(*inspection, "SignatureVerification"), Outcome::Pass);
        QCOMPARE(outcome(*inspection, "IssuerIsSigner"), Outcome::Fail);
        QCOMPARE(inspection->report.verdict(), Verdict::Invalid);
        // Without a kid, Alice's keys are tried and none verifies.
        const QByteArray noKid =
            test::sign(mallory.key, test::credentialClaims(alice.did, kNow - kDay, kNow + kDay));
        auto second = CredentialInspector::inspect(noKid, options());
        QCOMPARE(outcome(*second, "SignatureVerification"), Outcome::Fail);
    }

    void keyMustBeAuthorizedForAssertion()
    {
        const PrivateKey key = PrivateKey::generate(KeyType::P256);
        const QString did = "did:example:issuer";
        auto resolver = std::make_shared<StaticDidResolver>();
        resolver->add(QJsonObject{
            {"id", did},
            {"verificationMethod",
             QJsonArray{QJsonObject{{"id", did + "#auth"},
                                    {"type", "JsonWebKey2020"},
                                    {"controller", did},
                                    {"publicKeyJwk", Jwk::fromPublicKey(key.publicKey())}}}},
            {"authentication", QJsonArray{"#auth"}}});
        const QByteArray vc = test::sign(key, test::credentialClaims(did, kNow - kDay, kNow + kDay),
                                         QJsonObject{{"kid", did + "#auth"}});
        auto inspection = CredentialInspector::inspect(vc, options(resolver));
        QCOMPARE(outcome(*inspection, "SignatureVerification"), Outcome::Fail);
        QVERIFY(
            inspection->report.check("SignatureVerification")->detail.contains("assertionMethod"));
        // The same key may sign a presentation (authentication).
        const QJsonObject vp{{"iss", did},
                             {"nonce", "n-1"},
                             {"vp", QJsonObject{{"type", QJsonArray{"VerifiablePresentation"}}}}};
        auto presentation = CredentialInspector::inspect(
            test::sign(key, vp, QJsonObject{{"kid", did + "#auth"}}), options(resolver));
        QCOMPARE(presentation->format, QStringLiteral("jwt_vp_json"));
        QCOMPARE(outcome(*presentation, "SignatureVerification"), Outcome::Pass);
        // A presentation of nothing proves nothing: never "valid".
        QCOMPARE(outcome(*presentation, "NestedCredentials"), Outcome::Unknown);
        QCOMPARE(presentation->report.verdict(), Verdict::Unverifiable);
    }

    void unresolvableIssuerIsUnverifiable()
    {
        const PrivateKey key = PrivateKey::generate(KeyType::Secp256k1);
        const QByteArray token = test::sign(
            key, test::credentialClaims(
                     "did:bsv:7fd9e3a5b134e281ef59b9946e51ebec200be032495c6eaa20d6d655461a1963",
                     kNow - kDay, kNow + kDay));
        auto inspection = CredentialInspector::inspect(token, options());
        QCOMPARE(outcome(*inspection, "SignatureVerification"), Outcome::Unknown);
        QVERIFY(inspection->report.check("SignatureVerification")->detail.contains("bsv"));
        QCOMPARE(inspection->report.verdict(), Verdict::Unverifiable);
    }

    void embeddedJwkIsNotTrusted()
    {
        const PrivateKey key = PrivateKey::generate(KeyType::P256);
        QJsonObject claims{{"sub", "x"}};
        const QByteArray token =
            test::sign(key, claims, QJsonObject{{"jwk", Jwk::fromPublicKey(key.publicKey())}});
        auto inspection = CredentialInspector::inspect(token, options());
        QCOMPARE(outcome(*inspection, "SignatureVerification"), Outcome::Unknown);
        QVERIFY(inspection->report.check("SignatureVerification")->detail.contains("jwk"));
        QVERIFY(inspection->report.verdict() != Verdict::Valid);
        // jku pointing anywhere is not fetched either.
        const QByteArray jku =
            test::sign(key, claims, QJsonObject{{"jku", "https://attacker.example/keys"}});
        QCOMPARE(outcome(*CredentialInspector::inspect(jku, options()), "SignatureVerification"),
                 Outcome::Unknown);
    }

    void givenKey()
    {
        const PrivateKey key = PrivateKey::generate(KeyType::Ed25519);
        const QByteArray token = test::sign(key, QJsonObject{{"sub", "x"}});
        InspectOptions o = options();
        o.key = key.publicKey();
        auto inspection = CredentialInspector::inspect(token, o);
        QCOMPARE(inspection->report.verdict(), Verdict::Valid);
        QCOMPARE(inspection->signer.value("thumbprint").toString(),
                 Jwk::thumbprint(key.publicKey()));
        o.key = PrivateKey::generate(KeyType::Ed25519).publicKey();
        QCOMPARE(CredentialInspector::inspect(token, o)->report.verdict(), Verdict::Invalid);
    }

    void algNoneIsInvalid()
    {
        const auto issuer = test::Issuer::make(KeyType::P256);
        const QByteArray payload = Base64Url::encode(
            QJsonDocument(test::credentialClaims(issuer.did, kNow - kDay, kNow + kDay)).toJson());
        const QByteArray token = Base64Url::encode(R"({"alg":"none"})") + '.' + payload + '.';
        auto inspection = CredentialInspector::inspect(token, options());
        QVERIFY(inspection.ok());
        QCOMPARE(outcome(*inspection, "SignatureVerification"), Outcome::Fail);
        QCOMPARE(inspection->report.verdict(), Verdict::Invalid);
    }

    void identusSeedTellsTheTruth()
    {
        InspectOptions o = options();
        o.at = QDateTime(QDate(2024, 10, 10), QTime(0, 0), Qt::UTC);
        auto inspection =
            CredentialInspector::inspect(test::readData("seeds/identus-credential.jwt"), o);
        QVERIFY(inspection.ok());
        QCOMPARE(inspection->format, QStringLiteral("jwt_vc_json"));
        const CheckResult *signature = inspection->report.check("SignatureVerification");
        // Neither key in the DID's creation operation signed it; the report says which key it
        // tried and why that is not proof of forgery, and never calls it valid.
        QCOMPARE(signature->outcome, Outcome::Unknown);
        QVERIFY(signature->detail.contains("#key-1"));
        QVERIFY(signature->detail.contains("authentication"));
        QVERIFY(signature->detail.contains("PRISM node"));
        QCOMPARE(outcome(*inspection, "ValidityPeriod"), Outcome::Pass);
        QCOMPARE(inspection->report.verdict(), Verdict::Unverifiable);
        o.at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        auto later =
            CredentialInspector::inspect(test::readData("seeds/identus-credential.jwt"), o);
        QCOMPARE(outcome(*later, "ValidityPeriod"), Outcome::Fail); // expired in November 2024
        QCOMPARE(later->report.verdict(), Verdict::Invalid);
    }

    void unreadableInputIsAnError()
    {
        for (const QByteArray &input :
             {QByteArray("hello"), QByteArray("a.b"), QByteArray(), QByteArray("e30.e30.!!")}) {
            auto inspection = CredentialInspector::inspect(input, options());
            QVERIFY(!inspection.ok());
            QVERIFY(!inspection.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_inspector.moc"
