// CredentialStatus: status lists served on loopback, revocation, suspension, caching and
// offline use, hostile lists (foreign issuer, tampered, gzip bombs, out-of-range index).

#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/TrustList.h"
#include "support/InspectWhileServing.h"
#include "support/ReportHelpers.h"
#include "support/TestHttpServer.h"
#include "support/TokenFactory.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using namespace vcdesk;
using Outcome = CheckResult::Outcome;
using Verdict = ValidationReport::Verdict;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();

QByteArray bitstring(std::initializer_list<int> setBits, int bytes = 16384)
{
    QByteArray bits(bytes, '\0');
    for (int index : setBits)
        bits[index / 8] = char(quint8(bits[index / 8]) | (0x80 >> (index % 8)));
    return bits;
}

/// A gzip stream of `size` zero bytes, made in chunks (a 1 GB bomb compresses to ~1 MB).
QByteArray gzipBomb(qint64 size)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    char buffer[65536];
    for (qint64 fed = 0; fed < size; fed += zeros.size()) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.data()));
        stream.avail_in = uInt(zeros.size());
        const int flush = fed + zeros.size() >= size ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

struct StatusWorld
{
    test::TestHttpServer server;
    test::Issuer issuer = test::Issuer::make(KeyType::Ed25519);
    QTemporaryDir cacheDir;

    QString url(const QString &path) const { return server.url(path).toString(); }

    QByteArray listCredential(const QByteArray &encodedList, const QString &type = "StatusList2021",
                              const QString &purpose = "revocation",
                              const test::Issuer *signer = nullptr, qint64 exp = kNow + 86400) const
    {
        const test::Issuer &by = signer ? *signer : issuer;
        const QJsonObject claims{
            {"iss", by.did},
            {"nbf", kNow - 3600},
            {"exp", exp},
            {"vc", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                               {"type", QJsonArray{"VerifiableCredential", type + "Credential"}},
                               {"credentialSubject",
                                QJsonObject{{"type", type},
                                            {"statusPurpose", purpose},
                                            {"encodedList", QString::fromLatin1(encodedList)}}}}}};
        return test::sign(by.key, claims, QJsonObject{{"kid", by.kid}});
    }

    QByteArray credential(const QString &listUrl, int index,
                          const QString &entryType = "StatusList2021Entry",
                          const QString &purpose = "revocation") const
    {
        QJsonObject claims = test::credentialClaims(issuer.did, kNow - 3600, kNow + 86400);
        QJsonObject vc = claims.value("vc").toObject();
        vc.insert("credentialStatus", QJsonObject{{"id", listUrl + "#" + QString::number(index)},
                                                  {"type", entryType},
                                                  {"statusPurpose", purpose},
                                                  {"statusListIndex", QString::number(index)},
                                                  {"statusListCredential", listUrl}});
        claims.insert("vc", vc);
        return test::sign(issuer.key, claims, QJsonObject{{"kid", issuer.kid}});
    }

    InspectOptions options(bool withCache = true)
    {
        InspectOptions o;
        o.resolver = MultiMethodDidResolver::createDefault();
        o.network.allowLoopbackHttp = true;
        o.network.totalTimeoutMs = 2000;
        if (withCache)
            o.documentCache = std::make_shared<DocumentCache>(cacheDir.path());
        return o;
    }

    /// Inspects on a worker thread while this thread serves the status list.
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

