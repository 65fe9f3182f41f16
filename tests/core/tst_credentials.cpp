// The credential model across envelopes: JWT-VC 1.1, VC-JWT 2.0, JWT-VP with nested VCs,
// JSON-LD, and the seeds' wrappers, each inspected end to end.

#include "core/codec/Base64Url.h"
#include "core/credential/CredentialParser.h"
#include "core/credential/Envelope.h"
#include "core/crypto/Jwk.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/MandateHashCheck.h"
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

const qint64 kNow = 1750000000; // 2025-06-15
const qint64 kDay = 86400;

InspectOptions options(qint64 at = kNow)
{
    InspectOptions o;
    o.resolver = MultiMethodDidResolver::createDefault();
    o.at = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    return o;
}

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

QByteArray presentation(const test::Issuer &holder, const QJsonArray &credentials)
{
    const QJsonObject vp{
        {"iss", holder.did},
        {"aud", "did:example:verifier"},
        {"nonce", "n-0S6_WzA2Mj"},
        {"nbf", kNow - 60},
        {"exp", kNow + 600},
        {"vp", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                           {"type", QJsonArray{"VerifiablePresentation"}},
                           {"verifiableCredential", credentials}}}};
    return test::sign(holder.key, vp, QJsonObject{{"kid", holder.kid}});
}

