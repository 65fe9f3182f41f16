// The IETF Token Status List (draft-ietf-oauth-status-list-20) of SD-JWT VCs: the draft's own
// examples, every status value, lists served on loopback, hostile lists (foreign signer, wrong
// type or subject, gzip instead of zlib, bombs, out-of-range index), ttl and a stale cache.

#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "core/common/Clock.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/TokenStatusListCheck.h"
#include "support/InspectWhileServing.h"
#include "support/PresentationFactory.h"
#include "support/ReportHelpers.h"
#include "support/TestHttpServer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;
using Outcome = CheckResult::Outcome;
using Verdict = ValidationReport::Verdict;

namespace {

/// A zlib stream (RFC 1950), base64url: what a Status List Token's "lst" holds. qCompress puts
/// a 4-byte length before the zlib stream.
QString lst(const QByteArray &bytes)
{
    return QString::fromLatin1(Base64Url::encode(qCompress(bytes, 9).mid(4)));
}

/// Statuses packed as the draft packs them: each byte filled from its least significant bit.
QByteArray packed(const QList<int> &statuses, int bits)
{
    QByteArray bytes((statuses.size() * bits + 7) / 8, '\0');
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const qsizetype bit = i * bits;
        bytes[bit / 8] = char(quint8(bytes[bit / 8]) | (statuses[i] << (bit % 8)));
    }
    return bytes;
}

struct ListWorld
{
    test::TestHttpServer server;
    test::Issuer issuer = test::Issuer::make(KeyType::Secp256k1);
    test::Issuer holder = test::Issuer::make(KeyType::Ed25519);
    QTemporaryDir cacheDir;

    QString url(const QString &path) const { return server.url(path).toString(); }

    /// A Status List Token for `uri` (its sub), signed by `signer` (the issuer by default).
    QByteArray listToken(const QString &uri, const QString &encoded, int bits = 8,
                         QJsonObject extra = {}, const test::Issuer *signer = nullptr,
                         const QString &typ = "statuslist+jwt") const
    {
        const test::Issuer &by = signer ? *signer : issuer;
        QJsonObject claims{{"sub", uri},
                           {"iat", test::nowSeconds() - 60},
                           {"exp", test::nowSeconds() + 86400},
                           {"status_list", QJsonObject{{"bits", bits}, {"lst", encoded}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            if (it.value().isNull())
                claims.remove(it.key());
            else
                claims.insert(it.key(), it.value());
        }
        return test::sign(by.key, claims, QJsonObject{{"typ", typ}, {"kid", by.kid}});
    }

    /// An SD-JWT VC of the issuer whose status is `status` (a "status_list" reference by
    /// default).
    QByteArray credential(const QJsonValue &idx, const QString &uri,
                          const QJsonObject &status = {}) const
    {
        const QJsonObject reference =
            status.isEmpty() ? QJsonObject{{"status_list", QJsonObject{{"idx", idx}, {"uri", uri}}}}
                             : status;
        return test::sdJwtVc(issuer, holder.key.publicKey(), "https://example.com/PID",
                             QJsonObject{{"given_name", "Erika"}}, {"given_name"},
                             test::nowSeconds() + 3600, QJsonObject{{"status", reference}});
    }

    InspectOptions options()
    {
        InspectOptions o;
        o.resolver = MultiMethodDidResolver::createDefault();
        o.network.allowLoopbackHttp = true;
        o.network.totalTimeoutMs = 2000;
        o.documentCache = std::make_shared<DocumentCache>(cacheDir.path());
        return o;
    }

    /// Inspects on a worker thread while this thread serves the list.
    Inspection inspect(const QByteArray &token, const InspectOptions &o)
    {
        return test::inspectWhileServing(token, o);
    }
};

const CheckResult &status(const Inspection &inspection)
{
    return test::requireCheck(inspection, QStringLiteral("CredentialStatus"));
}

} // namespace

class TestTokenStatusList : public QObject
{
    Q_OBJECT
private slots:
    void theDraftsExamples()
    {
        // Section 4.1: one bit per token, then two.
        const QList<int> oneBit{1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1};
        for (int i = 0; i < oneBit.size(); ++i)
            QCOMPARE(TokenStatusListCheck::readStatus("eNrbuRgAAhcBXQ", 1, i).value(), oneBit[i]);
        QCOMPARE(TokenStatusListCheck::readStatus("eNrbuRgAAhcBXQ", 1, 16).error().code,
                 QStringLiteral("status.index"));
        const QList<int> twoBits{1, 2, 0, 3, 0, 1, 0, 1, 1, 2, 3, 3};
        for (int i = 0; i < twoBits.size(); ++i)
            QCOMPARE(TokenStatusListCheck::readStatus("eNo76fITAAPfAgc", 2, i).value(), twoBits[i]);
        // Three bytes hold twelve two-bit entries: the thirteenth lies beyond.
        QCOMPARE(TokenStatusListCheck::readStatus("eNo76fITAAPfAgc", 2, 12).error().code,
                 QStringLiteral("status.index"));
    }

