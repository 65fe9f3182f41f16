// The kiosk reading codes people show it, without a camera: what a code's text is
// (ScannedText: credentials, presentations, links; garbage, oversized text, request links and
// JSON refused with their own codes), and the offline status-list policy of KioskScanOptions
// with ScannedCredential: a list fetched now passes; with the list's server down, a cached
// copy inside the age limit still passes, one past it or none at all is "not verified".

#include "core/kiosk/KioskScanOptions.h"
#include "core/kiosk/ScannedCredential.h"
#include "core/kiosk/ScannedText.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/TrustList.h"
#include "support/PresentationFactory.h"
#include "support/ReportHelpers.h"
#include "support/StatusListFactory.h"
#include "support/TestHttpServer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;
using Response = test::TestHttpServerEngine::Response;

class KioskScanTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Issuer m_issuer = test::Issuer::make(KeyType::P256);
    test::TestHttpServer m_server;
    QString m_trustList;

    /// A credential of m_issuer with a status entry at `index` of the list at `listUrl`.
    QByteArray credentialWithStatus(const QString &listUrl, int index) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims = test::credentialClaims(m_issuer.did, now - 60, now + 3600);
        return test::sign(m_issuer.key, test::withStatus(claims, listUrl, index),
                          QJsonObject{{"kid", m_issuer.kid}});
    }

    KioskScanOptions options(const QString &cacheFolder) const
    {
        KioskScanOptions options;
        options.trustListPath = m_trustList;
        options.allowLoopbackHttp = true;
        options.cacheFolder = cacheFolder;
        options.statusMaxAgeSeconds = 3600;
        return options;
    }

    static ScanOutcome verify(const QByteArray &text, const KioskScanOptions &options)
    {
        auto inspect = options.build(options.makeCache());
        if (!inspect)
            qFatal("%s", qPrintable(inspect.error().toString()));
        auto outcome = ScannedCredential::verify(text, inspect.value());
        if (!outcome)
            qFatal("%s", qPrintable(outcome.error().toString()));
        return outcome.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TrustList list;
        VCDESK_VERIFY_OK(list.add(m_issuer.did, "Door Test Issuer"));
        m_trustList = m_dir.filePath("trust.json");
        VCDESK_VERIFY_OK(list.save(m_trustList));
        m_server.route("/status",
                       Response{200, test::statusListCredential(m_issuer, {7}), "application/jwt"});
    }

    void whatACodeHolds_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("kind"); // a kind name, or the error code
        const test::Issuer holder = test::Issuer::make(KeyType::P256);
        const QByteArray vc =
            test::jwtVc(m_issuer, holder.did, {"MemberCredential"}, QJsonObject{{"name", "Alice"}});
        QTest::newRow("jwt-vc") << vc << "JWT-VC";
        QTest::newRow("vc-jwt 2.0")
            << test::vcJwt(m_issuer, holder.did, {"MemberCredential"}, {{"name", "Alice"}})
            << "JWT-VC";
        QTest::newRow("sd-jwt") << test::sdJwtVc(m_issuer, holder.key.publicKey(), "Member",
                                                 {{"name", "Alice"}}, {"name"})
                                << "SD-JWT VC";
        QTest::newRow("vp") << test::jwtVp(holder, {QString::fromLatin1(vc)}, "n", "aud")
                            << "presentation";
        QTest::newRow("link") << QByteArray("https://issuer.example/credentials/42") << "link";
        QTest::newRow("spaces around") << " \n" + vc + "\n"
                                       << "JWT-VC";
        QTest::newRow("empty") << QByteArray("  ") << "kiosk.scan.empty";
        QTest::newRow("oversized")
            << QByteArray(ScannedText::kMaxTextBytes + 1, 'e') << "kiosk.scan.too_large";
        QTest::newRow("request link")
            << QByteArray("openid4vp://?client_id=x&request_uri=https%3A%2F%2Fv.example%2Fr")
            << "kiosk.scan.request_link";
        QTest::newRow("other scheme")
            << QByteArray("ftp://files.example/vc") << "kiosk.scan.request_link";
        QTest::newRow("link without host") << QByteArray("https:///vc") << "kiosk.scan.bad_link";
        QTest::newRow("link with user")
            << QByteArray("https://me:pw@issuer.example/vc") << "kiosk.scan.bad_link";
        QTest::newRow("json") << QByteArray("{\"vc\":{}}") << "kiosk.scan.unsupported";
        QTest::newRow("wifi") << QByteArray("WIFI:S:cafe;T:WPA;P:secret;;")
                              << "kiosk.scan.unrecognized";
        QTest::newRow("words") << QByteArray("hello world") << "kiosk.scan.unrecognized";
        QTest::newRow("plain jws")
            << test::sign(m_issuer.key, QJsonObject{{"iss", m_issuer.did}, {"hello", 1}})
            << "kiosk.scan.not_a_credential";
        QTest::newRow("broken sd-jwt") << QByteArray("eyJ~~~") << "kiosk.scan.unrecognized";
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe~\x01", 5) << "kiosk.scan.unrecognized";
    }

    void whatACodeHolds()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, kind);
        const auto read = ScannedText::read(text);
        if (kind.startsWith("kiosk.")) {
            QVERIFY(!read);
            QCOMPARE(read.error().code, kind);
            QVERIFY(!read.error().message.isEmpty());
        } else {
            QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
            QCOMPARE(ScannedText::kindName(read->kind), kind);
        }
    }

    void aListFetchedNowPasses()
    {
        QTemporaryDir cache;
        const ScanOutcome outcome = verify(
            credentialWithStatus(m_server.url("/status").toString(), 3), options(cache.path()));
        QVERIFY2(outcome.verified, qPrintable(outcome.reason));
        QCOMPARE(outcome.code, QStringLiteral("kiosk.scan.verified"));
        QCOMPARE(outcome.issuerName, QStringLiteral("Door Test Issuer"));
        QCOMPARE(outcome.claims.value("email").toString(), QStringLiteral("alice@example.com"));
        QVERIFY(outcome.shownNotPresented);
        // And it is on disk for the next time the network is gone.
        QVERIFY(DocumentCache(cache.path()).get(m_server.url("/status").toString()));
    }

    void offlineWithinTheAgeLimitPasses()
    {
        // The list's server is gone (nothing listens on port 9); a copy from 50 minutes ago is
        // inside the kiosk's hour.
        QTemporaryDir cache;
        const QString url = QStringLiteral("http://127.0.0.1:9/status");
        DocumentCache(cache.path())
            .put(url, test::statusListCredential(m_issuer, {7}),
                 QDateTime::currentDateTimeUtc().addSecs(-50 * 60));
        const ScanOutcome fine = verify(credentialWithStatus(url, 3), options(cache.path()));
        QVERIFY2(fine.verified, qPrintable(fine.reason));
        // The cached copy still says revoked where it does.
        const ScanOutcome revoked = verify(credentialWithStatus(url, 7), options(cache.path()));
        QVERIFY(!revoked.verified);
        QCOMPARE(revoked.code, QStringLiteral("kiosk.scan.revoked"));
    }

    void aStaleOrMissingListFailsClosed()
    {
        QTemporaryDir cache;
        const QString url = QStringLiteral("http://127.0.0.1:9/status");
        const ScanOutcome missing = verify(credentialWithStatus(url, 3), options(cache.path()));
        QVERIFY(!missing.verified);
        QCOMPARE(missing.code, QStringLiteral("kiosk.scan.status_unknown"));
        QVERIFY(missing.claims.isEmpty()); // nothing shown of what is not verified

        DocumentCache(cache.path())
            .put(url, test::statusListCredential(m_issuer, {}),
                 QDateTime::currentDateTimeUtc().addSecs(-2 * 3600));
        const ScanOutcome stale = verify(credentialWithStatus(url, 3), options(cache.path()));
        QVERIFY(!stale.verified);
        QCOMPARE(stale.code, QStringLiteral("kiosk.scan.status_unknown"));
        QVERIFY2(stale.reason.contains("3600"), qPrintable(stale.reason));
    }

    void theAgeLimitIsBounded()
    {
        KioskScanOptions options = this->options(m_dir.filePath("cache"));
        QCOMPARE(options.statusMaxAgeSeconds, qint64(3600));
        QCOMPARE(KioskScanOptions().statusMaxAgeSeconds,
                 KioskScanOptions::kDefaultStatusMaxAgeSeconds);
        options.statusMaxAgeSeconds = KioskScanOptions::kMaxStatusMaxAgeSeconds + 1;
        QCOMPARE(options.build(nullptr).error().code, QStringLiteral("kiosk.config"));
        options.statusMaxAgeSeconds = -1;
        QCOMPARE(options.build(nullptr).error().code, QStringLiteral("kiosk.config"));
    }

    void aPresentationPassesOnlyIfEveryCredentialDoes()
    {
        const KioskScanOptions options = this->options(m_dir.filePath("cache"));
        const test::Issuer holder = test::Issuer::make(KeyType::P256);
        const QString first = QString::fromLatin1(
            test::jwtVc(m_issuer, holder.did, {"MemberCredential"}, {{"name", "Alice"}}));
        const QString second = QString::fromLatin1(
            test::jwtVc(m_issuer, holder.did, {"MemberCredential"}, {{"name", "Al"}}));
        const QString expired =
            QString::fromLatin1(test::jwtVc(m_issuer, holder.did, {"MemberCredential"},
                                            {{"name", "Old"}}, test::nowSeconds() - 600));
        const test::Issuer stranger = test::Issuer::make(KeyType::P256);
        const QString untrusted = QString::fromLatin1(
            test::jwtVc(stranger, holder.did, {"MemberCredential"}, {{"name", "Eve"}}));

        const ScanOutcome both = verify(test::jwtVp(holder, {first, second}, "n", "a"), options);
        QVERIFY2(both.verified, qPrintable(both.reason));
        QCOMPARE(both.kind, QStringLiteral("presentation"));
        QCOMPARE(both.claims.value("name").toString(), QStringLiteral("Alice"));
        QVERIFY(both.shownNotPresented);
        int ofSecond = 0;
        for (const QJsonValue &check : both.checks)
            ofSecond += check["of"].toString() == "credential 2";
        QVERIFY(ofSecond > 0);

        const ScanOutcome oneExpired =
            verify(test::jwtVp(holder, {first, expired}, "n", "a"), options);
        QVERIFY(!oneExpired.verified);
        QCOMPARE(oneExpired.code, QStringLiteral("kiosk.scan.expired"));
        const ScanOutcome oneUntrusted =
            verify(test::jwtVp(holder, {untrusted, first}, "n", "a"), options);
        QVERIFY(!oneUntrusted.verified);
        QCOMPARE(oneUntrusted.code, QStringLiteral("kiosk.scan.untrusted_issuer"));
        const ScanOutcome empty = verify(test::jwtVp(holder, {}, "n", "a"), options);
        QVERIFY(!empty.verified);
        QVERIFY(empty.claims.isEmpty());
    }

    void aPresentationDressedAsACredentialShowsNothing()
    {
        // Found by review: a JWT with a "vc" claim whose type says VerifiablePresentation is
        // read by the inspector as a presentation (no trust check of its signer), carrying a
        // genuine credential and the signer's own credentialSubject. Its claims must never be
        // shown as verified; neither may those of a presentation inside a presentation.
        const KioskScanOptions options = this->options(m_dir.filePath("cache"));
        const test::Issuer stranger = test::Issuer::make(KeyType::P256);
        const QString genuine = QString::fromLatin1(
            test::jwtVc(m_issuer, stranger.did, {"MemberCredential"}, {{"name", "Alice"}}));
        const QJsonObject forged{
            {"iss", stranger.did},
            {"nbf", test::nowSeconds() - 60},
            {"exp", test::nowSeconds() + 600},
            {"vc", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                               {"type", QJsonArray{"VerifiablePresentation"}},
                               {"holder", stranger.did},
                               {"verifiableCredential", QJsonArray{genuine}},
                               {"credentialSubject", QJsonObject{{"name", "Forged"}}}}}};
        const ScanOutcome dressed =
            verify(test::sign(stranger.key, forged, QJsonObject{{"kid", stranger.kid}}), options);
        QVERIFY(!dressed.verified || dressed.claims.value("name").toString() == "Alice");
        QVERIFY(dressed.claims.value("name").toString() != QLatin1String("Forged"));

        const QString inner = QString::fromLatin1(test::jwtVp(stranger, {genuine}, "n", "a"));
        const QByteArray outer = test::jwtVp(stranger, {inner}, "n", "a");
        auto inspect = options.build(options.makeCache());
        VCDESK_VERIFY_OK(inspect);
        // Larger than one QR code holds, so read under a larger cap, as a link's body would be.
        auto scanned = ScannedText::read(outer, ScannedCredential::kMaxFetchedBytes);
        VCDESK_VERIFY_OK(scanned);
        auto inspection = CredentialInspector::inspect(outer, inspect.value());
        VCDESK_VERIFY_OK(inspection);
        QVERIFY(!inspection->nested.empty());
        auto nested = ScannedCredential::verify(outer, inspect.value());
        QVERIFY(!nested); // too large for a code; now the way a link would bring it:
        const ScanOutcome viaLink =
            ScannedCredential::outcomeOfForTests(scanned.value(), inspection.value());
        QVERIFY(!viaLink.verified);
        QCOMPARE(viaLink.code, QStringLiteral("kiosk.scan.unsupported"));
        QVERIFY(viaLink.claims.isEmpty());
    }

    void aTrustListIsRequired()
    {
        KioskScanOptions options = this->options(m_dir.filePath("cache"));
        const QByteArray vc =
            test::jwtVc(m_issuer, {}, {"MemberCredential"}, QJsonObject{{"name", "Alice"}});
        // Named but missing: an error before anything is looked at.
        options.trustListPath = m_dir.filePath("no-such-list.json");
        QCOMPARE(options.build(nullptr).error().code, QStringLiteral("trust.missing"));
        // An empty list trusts nobody.
        options.trustListPath = m_dir.filePath("empty.json");
        VCDESK_VERIFY_OK(TrustList().save(options.trustListPath));
        auto inspect = options.build(nullptr);
        VCDESK_VERIFY_OK(inspect);
        QCOMPARE(ScannedCredential::verify(vc, inspect.value()).error().code,
                 QStringLiteral("kiosk.scan.no_trust_list"));
        // No list at all in the options either.
        InspectOptions none = inspect.value();
        none.trustList.reset();
        QCOMPARE(ScannedCredential::verify(vc, none).error().code,
                 QStringLiteral("kiosk.scan.no_trust_list"));
    }
};

QTEST_GUILESS_MAIN(KioskScanTest)
#include "tst_kiosk_scan.moc"