class TestStatus : public QObject
{
    Q_OBJECT
private slots:
    void revokedAndNotRevoked_data()
    {
        QTest::addColumn<QString>("listType");
        QTest::addColumn<QString>("entryType");
        QTest::addColumn<bool>("multibase");
        QTest::newRow("StatusList2021") << "StatusList2021"
                                        << "StatusList2021Entry" << false;
        QTest::newRow("BitstringStatusList") << "BitstringStatusList"
                                             << "BitstringStatusListEntry" << true;
    }
    void revokedAndNotRevoked()
    {
        QFETCH(QString, listType);
        QFETCH(QString, entryType);
        QFETCH(bool, multibase);
        StatusWorld world;
        const QByteArray encoded = Base64Url::encode(Gzip::compress(bitstring({7, 131071})));
        world.server.route("/status/1", {200, world.listCredential(
                                                  multibase ? "u" + encoded : encoded, listType)});
        const QString url = world.url("/status/1");

        const Inspection fine = world.inspect(world.credential(url, 3, entryType), world.options());
        QCOMPARE(status(fine).outcome, Outcome::Pass);
        QVERIFY(status(fine).detail.contains("not revoked"));
        QCOMPARE(fine.report.verdict(), Verdict::Valid);
        QCOMPARE(fine.report.revocation(), Revocation::None);

        const Inspection revoked =
            world.inspect(world.credential(url, 7, entryType), world.options());
        QCOMPARE(status(revoked).outcome, Outcome::Fail);
        QVERIFY(status(revoked).detail.contains("revoked"));
        QCOMPARE(revoked.report.verdict(), Verdict::Invalid);
        // What the wallet's card badges "Revoked".
        QCOMPARE(revoked.report.revocation(), Revocation::Revoked);

        QCOMPARE(status(world.inspect(world.credential(url, 131071, entryType), world.options()))
                     .outcome,
                 Outcome::Fail);
        QCOMPARE(status(world.inspect(world.credential(url, 131072, entryType), world.options()))
                     .outcome,
                 Outcome::Fail);
    }

    void aForgedOrUntrustedCredentialMakesNothingFetched()
    {
        // The list's URL is the credential's author's choice: fetched only for a credential
        // that holds (signature, dates) and whose issuer a trust list in use accepts.
        StatusWorld world;
        const QByteArray encoded = Base64Url::encode(Gzip::compress(bitstring({7})));
        world.server.route("/status/f", {200, world.listCredential(encoded)});
        const QString url = world.url("/status/f");

        QByteArray forged = world.credential(url, 3);
        const qsizetype at = forged.lastIndexOf('.') + 4;
        forged[at] = forged[at] == 'A' ? 'B' : 'A';
        const Inspection bad = world.inspect(forged, world.options());
        QCOMPARE(world.server.hits("/status/f"), 0);
        QCOMPARE(status(bad).outcome, Outcome::Unknown);
        QVERIFY2(status(bad).detail.contains("not looked up"), qPrintable(status(bad).detail));
        QCOMPARE(bad.report.verdict(), Verdict::Invalid);

        InspectOptions trusting = world.options();
        auto list = std::make_shared<TrustList>();
        VCDESK_VERIFY_OK(list->add("did:example:someone-else", "Someone else"));
        trusting.trustList = list;
        const Inspection untrusted = world.inspect(world.credential(url, 3), trusting);
        QCOMPARE(world.server.hits("/status/f"), 0);
        QVERIFY(status(untrusted).detail.contains("trust list"));
        QCOMPARE(untrusted.report.verdict(), Verdict::Invalid);

        // The same credential, genuine and trusted: looked up.
        VCDESK_VERIFY_OK(list->add(world.issuer.did, "Issuer"));
        const Inspection fine = world.inspect(world.credential(url, 3), trusting);
        QCOMPARE(world.server.hits("/status/f"), 1);
        QCOMPARE(status(fine).outcome, Outcome::Pass);

        // Expired but genuine: still looked up, since revoked says more than expired.
        InspectOptions later = trusting;
        later.at = QDateTime::fromSecsSinceEpoch(kNow + 2 * 86400, Qt::UTC);
        world.server.route("/status/e",
                           {200, world.listCredential(encoded, "StatusList2021", "revocation",
                                                      nullptr, kNow + 10 * 86400)});
        const Inspection expiredRevoked =
            world.inspect(world.credential(world.url("/status/e"), 7), later);
        QCOMPARE(status(expiredRevoked).outcome, Outcome::Fail);
        QCOMPARE(expiredRevoked.report.revocation(), Revocation::Revoked);
    }