/// JWT-VC claims (test::credentialClaims) issued to `subjectDid`, or to nobody when empty.
QJsonObject issuedTo(QJsonObject claims, const QString &subjectDid)
{
    QJsonObject vc = claims.value("vc").toObject();
    QJsonObject subject = vc.value("credentialSubject").toObject();
    if (subjectDid.isEmpty()) {
        claims.remove("sub");
        subject.remove("id");
    } else {
        claims.insert("sub", subjectDid);
        subject.insert("id", subjectDid);
    }
    vc.insert("credentialSubject", subject);
    claims.insert("vc", vc);
    return claims;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT
private slots:
    void jwtVc11Mapping()
    {
        const auto issuer = test::Issuer::make(KeyType::P256);
        const QByteArray token =
            test::sign(issuer.key, test::credentialClaims(issuer.did, kNow - kDay, kNow + kDay));
        auto inspection = CredentialInspector::inspect(token, options());
        QVERIFY(inspection.ok());
        QCOMPARE(inspection->format, QStringLiteral("jwt_vc_json"));
        QCOMPARE(inspection->issuer, issuer.did);
        QCOMPARE(inspection->subject, QStringLiteral("did:example:holder"));
        QCOMPARE(inspection->types, (QStringList{"VerifiableCredential", "EmailCredential"}));
        QCOMPARE(inspection->claims.toObject().value("email").toString(),
                 QStringLiteral("alice@example.com"));
        QCOMPARE(inspection->validFrom.toSecsSinceEpoch(), kNow - kDay);
        QCOMPARE(inspection->validUntil.toSecsSinceEpoch(), kNow + kDay);
        QCOMPARE(inspection->report.verdict(), Verdict::Valid);
        auto parsed = CredentialParser::fromJwt(CompactJws::parse(token).value(),
                                                CompactJws::parse(token)->payloadObject().value());
        QCOMPARE(parsed->raw, token); // the original form is kept
        // Given the text it was parsed from, the same; given other text, written from the
        // token again, never the other text.
        const CompactJws jws = CompactJws::parse(token).value();
        const QJsonObject claims = jws.payloadObject().value();
        QCOMPARE(CredentialParser::fromJwt(jws, claims, "  " + token + "\n")->raw, token);
        QByteArray otherSignature = token;
        otherSignature.chop(2);
        otherSignature += "AA";
        QCOMPARE(CredentialParser::fromJwt(jws, claims, otherSignature)->raw, token);
        QCOMPARE(CredentialParser::fromJwt(jws, claims, token + "x")->raw, token);
        QCOMPARE(CredentialParser::fromJwt(jws, claims, token.first(40))->raw, token);
        // Another payload with this token's signature is not this token either.
        const qsizetype dot1 = token.indexOf('.');
        QByteArray otherPayload = token;
        otherPayload[dot1 + 3] = otherPayload[dot1 + 3] == 'A' ? 'B' : 'A';
        QCOMPARE(CredentialParser::fromJwt(jws, claims, otherPayload)->raw, token);
        const QJsonObject json = inspection->toJson();
        for (const char *key :
             {"issuer", "subject", "types", "claims", "validFrom", "validUntil", "nested"})
            QVERIFY2(json.contains(key), key);
    }

    void bothNamesOfADateHoldTheCredentialToTheStricter()
    {
        // VC 2.0's validFrom/validUntil and VC 1.1's issuanceDate/expirationDate name the same
        // dates: one of a pair must not hide what the other says.
        const QJsonObject base{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                               {"type", QJsonArray{"VerifiableCredential"}},
                               {"issuer", "did:example:issuer"},
                               {"credentialSubject", QJsonObject{{"id", "did:example:holder"}}}};
        const auto read = [&](const QJsonObject &dates) {
            QJsonObject document = base;
            for (auto it = dates.begin(); it != dates.end(); ++it)
                document.insert(it.key(), it.value());
            return CredentialParser::fromJsonLd(document).value();
        };
        const Credential both = read({{"validFrom", "2025-01-01T00:00:00Z"},
                                      {"issuanceDate", "2026-01-01T00:00:00Z"},
                                      {"validUntil", "2099-01-01T00:00:00Z"},
                                      {"expirationDate", "2030-01-01T00:00:00Z"}});
        QCOMPARE(both.validFrom, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(both.validUntil, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(both.dateProblems.isEmpty());
        const Credential swapped = read({{"validFrom", "2026-01-01T00:00:00Z"},
                                         {"issuanceDate", "2025-01-01T00:00:00Z"},
                                         {"validUntil", "2030-01-01T00:00:00Z"},
                                         {"expirationDate", "2099-01-01T00:00:00Z"}});
        QCOMPARE(swapped.validFrom, both.validFrom);
        QCOMPARE(swapped.validUntil, both.validUntil);
        // Either name alone still counts, and an unreadable one is reported, never skipped.
        QCOMPARE(read({{"expirationDate", "2030-01-01T00:00:00Z"}}).validUntil, both.validUntil);
        const Credential unreadable =
            read({{"validUntil", "2099-01-01T00:00:00Z"}, {"expirationDate", "next Tuesday"}});
        QCOMPARE(unreadable.dateProblems.size(), 1);
        QVERIFY(unreadable.dateProblems.first().contains("expirationDate"));
    }

    void vcJwt20()
    {
        const auto issuer = test::Issuer::make(KeyType::Ed25519);
        const QJsonObject vc{
            {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
            {"type", QJsonArray{"VerifiableCredential", "AgeCredential"}},
            {"issuer", issuer.did},
            {"validFrom", iso(kNow - kDay)},
            {"validUntil", iso(kNow + kDay)},
            {"credentialSubject", QJsonObject{{"id", "did:example:bob"}, {"over18", true}}}};
        auto inspection = CredentialInspector::inspect(
            test::sign(issuer.key, vc, QJsonObject{{"typ", "vc+jwt"}}), options());
        QVERIFY(inspection.ok());
        QCOMPARE(inspection->format, QStringLiteral("vc+jwt"));
        QCOMPARE(inspection->subject, QStringLiteral("did:example:bob"));
        QCOMPARE(inspection->report.verdict(), Verdict::Valid);
        // Expired by its validUntil.
        auto later = CredentialInspector::inspect(
            test::sign(issuer.key, vc, QJsonObject{{"typ", "vc+jwt"}}), options(kNow + 2 * kDay));
        QCOMPARE(outcome(*later, "ValidityPeriod"), Outcome::Fail);
    }

    void inconsistentClaimsAreCaught()
    {
        const auto issuer = test::Issuer::make(KeyType::P256);
        QJsonObject claims = test::credentialClaims(issuer.did, kNow - kDay, kNow + kDay);
        QJsonObject vc = claims.value("vc").toObject();
        vc.insert("issuer", "did:example:someone-else");
        vc.insert("expirationDate", iso(kNow + 365 * kDay));
        claims.insert("vc", vc);
        auto inspection = CredentialInspector::inspect(test::sign(issuer.key, claims), options());
        QCOMPARE(outcome(*inspection, "ClaimsConsistency"), Outcome::Fail);
        const QString detail = inspection->report.check("ClaimsConsistency")->detail;
        QVERIFY(detail.contains("iss"));
        QVERIFY(detail.contains("exp"));
        // Each disagreement names what the claim restates.
        QVERIFY2(detail.contains(QString("the JWT claim \"iss\" (%1) differs from the issuer "
                                         "(did:example:someone-else)")
                                     .arg(issuer.did)),
                 qPrintable(detail));
        QVERIFY2(detail.contains("differs from the end of validity"), qPrintable(detail));
        QCOMPARE(inspection->report.verdict(), Verdict::Invalid);
        // The JWT's own exp is what counts for validity.
        QCOMPARE(inspection->validUntil.toSecsSinceEpoch(), kNow + kDay);
    }

    void presentationWithNestedCredentials()
    {
        const auto holder = test::Issuer::make(KeyType::Secp256k1);
        const auto issuer = test::Issuer::make(KeyType::P256);
        const QJsonObject claims = test::credentialClaims(issuer.did, kNow - kDay, kNow + kDay);
        const QByteArray vc = test::sign(issuer.key, issuedTo(claims, holder.did));
        auto good = CredentialInspector::inspect(
            presentation(holder, QJsonArray{QString::fromLatin1(vc)}), options());
        QVERIFY(good.ok());
        QCOMPARE(good->format, QStringLiteral("jwt_vp_json"));
        QCOMPARE(good->issuer, holder.did);
        QCOMPARE(int(good->nested.size()), 1);
        QCOMPARE(good->nested.front().format, QStringLiteral("jwt_vc_json"));
        QCOMPARE(outcome(*good, "NestedCredentials"), Outcome::Pass);
        QCOMPARE(outcome(*good, "HolderBinding"), Outcome::Pass);
        QCOMPARE(good->report.verdict(), Verdict::Valid);

        // The same credential in a stranger's presentation: a copy, whoever signed it.
        const auto stranger = test::Issuer::make(KeyType::Ed25519);
        auto copied = CredentialInspector::inspect(
            presentation(stranger, QJsonArray{QString::fromLatin1(vc)}), options());
        VCDESK_VERIFY_OK(copied);
        QCOMPARE(outcome(*copied, "NestedCredentials"), Outcome::Pass);
        QCOMPARE(outcome(*copied, "HolderBinding"), Outcome::Fail);
        QVERIFY(copied->report.check("HolderBinding")->detail.contains(stranger.did));
        QCOMPARE(copied->report.verdict(), Verdict::Invalid);
        // Bound by cnf to the presenter's key instead of by subject.
        QJsonObject keyBound = issuedTo(claims, {});
        keyBound.insert("cnf", QJsonObject{{"jwk", Jwk::fromPublicKey(holder.key.publicKey())}});
        const QJsonArray keyBoundVc{QString::fromLatin1(test::sign(issuer.key, keyBound))};
        const auto holderBinding = [&](const test::Issuer &by, const QJsonArray &credentials) {
            auto inspection =
                CredentialInspector::inspect(presentation(by, credentials), options());
            if (!inspection)
                qFatal("unreadable: %s", qPrintable(inspection.error().toString()));
            return outcome(*inspection, "HolderBinding");
        };
        QCOMPARE(holderBinding(holder, keyBoundVc), Outcome::Pass);
        QCOMPARE(holderBinding(stranger, keyBoundVc), Outcome::Fail);
        // A cnf that is not an object naming a key binds nothing (it is not a bearer's).
        QJsonObject badCnf = issuedTo(claims, {});
        badCnf.insert("cnf", holder.did);
        QCOMPARE(holderBinding(holder, {QString::fromLatin1(test::sign(issuer.key, badCnf))}),
                 Outcome::Fail);
        // The holder's whole presentation, passed on inside a stranger's.
        const QJsonArray passedOn{
            QString::fromLatin1(presentation(holder, QJsonArray{QString::fromLatin1(vc)}))};
        QCOMPARE(holderBinding(stranger, passedOn), Outcome::Fail);
        QCOMPARE(holderBinding(holder, passedOn), Outcome::Pass);
        // A bearer credential (no holder named) may be presented by anyone, and says so.
        const QJsonArray bearer{QString::fromLatin1(test::sign(issuer.key, issuedTo(claims, {})))};
        auto anyone = CredentialInspector::inspect(presentation(stranger, bearer), options());
        VCDESK_VERIFY_OK(anyone);
        QCOMPARE(outcome(*anyone, "HolderBinding"), Outcome::Pass);
        QVERIFY(anyone->report.check("HolderBinding")->detail.contains("names no holder"));
        // Several subjects: which is first is not signed in an rdfc credential, so none of
        // them is bound by position; a non-DID id first does not make it a bearer's either.
        const auto subjects = [&](const QJsonArray &list) {
            QJsonObject several = issuedTo(claims, {});
            QJsonObject vcMember = several.value("vc").toObject();
            vcMember.insert("credentialSubject", list);
            several.insert("vc", vcMember);
            return QJsonArray{QString::fromLatin1(test::sign(issuer.key, several))};
        };
        const QJsonArray two =
            subjects({QJsonObject{{"id", holder.did}}, QJsonObject{{"id", stranger.did}}});
        QCOMPARE(holderBinding(holder, two), Outcome::Unknown);
        QCOMPARE(holderBinding(stranger, two), Outcome::Unknown);
        const QJsonArray thingFirst =
            subjects({QJsonObject{{"id", "urn:uuid:0b1e"}}, QJsonObject{{"id", holder.did}}});
        QCOMPARE(holderBinding(stranger, thingFirst), Outcome::Fail);
        QCOMPARE(holderBinding(holder, thingFirst), Outcome::Pass);

        // A tampered credential inside a well-signed presentation makes the whole invalid.
        QByteArray tampered = vc;
        tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
        auto bad = CredentialInspector::inspect(
            presentation(holder, QJsonArray{QString::fromLatin1(tampered)}), options());
        QCOMPARE(outcome(*bad, "SignatureVerification"), Outcome::Pass);
        QCOMPARE(outcome(*bad, "NestedCredentials"), Outcome::Fail);
        QCOMPARE(bad->report.verdict(), Verdict::Invalid);

        // Garbage inside is reported, not crashed on.
        auto garbage = CredentialInspector::inspect(
            presentation(holder, QJsonArray{"not a credential", 42}), options());
        QCOMPARE(int(garbage->nested.size()), 2);
        QCOMPARE(garbage->nested.front().format, QStringLiteral("unreadable"));
        QCOMPARE(garbage->report.verdict(), Verdict::Invalid);
    }

    void seedVpTokenIsUnsignedButItsCredentialIsInspected()
    {
        auto inspection =
            CredentialInspector::inspect(test::readData("seeds/verifier-vp-token.jwt"),
                                         options(1732184900)); // inside the VP's 12 minutes
        QVERIFY(inspection.ok());
        QCOMPARE(inspection->format, QStringLiteral("jwt_vp_json"));
        QCOMPARE(outcome(*inspection, "SignatureVerification"), Outcome::Fail);
        QVERIFY(inspection->report.check("SignatureVerification")->detail.contains("unsigned"));
        QCOMPARE(int(inspection->nested.size()), 1);
        const Inspection &vc = inspection->nested.front();
        QCOMPARE(vc.format, QStringLiteral("jwt_vc_json"));
        QCOMPARE(vc.types, (QStringList{"VerifiableCredential", "EmailCredential"}));
        QCOMPARE(vc.claims.toObject().value("email").toString(),
                 QStringLiteral("z.pangrsic@nchain.com"));
        QCOMPARE(outcome(vc, "SignatureVerification"), Outcome::Unknown); // did:bsv
        QVERIFY(!vc.report.check("ClaimsConsistency"));                   // its hybrid claims agree
        // The presentation's issuanceDate beside "vp" (when the wallet signed) is not a
        // validity to compare with its nbf: only a credential's members beside "vc" are read.
        QVERIFY(!inspection->report.check("ClaimsConsistency"));
        QCOMPARE(inspection->report.verdict(), Verdict::Invalid);
    }

    void everyShapeOfSubjectNamesTheHolder_data()
    {
        QTest::addColumn<QJsonValue>("subject");
        const QJsonObject alice{{"id", "did:example:alice"}, {"email", "alice@example.com"}};
        QTest::newRow("object") << QJsonValue(alice);
        QTest::newRow("plain IRI") << QJsonValue("did:example:alice");
        QTest::newRow("IRI first") << QJsonValue(QJsonArray{"did:example:alice", alice});
        QTest::newRow("null first") << QJsonValue(QJsonArray{QJsonValue::Null, alice});
        QTest::newRow("nested array") << QJsonValue(QJsonArray{QJsonArray{alice}});
        QTest::newRow("claims first")
            << QJsonValue(QJsonArray{QJsonObject{{"email", "alice@example.com"}}, alice});
    }
    void subjectIdsAreEachNamedOnce()
    {
        QJsonArray many;
        for (int i = 0; i < 50000; ++i) // distinct and repeated: read in linear time
            many << QStringLiteral("did:example:%1").arg(i % 25000);
        const QStringList all = CredentialParser::subjectIds(many);
        QCOMPARE(all.size(), 25000);
        QCOMPARE(all.first(), QStringLiteral("did:example:0"));
        QCOMPARE(CredentialParser::subjectIds(many, 1), QStringList{"did:example:0"});
    }

    void everyShapeOfSubjectNamesTheHolder()
    {
        // JSON-LD reads the same subject from each of these: so must holder binding, or a
        // stranger could present the credential as a bearer credential.
        QFETCH(QJsonValue, subject);
        const QJsonObject document{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                                   {"type", QJsonArray{"VerifiableCredential"}},
                                   {"issuer", "did:example:issuer"},
                                   {"credentialSubject", subject}};
        auto credential = CredentialParser::fromJsonLd(document);
        QVERIFY(credential.ok());
        QCOMPARE(credential->subject, QStringLiteral("did:example:alice"));
    }

    void wrappers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("innerFormat");
        QTest::addColumn<int>("verdict");
        QTest::newRow("issuer agent match (seed 001)") << "seeds/issuer-agent-match.json"
                                                       << "issuer-agent-record"
                                                       << "jwt_vc_json" << int(Verdict::Invalid);
        QTest::newRow("issuer agent offers (seed 001)")
            << "seeds/issuer-agent-offers.json"
            << "issuer-agent-record" << QString() << int(Verdict::Unverifiable);
        QTest::newRow("auth status (seed 002)") << "seeds/verifier-auth-status.json"
                                                << "verifier-auth-status"
                                                << "jwt_vp_json" << int(Verdict::Invalid);
        QTest::newRow("hosted wallet (seed 003)") << "seeds/hosted-wallet-credential.json"
                                                  << "hosted-wallet-credential"
                                                  << "ldp_vc" << int(Verdict::Unverifiable);
        QTest::newRow("decision event (seed 004)") << "seeds/decision-event.json"
                                                   << "decision-event"
                                                   << "ldp_vc" << int(Verdict::Invalid);
    }
    void wrappers()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, innerFormat);
        QFETCH(int, verdict);
        auto inspection = CredentialInspector::inspect(test::readData(file), options());
        QVERIFY2(inspection.ok(),
                 qPrintable(inspection.ok() ? QString() : inspection.error().message));
        QCOMPARE(inspection->format, format);
        if (innerFormat.isEmpty()) {
            QVERIFY(inspection->nested.empty());
        } else {
            QCOMPARE(int(inspection->nested.size()), 1);
            QCOMPARE(inspection->nested.front().format, innerFormat);
        }
        QCOMPARE(int(inspection->report.verdict()), verdict);
        QVERIFY(inspection->report.verdict() != Verdict::Valid);
    }

    void unsupportedSuitesAreUnknownNeverValid()
    {
        auto inspection = CredentialInspector::inspect(
            test::readData("seeds/hosted-wallet-credential.json"), options());
        const Inspection &vc = inspection->nested.front();
        QCOMPARE(outcome(vc, "SignatureVerification"), Outcome::Unknown);
        QVERIFY(vc.report.check("SignatureVerification")->detail.contains("BbsBlsSignature2020"));
        QVERIFY(vc.report.check("SignatureVerification")->detail.contains("needs BLS12-381"));
        QCOMPARE(
            vc.issuer,
            QStringLiteral("did:web:dentity-dev.connect.trinsic.cloud:z8wCvUe4sM5eTnYYHFaxxjs"));
        QCOMPARE(vc.claims.toObject().value("holderFullName").toString(),
                 QStringLiteral("Leslie Knope"));

        QJsonObject unsigned_ = vc.payload.object();
        unsigned_.remove("proof");
        auto noProof = CredentialInspector::inspect(QJsonDocument(unsigned_).toJson(), options());
        QCOMPARE(noProof->format, QStringLiteral("ldp_vc"));
        QCOMPARE(outcome(*noProof, "SignatureVerification"), Outcome::Fail);
    }

    void decisionEventHashes()
    {
        QJsonObject event = test::readJson("seeds/decision-event.json");
        auto seed = CredentialInspector::inspect(QJsonDocument(event).toJson(), options());
        QCOMPARE(outcome(*seed, "DataHashes"),
                 Outcome::Fail); // "sha256:abc123..." is a placeholder
        // With real hashes, including a nested field, the check passes; one changed value fails it.
        QJsonObject credential = event.value("credential").toObject();
        QJsonObject subject = credential.value("credentialSubject").toObject();
        QJsonObject item{
            {"label", "Consent"},
            {"type", "string"},
            {"value", "I agree."},
            {"hash", MandateHashCheck::hashOf(QJsonValue("I agree."))},
            {"fields", QJsonArray{QJsonObject{{"label", "Age"},
                                              {"type", "number"},
                                              {"value", 42},
                                              {"hash", MandateHashCheck::hashOf(QJsonValue(42))},
                                              {"hidden", true}}}}};
        subject.insert("data", QJsonArray{item});
        credential.insert("credentialSubject", subject);
        event.insert("credential", credential);
        auto good = CredentialInspector::inspect(QJsonDocument(event).toJson(), options());
        QCOMPARE(outcome(*good, "DataHashes"), Outcome::Pass);
        QVERIFY(good->report.check("DataHashes")->detail.startsWith("2 "));
        item.insert("value", "I do not agree.");
        subject.insert("data", QJsonArray{item});
        credential.insert("credentialSubject", subject);
        event.insert("credential", credential);
        auto changed = CredentialInspector::inspect(QJsonDocument(event).toJson(), options());
        QCOMPARE(outcome(*changed, "DataHashes"), Outcome::Fail);
        QVERIFY(changed->report.check("DataHashes")->detail.contains("Consent"));
    }

    void envelopeReaderReadsFactsAndVerifyJudgesThem()
    {
        // The reader only reports what the event says: its action, the proof's action, and
        // each hashed data item (nested fields too, items without a hash left out).
        QJsonObject event = test::readJson("seeds/decision-event.json");
        QJsonObject credential = event.value("credential").toObject();
        QJsonObject subject = credential.value("credentialSubject").toObject();
        subject.insert(
            "data",
            QJsonArray{QJsonObject{{"label", "Name"},
                                   {"value", "Ann"},
                                   {"fields", QJsonArray{QJsonObject{
                                                  {"label", "Age"},
                                                  {"value", 42},
                                                  {"hash", MandateHashCheck::hashOf(42)}}}}},
                       QJsonObject{{"label", "Consent"}, {"value", "yes"}, {"hash", "sha256:zz"}}});
        credential.insert("credentialSubject", subject);
        event.insert("credential", credential);
        event.insert("action", "reject");
        const auto envelope = EnvelopeReader::read(event);
        QVERIFY(envelope);
        QCOMPARE(envelope->kind, Envelope::Kind::DecisionEvent);
        QCOMPARE(envelope->state, QStringLiteral("reject"));
        QCOMPARE(envelope->proofState, QStringLiteral("accept"));
        QCOMPARE(envelope->mandateData.size(), 2);
        QCOMPARE(envelope->mandateData.at(0).label, QStringLiteral("Age"));
        QCOMPARE(envelope->mandateData.at(0).hash, MandateHashCheck::hashOf(42));
        QCOMPARE(envelope->mandateData.at(1).hash, QStringLiteral("sha256:zz"));

        // core/verify turns the facts into checks.
        const CheckResult hashes = MandateHashCheck::check(envelope->mandateData);
        QCOMPARE(hashes.outcome, Outcome::Fail);
        QVERIFY(hashes.detail.contains("Consent"));
        QVERIFY(!hashes.detail.contains("Age"));
        QCOMPARE(MandateHashCheck::check({envelope->mandateData.at(0)}).outcome, Outcome::Pass);
        QCOMPARE(MandateHashCheck::check({}).outcome, Outcome::Unknown);
        auto inspection = CredentialInspector::inspect(QJsonDocument(event).toJson(), options());
        QCOMPARE(outcome(*inspection, "Decision"), Outcome::Fail);
        QVERIFY(inspection->report.check("Decision")->detail.contains("reject"));
    }

    void flowManagerEvents()
    {
        const auto issuer = test::Issuer::make(KeyType::Secp256k1);
        const QByteArray vc =
            test::sign(issuer.key, test::credentialClaims(issuer.did, kNow - kDay, kNow + kDay));
        const QJsonObject generated{
            {"key", "flow-1"},
            {"value", QJsonObject{{"messageLabel", "verifiableCredentialGenerated"},
                                  {"messagePayload", QJsonObject{{"verifiableCredential",
                                                                  QString::fromLatin1(vc)}}}}}};
        auto ok = CredentialInspector::inspect(QJsonDocument(generated).toJson(), options());
        QCOMPARE(ok->format, QStringLiteral("flow-manager-event"));
        QCOMPARE(ok->report.verdict(), Verdict::Valid);
        const QJsonObject failed{
            {"key", "flow-1"},
            {"value", QJsonObject{{"messageLabel", "verifiableCredentialGenerationFailed"},
                                  {"messagePayload", QJsonObject{{"verifiableCredentialError",
                                                                  "schema mismatch"}}}}}};
        auto bad = CredentialInspector::inspect(QJsonDocument(failed).toJson(), options());
        QCOMPARE(outcome(*bad, "GenerationResult"), Outcome::Fail);
        QVERIFY(bad->report.check("GenerationResult")->detail.contains("schema mismatch"));
        QCOMPARE(bad->report.verdict(), Verdict::Invalid);
    }

    void base64WrappedToken()
    {
        const auto issuer = test::Issuer::make(KeyType::Ed25519);
        const QByteArray vc =
            test::sign(issuer.key, test::credentialClaims(issuer.did, kNow - kDay, kNow + kDay));
        auto inspection = CredentialInspector::inspect(vc.toBase64(), options());
        QVERIFY(inspection.ok());
        QCOMPARE(inspection->report.verdict(), Verdict::Valid);
    }

    void hostileNesting()
    {
        // A presentation that embeds itself (as JSON) far deeper than allowed.
        QJsonObject vp{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                       {"type", "VerifiablePresentation"}};
        for (int i = 0; i < 10; ++i)
            vp = QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                             {"type", "VerifiablePresentation"},
                             {"verifiableCredential", QJsonArray{vp}}};
        auto inspection = CredentialInspector::inspect(QJsonDocument(vp).toJson(), options());
        QVERIFY(inspection.ok());
        QCOMPARE(inspection->report.verdict(), Verdict::Invalid);
        // Too many embedded credentials.
        QJsonArray many;
        for (int i = 0; i < 100; ++i)
            many.append("x");
        QJsonObject wide = vp;
        wide.insert("verifiableCredential", many);
        auto tooMany = CredentialInspector::inspect(QJsonDocument(wide).toJson(), options());
        QCOMPARE(outcome(*tooMany, "NestedCredentials"), Outcome::Fail);
        QVERIFY(int(tooMany->nested.size()) <= CredentialInspector::kMaxContents);
        // JSON that is nothing vcdesk knows is unreadable, with the reason.
        auto unknown = CredentialInspector::inspect(R"({"hello":"world"})", options());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("credential.unrecognized"));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