    void fourAndEightBits()
    {
        // 0x21 0xF0: with 4 bits the entries 1, 2, 0, 15 (low nibble first); with 8, 33 and 240.
        const QString encoded = lst(QByteArray::fromHex("21f0"));
        const QList<int> fourBits{1, 2, 0, 15};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(TokenStatusListCheck::readStatus(encoded, 4, i).value(), fourBits[i]);
        QCOMPARE(TokenStatusListCheck::readStatus(encoded, 8, 0).value(), 0x21);
        QCOMPARE(TokenStatusListCheck::readStatus(encoded, 8, 1).value(), 0xf0);
        QCOMPARE(TokenStatusListCheck::readStatus(encoded, 8, 2).error().code,
                 QStringLiteral("status.index"));
        QCOMPARE(packed({1, 2, 0, 15}, 4), QByteArray::fromHex("21f0"));
    }

    void unreadableListsAreErrors()
    {
        const QByteArray bytes(64, '\0');
        for (int bits : {0, 3, 5, 16, -1})
            QCOMPARE(TokenStatusListCheck::readStatus(lst(bytes), bits, 0).error().code,
                     QStringLiteral("status.bits"));
        // Padding, standard base64 and stray characters are not base64url.
        for (const QString &bad :
             {lst(bytes) + "=", QString(lst(bytes)).replace('-', '+').replace('_', '/') + "+/",
              QStringLiteral("eNrbuRgAAhcBXQ\n"), QStringLiteral("\u00e9NrbuRgAAhcBXQ")})
            QCOMPARE(TokenStatusListCheck::readStatus(bad, 1, 0).error().code,
                     QStringLiteral("status.encoding"));
        // The draft says zlib: a gzip stream or raw deflate is refused before it is inflated.
        QCOMPARE(TokenStatusListCheck::readStatus(
                     QString::fromLatin1(Base64Url::encode(Gzip::compress(bytes))), 1, 0)
                     .error()
                     .code,
                 QStringLiteral("status.compression"));
        const QByteArray zlib = qCompress(bytes).mid(4);
        QCOMPARE(TokenStatusListCheck::readStatus(
                     QString::fromLatin1(Base64Url::encode(zlib.mid(2, zlib.size() - 6))), 1, 0)
                     .error()
                     .code,
                 QStringLiteral("status.compression"));
        // Truncated, and a bomb: 64 MiB of zeros is 64 KB on the wire, and stops at the cap.
        QCOMPARE(TokenStatusListCheck::readStatus(
                     QString::fromLatin1(Base64Url::encode(zlib.left(zlib.size() / 2))), 1, 0)
                     .error()
                     .code,
                 QStringLiteral("gzip.corrupt"));
        const QString bomb = lst(QByteArray(64 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 200 * 1024);
        QCOMPARE(TokenStatusListCheck::readStatus(bomb, 1, 0).error().code,
                 QStringLiteral("gzip.too_large"));
    }

    void everyStatusValue()
    {
        ListWorld world;
        const QString uri = world.url("/statuslists/1");
        world.server.route("/statuslists/1",
                           {200, world.listToken(uri, lst(packed({0, 1, 2, 3, 5, 0x0c}, 8))),
                            "application/statuslist+jwt"});
        const InspectOptions options = world.options();

        const Inspection valid = world.inspect(world.credential(0, uri), options);
        QCOMPARE(status(valid).outcome, Outcome::Pass);
        QVERIFY2(status(valid).detail.contains("not revoked or suspended"),
                 qPrintable(status(valid).detail));
        QCOMPARE(valid.report.verdict(), Verdict::Valid);

        const Inspection revoked = world.inspect(world.credential(1, uri), options);
        QCOMPARE(status(revoked).outcome, Outcome::Fail);
        QVERIFY(status(revoked).detail.startsWith("revoked (index 1"));
        QCOMPARE(revoked.report.verdict(), Verdict::Invalid);
        QCOMPARE(revoked.report.revocation(), Revocation::Revoked);

        const Inspection suspended = world.inspect(world.credential(2, uri), options);
        QCOMPARE(status(suspended).outcome, Outcome::Fail);
        QCOMPARE(suspended.report.revocation(), Revocation::Suspended);

        // Values vcdesk cannot interpret are never "valid".
        for (int index : {3, 4, 5}) {
            const Inspection odd = world.inspect(world.credential(index, uri), options);
            QCOMPARE(status(odd).outcome, Outcome::Unknown);
            QCOMPARE(odd.report.verdict(), Verdict::Unverifiable);
        }
        QVERIFY(status(world.inspect(world.credential(3, uri), options))
                    .detail.contains("application-specific status 0x03"));
        QVERIFY(status(world.inspect(world.credential(4, uri), options))
                    .detail.contains("status 0x05, which no specification"));
        // Past the list: rejected, as the draft requires.
        const Inspection beyond = world.inspect(world.credential(6, uri), options);
        QCOMPARE(status(beyond).outcome, Outcome::Fail);
        QVERIFY(status(beyond).detail.contains("beyond"));
        // The list was fetched once and then taken from the cache (fresh for five minutes).
        QCOMPARE(world.server.hits("/statuslists/1"), 1);
    }

    void onlyTheIssuersOwnListCounts_data()
    {
        QTest::addColumn<QString>("why");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("detail");
        QTest::newRow("signed by a stranger") << "stranger" << Outcome::Fail << "IssuerIsSigner";
        QTest::newRow("another iss") << "iss" << Outcome::Fail << "not by the credential's issuer";
        QTest::newRow("iss a number")
            << "iss-number" << Outcome::Fail << "not by the credential's issuer";
        QTest::newRow("typed JWT") << "typ" << Outcome::Fail << "not \"statuslist+jwt\"";
        QTest::newRow("another list's sub") << "sub" << Outcome::Fail << "names itself";
        QTest::newRow("no iat") << "iat" << Outcome::Fail << "no \"iat\"";
        QTest::newRow("ttl zero") << "ttl" << Outcome::Fail << "\"ttl\" is not a positive";
        QTest::newRow("tampered") << "tampered" << Outcome::Fail << "SignatureVerification";
        QTest::newRow("expired") << "expired" << Outcome::Unknown << "ValidityPeriod";
        QTest::newRow("bits 3") << "bits" << Outcome::Fail << "not 1, 2, 4 or 8";
        QTest::newRow("bits 2^32 + 1") << "bits-huge" << Outcome::Fail << "not 1, 2, 4 or 8";
        QTest::newRow("issued in the future") << "iat-future" << Outcome::Fail << "future";
        QTest::newRow("gzip") << "gzip" << Outcome::Fail << "not a zlib stream";
        QTest::newRow("no list") << "nolist" << Outcome::Fail << "no \"status_list\"";
        QTest::newRow("not a JWS") << "json" << Outcome::Fail << "not a compact JWS";
        QTest::newRow("not found") << "404" << Outcome::Unknown << "cannot get a current";
    }
    void onlyTheIssuersOwnListCounts()
    {
        QFETCH(QString, why);
        QFETCH(Outcome, outcome);
        QFETCH(QString, detail);
        ListWorld world;
        const test::Issuer stranger = test::Issuer::make(KeyType::Secp256k1);
        const QString uri = world.url("/statuslists/1");
        const QString fine = lst(QByteArray(16, '\0'));
        QByteArray list;
        if (why == "stranger")
            list = world.listToken(uri, fine, 8, {}, &stranger);
        else if (why == "iss")
            list = world.listToken(uri, fine, 8, {{"iss", stranger.did}});
        else if (why == "iss-number")
            list = world.listToken(uri, fine, 8, {{"iss", 7}});
        else if (why == "bits-huge")
            list = world.listToken(
                uri, fine, 8,
                {{"status_list", QJsonObject{{"bits", 4294967297.0}, {"lst", fine}}}});
        else if (why == "iat-future")
            list = world.listToken(uri, fine, 8, {{"iat", test::nowSeconds() + 3600}});
        else if (why == "typ")
            list = world.listToken(uri, fine, 8, {}, nullptr, "JWT");
        else if (why == "sub")
            list = world.listToken(uri, fine, 8, {{"sub", world.url("/statuslists/2")}});
        else if (why == "iat")
            list = world.listToken(uri, fine, 8, {{"iat", QJsonValue::Null}});
        else if (why == "ttl")
            list = world.listToken(uri, fine, 8, {{"ttl", 0}});
        else if (why == "expired")
            list = world.listToken(uri, fine, 8, {{"exp", test::nowSeconds() - 3600}});
        else if (why == "bits")
            list = world.listToken(uri, fine, 3);
        else if (why == "gzip")
            list = world.listToken(
                uri, QString::fromLatin1(Base64Url::encode(Gzip::compress(QByteArray(16, '\0')))));
        else if (why == "nolist")
            list = world.listToken(uri, fine, 8, {{"status_list", QJsonValue::Null}});
        else if (why == "json")
            list = "{\"status_list\":{\"bits\":1,\"lst\":\"eNrbuRgAAhcBXQ\"}}";
        if (why == "tampered") {
            list = world.listToken(uri, fine);
            list[list.size() - 5] = list[list.size() - 5] == 'A' ? 'B' : 'A';
        }
        if (why != "404")
            world.server.route("/statuslists/1", {200, list, "application/statuslist+jwt"});
        const Inspection inspection = world.inspect(world.credential(0, uri), world.options());
        QCOMPARE(status(inspection).outcome, outcome);
        QVERIFY2(status(inspection).detail.contains(detail), qPrintable(status(inspection).detail));
        QVERIFY(inspection.report.verdict() != Verdict::Valid);
        QCOMPARE(inspection.report.revocation(), Revocation::None);
    }

    void aBadReferenceIsNeverValid()
    {
        ListWorld world;
        const QString uri = world.url("/statuslists/1");
        world.server.route("/statuslists/1", {200, world.listToken(uri, lst(QByteArray(16, '\0'))),
                                              "application/statuslist+jwt"});
        // The draft's idx is an Integer: not a string of digits, not negative, not a fraction.
        for (const QJsonValue &idx : {QJsonValue("0"), QJsonValue(-1), QJsonValue(0.5)}) {
            const Inspection inspection =
                world.inspect(world.credential(idx, uri), world.options());
            QCOMPARE(status(inspection).outcome, Outcome::Fail);
            QCOMPARE(inspection.report.verdict(), Verdict::Invalid);
        }
        // A status with no mechanism vcdesk knows is unknown, and says what it found.
        const Inspection other = world.inspect(
            world.credential(0, uri, QJsonObject{{"status_assertion", QJsonObject{}}}),
            world.options());
        QCOMPARE(status(other).outcome, Outcome::Unknown);
        QVERIFY2(status(other).detail.contains("status_assertion"),
                 qPrintable(status(other).detail));
        // An SD-JWT VC's status is the issuer's alone: no part of it may be disclosable, or a
        // holder could withhold the entry that says revoked.
        const QJsonObject reference{{"idx", 0}, {"uri", uri}};
        for (const QJsonObject &disclosable :
             {QJsonObject{{"status_list", reference}, {"_sd", QJsonArray{"digest"}}},
              QJsonObject{{"status_list",
                           QJsonObject{{"idx", 0}, {"uri", uri}, {"_sd", QJsonArray{"digest"}}}}},
              QJsonObject{{"status_list", reference},
                          {"other", QJsonArray{QJsonObject{{"...", "digest"}}}}}}) {
            const Inspection inspection =
                world.inspect(world.credential(0, uri, disclosable), world.options());
            QCOMPARE(status(inspection).outcome, Outcome::Fail);
            QVERIFY2(status(inspection).detail.contains("withhold"),
                     qPrintable(status(inspection).detail));
        }
        QCOMPARE(world.server.hits("/statuslists/1"), 0);
    }

    void aCopyOlderThanItsTtlIsFetchedAgain()
    {
        ListWorld world;
        Clock::Override clock(QDateTime::currentDateTimeUtc());
        const QString uri = world.url("/statuslists/1");
        const auto serve = [&](int value) {
            world.server.route("/statuslists/1",
                               {200,
                                world.listToken(uri, lst(packed({value}, 8)), 8, {{"ttl", 60}}),
                                "application/statuslist+jwt"});
        };
        const auto check = [&] {
            return status(world.inspect(world.credential(0, uri), world.options()));
        };
        serve(0);
        QCOMPARE(check().outcome, Outcome::Pass);
        // The issuer revokes. Within the ttl the cached copy stands.
        serve(1);
        clock.advanceSeconds(30);
        QCOMPARE(check().outcome, Outcome::Pass);
        QCOMPARE(world.server.hits("/statuslists/1"), 1);
        // Past the ttl (though within the cache's own five minutes) it is fetched again.
        clock.advanceSeconds(60);
        QCOMPARE(check().outcome, Outcome::Fail);
        QCOMPARE(world.server.hits("/statuslists/1"), 2);
        // A "valid" copy past its ttl, with the issuer unreachable: no answer, never "valid".
        serve(0);
        clock.advanceSeconds(61);
        QCOMPARE(check().outcome, Outcome::Pass);
        QCOMPARE(world.server.hits("/statuslists/1"), 3);
        world.server.route("/statuslists/1", {503, "down"});
        clock.advanceSeconds(61);
        const CheckResult stale = check();
        QCOMPARE(stale.outcome, Outcome::Unknown);
        QVERIFY2(stale.detail.contains("outlived its ttl of 60 s"), qPrintable(stale.detail));
        // A revocation in an out-of-date copy still counts: it is final.
        serve(1);
        clock.advanceSeconds(61);
        QCOMPARE(check().outcome, Outcome::Fail);
        world.server.route("/statuslists/1", {503, "down"});
        clock.advanceSeconds(61);
        const Inspection revoked = world.inspect(world.credential(0, uri), world.options());
        QCOMPARE(status(revoked).outcome, Outcome::Fail);
        QCOMPARE(revoked.report.revocation(), Revocation::Revoked);
    }

    void anExpiredCopyIsFetchedAgain()
    {
        ListWorld world;
        Clock::Override clock(QDateTime::currentDateTimeUtc());
        const QString uri = world.url("/statuslists/1");
        world.server.route("/statuslists/1", {200,
                                              world.listToken(uri, lst(QByteArray(4, '\0')), 8,
                                                              {{"exp", test::nowSeconds() + 100}}),
                                              "application/statuslist+jwt"});
        QCOMPARE(status(world.inspect(world.credential(0, uri), world.options())).outcome,
                 Outcome::Pass);
        // Expired within the cache's five minutes: asked for again, and the new list counts.
        world.server.route("/statuslists/1", {200, world.listToken(uri, lst(QByteArray(4, '\0'))),
                                              "application/statuslist+jwt"});
        clock.advanceSeconds(200);
        QCOMPARE(status(world.inspect(world.credential(0, uri), world.options())).outcome,
                 Outcome::Pass);
        QCOMPARE(world.server.hits("/statuslists/1"), 2);
        // The same with the issuer unreachable: unknown.
        clock.advanceSeconds(400); // past the cache's five minutes: fetched
        world.server.route("/statuslists/1", {200,
                                              world.listToken(uri, lst(QByteArray(4, '\0')), 8,
                                                              {{"exp", Clock::nowSeconds() + 300}}),
                                              "application/statuslist+jwt"});
        QCOMPARE(status(world.inspect(world.credential(0, uri), world.options())).outcome,
                 Outcome::Pass);
        world.server.route("/statuslists/1", {503, "down"});
        clock.advanceSeconds(400); // past its exp, and past the cache's five minutes
        const CheckResult stale = status(world.inspect(world.credential(0, uri), world.options()));
        QCOMPARE(stale.outcome, Outcome::Unknown);
        QVERIFY2(stale.detail.contains("has expired and no current one"), qPrintable(stale.detail));
    }
};

QTEST_GUILESS_MAIN(TestTokenStatusList)
#include "tst_token_status_list.moc"