    void suspension()
    {
        StatusWorld world;
        world.server.route(
            "/s", {200, world.listCredential(Base64Url::encode(Gzip::compress(bitstring({5}))),
                                             "StatusList2021", "suspension")});
        const Inspection suspended =
            world.inspect(world.credential(world.url("/s"), 5, "StatusList2021Entry", "suspension"),
                          world.options());
        QCOMPARE(status(suspended).outcome, Outcome::Fail);
        QVERIFY(status(suspended).detail.contains("suspended"));
        // Told apart from a revocation: the wallet's card badges it "Suspended".
        QCOMPARE(suspended.report.revocation(), Revocation::Suspended);
        // The entry's purpose must be the list's: a failure, but not a revocation.
        const Inspection mismatched =
            world.inspect(world.credential(world.url("/s"), 1), world.options());
        QCOMPARE(status(mismatched).outcome, Outcome::Fail);
        QCOMPARE(mismatched.report.revocation(), Revocation::None);
    }

    void aRevocationOutweighsASuspension()
    {
        // One credential on two lists (revocation and suspension), in either order.
        StatusWorld world;
        world.server.route(
            "/r", {200, world.listCredential(Base64Url::encode(Gzip::compress(bitstring({4}))),
                                             "StatusList2021", "revocation")});
        world.server.route(
            "/s", {200, world.listCredential(Base64Url::encode(Gzip::compress(bitstring({5}))),
                                             "StatusList2021", "suspension")});
        const auto entry = [&](const char *path, int index, const QString &purpose) {
            const QString url = world.url(path);
            return QJsonObject{{"id", url + "#" + QString::number(index)},
                               {"type", "StatusList2021Entry"},
                               {"statusPurpose", purpose},
                               {"statusListIndex", QString::number(index)},
                               {"statusListCredential", url}};
        };
        const auto inspect = [&](const QJsonArray &entries) {
            QJsonObject claims =
                test::credentialClaims(world.issuer.did, kNow - 3600, kNow + 86400);
            QJsonObject vc = claims.value("vc").toObject();
            vc.insert("credentialStatus", entries);
            claims.insert("vc", vc);
            return world
                .inspect(
                    test::sign(world.issuer.key, claims, QJsonObject{{"kid", world.issuer.kid}}),
                    world.options())
                .report.revocation();
        };
        const QJsonObject revoked = entry("/r", 4, "revocation");
        const QJsonObject notRevoked = entry("/r", 3, "revocation");
        const QJsonObject suspended = entry("/s", 5, "suspension");
        QCOMPARE(inspect({suspended, revoked}), Revocation::Revoked);
        QCOMPARE(inspect({revoked, suspended}), Revocation::Revoked);
        QCOMPARE(inspect({notRevoked, suspended}), Revocation::Suspended);
        QCOMPARE(inspect({notRevoked}), Revocation::None);
    }

    void cacheServesOfflineAndFreshness()
    {
        StatusWorld world;
        world.server.route(
            "/status/c",
            {200, world.listCredential(Base64Url::encode(Gzip::compress(bitstring({9}))))});
        const QString url = world.url("/status/c");
        QCOMPARE(status(world.inspect(world.credential(url, 1), world.options())).outcome,
                 Outcome::Pass);
        QCOMPARE(world.server.hits("/status/c"), 1);
        // Fresh in the cache: not fetched again.
        QCOMPARE(status(world.inspect(world.credential(url, 9), world.options())).outcome,
                 Outcome::Fail);
        QCOMPARE(world.server.hits("/status/c"), 1);

        // A new process, the server gone, an hour-old cache on disk: still answered, said so.
        InspectOptions offline = world.options();
        offline.network.offline = true;
        auto cache = std::make_shared<DocumentCache>(world.cacheDir.path());
        cache->put(url, cache->get(url)->bytes, QDateTime::currentDateTimeUtc().addSecs(-3600));
        offline.documentCache = std::make_shared<DocumentCache>(world.cacheDir.path());
        const Inspection fromCache = world.inspect(world.credential(url, 1), offline);
        QCOMPARE(status(fromCache).outcome, Outcome::Pass);
        QVERIFY2(status(fromCache).detail.contains("offline"),
                 qPrintable(status(fromCache).detail));

        // Offline with no cache: unknown, never pass.
        const Inspection nothing = world.inspect(world.credential(url, 1), [&] {
            InspectOptions o = world.options(false);
            o.network.offline = true;
            return o;
        }());
        QCOMPARE(status(nothing).outcome, Outcome::Unknown);
        QCOMPARE(nothing.report.verdict(), Verdict::Unverifiable);

        // A damaged cache file is ignored, not trusted.
        for (const QString &file : QDir(world.cacheDir.path()).entryList(QDir::Files)) {
            QFile f(world.cacheDir.filePath(file));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"url\":");
        }
        InspectOptions damaged = world.options();
        damaged.network.offline = true;
        QCOMPARE(status(world.inspect(world.credential(url, 1), damaged)).outcome,
                 Outcome::Unknown);
    }

    void staleCacheIsNeverNotRevoked()
    {
        StatusWorld world;
        const QString url = world.url("/status/old");
        const QByteArray noExpiry = [&] {
            // A list with no validUntil/exp: only the cache age limits it.
            const QJsonObject claims{
                {"iss", world.issuer.did},
                {"nbf", kNow - 3600},
                {"vc", QJsonObject{
                           {"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                           {"type", QJsonArray{"VerifiableCredential", "StatusList2021Credential"}},
                           {"credentialSubject",
                            QJsonObject{{"type", "StatusList2021"},
                                        {"statusPurpose", "revocation"},
                                        {"encodedList", QString::fromLatin1(Base64Url::encode(
                                                            Gzip::compress(bitstring({}))))}}}}}};
            return test::sign(world.issuer.key, claims, QJsonObject{{"kid", world.issuer.kid}});
        }();
        auto cache = std::make_shared<DocumentCache>(world.cacheDir.path());
        const QDateTime now = QDateTime::currentDateTimeUtc();

        // Fetched in 2020, the server unreachable now: not "not revoked", but unknown.
        cache->put(url, noExpiry, QDateTime::fromString("2020-01-01T00:00:00Z", Qt::ISODate));
        InspectOptions offline = world.options();
        offline.network.offline = true;
        offline.documentCache = cache;
        Inspection old = world.inspect(world.credential(url, 1), offline);
        QCOMPARE(status(old).outcome, Outcome::Unknown);
        QVERIFY2(status(old).detail.contains("older than"), qPrintable(status(old).detail));
        QCOMPARE(old.report.verdict(), Verdict::Unverifiable);

        // Within the limit it counts; the limit is the person's to set.
        cache->put(url, noExpiry, now.addSecs(-7200));
        QCOMPARE(status(world.inspect(world.credential(url, 1), offline)).outcome, Outcome::Pass);
        offline.cacheMaxAgeSeconds = 3600;
        QCOMPARE(status(world.inspect(world.credential(url, 1), offline)).outcome,
                 Outcome::Unknown);

        // A cached list past its own validUntil does not count, even when evaluated --at an
        // earlier time and young by the cache's clock.
        const QString expiring = world.url("/status/expiring");
        cache->put(expiring,
                   world.listCredential(Base64Url::encode(Gzip::compress(bitstring({}))),
                                        "StatusList2021", "revocation", nullptr, kNow - 60),
                   now.addSecs(-60));
        InspectOptions earlier = offline;
        earlier.at = QDateTime::fromSecsSinceEpoch(kNow - 600, Qt::UTC);
        const Inspection lapsed = world.inspect(world.credential(expiring, 1), earlier);
        QCOMPARE(status(lapsed).outcome, Outcome::Unknown);
        QVERIFY2(status(lapsed).detail.contains("expired"), qPrintable(status(lapsed).detail));

        // The same for a list fetched now: its dates are judged by the wall clock, never at
        // the credential's --at.
        world.server.route(
            "/status/lapsed",
            {200, world.listCredential(Base64Url::encode(Gzip::compress(bitstring({}))),
                                       "StatusList2021", "revocation", nullptr, kNow - 300)});
        InspectOptions online = world.options(false);
        online.at = QDateTime::fromSecsSinceEpoch(kNow - 1200, Qt::UTC);
        const Inspection fetchedLapsed =
            world.inspect(world.credential(world.url("/status/lapsed"), 1), online);
        QCOMPARE(world.server.hits("/status/lapsed"), 1);
        QCOMPARE(status(fetchedLapsed).outcome, Outcome::Unknown);
        QVERIFY2(status(fetchedLapsed).detail.contains("expired"),
                 qPrintable(status(fetchedLapsed).detail));

        // The network policy applies to cached copies: without the loopback flag, a cached
        // http://127.0.0.1 list is not used (and nothing is contacted).
        cache->put(url, noExpiry, now);
        InspectOptions strict = offline;
        strict.network.allowLoopbackHttp = false;
        strict.network.offline = false;
        const Inspection refused = world.inspect(world.credential(url, 1), strict);
        QCOMPARE(status(refused).outcome, Outcome::Unknown);
        QVERIFY2(status(refused).detail.contains("this computer"),
                 qPrintable(status(refused).detail));
        QCOMPARE(world.server.hits("/status/old"), 0);
    }

    void hostileLists()
    {
        StatusWorld world;
        const QByteArray good = Base64Url::encode(Gzip::compress(bitstring({})));
        const test::Issuer stranger = test::Issuer::make(KeyType::Ed25519);
        world.server.route("/foreign", {200, world.listCredential(good, "StatusList2021",
                                                                  "revocation", &stranger)});
        QByteArray tampered = world.listCredential(good);
        tampered[tampered.size() - 6] = tampered[tampered.size() - 6] == 'A' ? 'B' : 'A';
        world.server.route("/tampered", {200, tampered});
        world.server.route("/bomb",
                           {200, world.listCredential(Base64Url::encode(gzipBomb(64 << 20)))});
        world.server.route("/corrupt",
                           {200, world.listCredential(Base64Url::encode("definitely not gzip"))});
        world.server.route(
            "/expired",
            {200, world.listCredential(good, "StatusList2021", "revocation", nullptr, kNow - 60)});
        world.server.route("/html", {200, "<html>status</html>", "text/html"});

        struct Case
        {
            const char *path;
            Outcome expected;
            const char *detail;
        };
        for (const Case &c : {Case{"/foreign", Outcome::Fail, "not by the credential's issuer"},
                              Case{"/tampered", Outcome::Fail, "invalid"},
                              Case{"/bomb", Outcome::Fail, "more than"},
                              Case{"/corrupt", Outcome::Fail, "decompressed"},
                              Case{"/expired", Outcome::Unknown, "expired"},
                              Case{"/html", Outcome::Fail, "unreadable"},
                              Case{"/missing", Outcome::Unknown, "404"}}) {
            const Inspection inspection =
                world.inspect(world.credential(world.url(c.path), 1), world.options(false));
            QCOMPARE(status(inspection).outcome, c.expected);
            QVERIFY2(status(inspection).detail.contains(c.detail),
                     qPrintable(QString(c.path) + ": " + status(inspection).detail));
            QVERIFY(inspection.report.verdict() != Verdict::Valid);
            // A bad list says nothing of revocation.
            QCOMPARE(inspection.report.revocation(), Revocation::None);
        }
    }

    void gigabyteBombStopsAtTheCap()
    {
        const QByteArray bomb = gzipBomb(qint64(1) << 30);
        QVERIFY(bomb.size() < 2 * 1024 * 1024); // ~1 MB on the wire
        auto out = Gzip::decompress(bomb, 16 * 1024 * 1024);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, QStringLiteral("gzip.too_large"));
        // Truncated gzip is an error too.
        const QByteArray small = Gzip::compress(QByteArray(1000, 'x'));
        QCOMPARE(Gzip::decompress(small.left(small.size() / 2), 1 << 20).error().code,
                 QStringLiteral("gzip.corrupt"));
        QCOMPARE(Gzip::decompress(small, 1 << 20).value(), QByteArray(1000, 'x'));
    }

    void unsupportedStatusTypeIsUnknown()
    {
        StatusWorld world;
        const QByteArray token =
            world.credential(world.url("/x"), 1, "nChainIdentityCredentialRevocationStatus2024");
        const Inspection inspection = world.inspect(token, world.options(false));
        QCOMPARE(status(inspection).outcome, Outcome::Unknown);
        QCOMPARE(inspection.report.verdict(), Verdict::Unverifiable);
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
