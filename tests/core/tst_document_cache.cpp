// The document cache as the cache view uses it: what kind a cached document is, every cached
// document listed (damaged and foreign files left out), one removed, all cleared; a copy in
// memory is dropped once its file was removed or replaced by another cache on the same folder
// (another process, the view). CachedFetch::refresh fetches now through the network policy
// (never a refused URL) and caches what came, against a real server on loopback.

#include "core/common/Clock.h"
#include "core/verify/CachedFetch.h"
#include "core/verify/DocumentCache.h"
#include "support/LoopbackPolicy.h"
#include "support/StatusListFactory.h"
#include "support/TestData.h"
#include "support/TestHttpServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

const QByteArray kSchema = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                           "\"type\":\"object\",\"properties\":{\"email\":{\"type\":\"string\"}}}";

/// A Data Integrity status list credential (JSON-LD), unsigned: only its kind matters here.
const QByteArray kJsonLdStatusList =
    "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
    "\"type\":[\"VerifiableCredential\",\"BitstringStatusListCredential\"],"
    "\"credentialSubject\":{\"type\":\"BitstringStatusList\",\"statusPurpose\":\"revocation\","
    "\"encodedList\":\"uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA\"}}";

QString fileIn(const QTemporaryDir &dir, const QString &url)
{
    return dir.filePath(
        QString::fromLatin1(
            QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex()) +
        ".json");
}

} // namespace

class TestDocumentCache : public QObject
{
    Q_OBJECT

    test::Issuer m_issuer = test::Issuer::make(KeyType::P256);

private slots:
    void kindOfReadsTheContent()
    {
        using Kind = DocumentCache::Kind;
        QCOMPARE(DocumentCache::kindOf(test::statusListCredential(m_issuer, {3}, "revocation", 16)),
                 Kind::StatusList);
        QCOMPARE(DocumentCache::kindOf(kJsonLdStatusList), Kind::StatusList);
        QCOMPARE(DocumentCache::kindOf("  " + kSchema + "\n"), Kind::Schema);
        QCOMPARE(
            DocumentCache::kindOf("{\"type\":\"VerifiableCredential\",\"credentialSubject\":{}}"),
            Kind::Other);
        // An IETF token status list, by its typ and by its claim.
        QCOMPARE(DocumentCache::kindOf(test::sign(m_issuer.key, QJsonObject{{"sub", "x"}},
                                                  QJsonObject{{"typ", "statuslist+jwt"}})),
                 Kind::StatusList);
        QCOMPARE(DocumentCache::kindOf(test::sign(
                     m_issuer.key, QJsonObject{{"status_list", QJsonObject{{"bits", 1}}}})),
                 Kind::StatusList);
        QCOMPARE(DocumentCache::kindOf(
                     test::sign(m_issuer.key, test::credentialClaims(m_issuer.did, 0, 1))),
                 Kind::Other);
        // Whatever else: other, never a crash.
        for (const QByteArray &odd :
             {QByteArray(), QByteArray("{"), QByteArray("a.b.c"), QByteArray("...."),
              QByteArray("[1,2]"), QByteArray("{\"vc\":5}"),
              QByteArray("{\"credentialSubject\":[]}"), QByteArray(100000, '['),
              QByteArray("\xff\xfe{")})
            QCOMPARE(DocumentCache::kindOf(odd), Kind::Other);
    }

    void listRemoveClear()
    {
        QTemporaryDir dir;
        DocumentCache cache(dir.path());
        const QDateTime fetched =
            QDateTime::fromString("2025-03-01T12:00:00.250Z", Qt::ISODateWithMs);
        const QByteArray list = test::statusListCredential(m_issuer, {1}, "revocation", 64);
        cache.put("https://issuer.example/status/1", list, fetched);
        cache.put("https://issuer.example/schemas/email.json", kSchema, fetched.addSecs(60));
        cache.pin("https://agent.example/status/own", kJsonLdStatusList);
        // Not ours, or damaged: never listed, never removed.
        test::writeFile(dir.path(), "notes.json", "{\"url\":\"https://x.example\"}");
        test::writeFile(dir.path(), QString(64, 'a') + ".json", "{damaged");
        // A file that claims a URL it is not named for is not that URL's copy.
        test::writeFile(dir.path(), QString(64, 'b') + ".json",
                        "{\"url\":\"https://evil.example\",\"fetchedAt\":\"2025-03-01T12:00:00Z\","
                        "\"document\":\"{}\"}");

        const QList<DocumentCache::Listing> listed = cache.list();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).url, QStringLiteral("https://agent.example/status/own"));
        QVERIFY(listed.at(0).pinned);
        QCOMPARE(listed.at(1).url, QStringLiteral("https://issuer.example/schemas/email.json"));
        QCOMPARE(listed.at(1).kind, DocumentCache::Kind::Schema);
        QCOMPARE(listed.at(1).size, kSchema.size());
        QCOMPARE(listed.at(1).fetchedAt, fetched.addSecs(60));
        QCOMPARE(listed.at(2).kind, DocumentCache::Kind::StatusList);
        QCOMPARE(listed.at(2).fetchedAt, fetched); // to the millisecond
        QVERIFY(!listed.at(2).pinned);
        // Another cache on the same folder lists the files (not this one's pinned copy).
        QCOMPARE(DocumentCache(dir.path()).list().size(), 2);

        QVERIFY(cache.remove("https://issuer.example/status/1").ok());
        QVERIFY(!cache.get("https://issuer.example/status/1"));
        QVERIFY(!QFile::exists(fileIn(dir, "https://issuer.example/status/1")));
        QCOMPARE(cache.remove("https://issuer.example/status/1").error().code,
                 QStringLiteral("cache.not_cached"));
        QCOMPARE(cache.list().size(), 2);

        // Every cache file goes, damaged ones too; what is not a cache file stays.
        auto cleared = cache.clear();
        QVERIFY(cleared.ok());
        QCOMPARE(cleared.value(), 3);
        QCOMPARE(cache.list().size(), 1); // the pinned copy is not a cached one
        QVERIFY(cache.get("https://agent.example/status/own")->pinned);
        QVERIFY(!cache.get("https://issuer.example/schemas/email.json"));
        QVERIFY(QFile::exists(dir.filePath("notes.json")));
        QVERIFY(!QFile::exists(dir.filePath(QString(64, 'a') + ".json")));
    }

    void aMemoryCopyFollowsItsFile()
    {
        QTemporaryDir dir;
        DocumentCache checks(dir.path()); // e.g. the inspector's
        DocumentCache view(dir.path());   // the settings' view, or another process
        const QString url = "https://issuer.example/status/2";
        checks.put(url, "first", Clock::now());
        QCOMPARE(checks.get(url)->bytes, QByteArray("first"));

        // Cleared by the view: the checks' memory copy is gone too.
        QCOMPARE(view.clear().value(), 1);
        QVERIFY(!checks.get(url));
        QVERIFY(checks.list().isEmpty());

        // Replaced by another: the new copy is read, not the one remembered.
        checks.put(url, "second", Clock::now());
        QCOMPARE(checks.get(url)->bytes, QByteArray("second"));
        QTest::qWait(20); // another modification time
        view.put(url, "third, longer", Clock::now());
        QCOMPARE(checks.get(url)->bytes, QByteArray("third, longer"));

        // Removed by the view: gone for the checks too.
        QVERIFY(view.remove(url).ok());
        QVERIFY(!checks.get(url));

        // A memory-only cache keeps what it holds (there is no file to follow).
        DocumentCache memory;
        memory.put(url, "in memory", Clock::now());
        QCOMPARE(memory.get(url)->bytes, QByteArray("in memory"));
        QCOMPARE(memory.list().size(), 1);
        QCOMPARE(memory.clear().value(), 1);
        QVERIFY(!memory.get(url));
    }

    void freshAndUsableUntil()
    {
        const QDateTime fetched = QDateTime::fromString("2025-03-01T12:00:00Z", Qt::ISODate);
        QCOMPARE(CachedFetch::freshUntil(fetched), fetched.addSecs(CachedFetch::kFreshSeconds));
        QCOMPARE(CachedFetch::usableUntil(fetched),
                 fetched.addSecs(InspectOptions::kDefaultCacheMaxAgeSeconds));
        QCOMPARE(CachedFetch::usableUntil(fetched, 4 * 3600), fetched.addSecs(4 * 3600));
        QCOMPARE(InspectOptions().cacheMaxAgeSeconds, InspectOptions::kDefaultCacheMaxAgeSeconds);
        QCOMPARE(CachedFetch::maxBytesFor(DocumentCache::Kind::Schema),
                 CachedFetch::kMaxSchemaBytes);
        QCOMPARE(CachedFetch::maxBytesFor(DocumentCache::Kind::StatusList),
                 CachedFetch::kMaxStatusListBytes);
    }

    void refreshFetchesNow()
    {
        test::TestHttpServer server;
        QTemporaryDir dir;
        const QByteArray first = test::statusListCredential(m_issuer, {}, "revocation", 64);
        const QByteArray second = test::statusListCredential(m_issuer, {5}, "revocation", 64);
        server.routeSequence("/status",
                             {test::TestHttpServer::Response{200, first, "application/jwt"},
                              test::TestHttpServer::Response{200, second, "application/jwt"},
                              test::TestHttpServer::Response{503, "{}"}});
        const QString url = server.url("/status").toString();
        InspectOptions options;
        options.network = test::loopbackPolicy();
        options.network.maxRetries = 0;
        options.documentCache = std::make_shared<DocumentCache>(dir.path());

        auto got = CachedFetch::get(url, options, CachedFetch::kMaxStatusListBytes);
        QVERIFY(got.ok());
        QCOMPARE(server.hits("/status"), 1);
        // Fresh: get() does not ask again; refresh() does, and caches what came.
        QVERIFY(CachedFetch::get(url, options, CachedFetch::kMaxStatusListBytes).ok());
        QCOMPARE(server.hits("/status"), 1);
        auto refreshed = CachedFetch::refresh(url, options, CachedFetch::kMaxStatusListBytes);
        QVERIFY2(refreshed.ok(),
                 qPrintable(refreshed.ok() ? QString() : refreshed.error().toString()));
        QCOMPARE(server.hits("/status"), 2);
        QCOMPARE(refreshed->bytes, second);
        QVERIFY(!refreshed->fromCache);
        QCOMPARE(DocumentCache(dir.path()).get(url)->bytes, second);

        // A failed refresh leaves the cached copy as it was.
        auto failed = CachedFetch::refresh(url, options, CachedFetch::kMaxStatusListBytes);
        QVERIFY(!failed.ok());
        QCOMPARE(server.hits("/status"), 3);
        QCOMPARE(DocumentCache(dir.path()).get(url)->bytes, second);

        // Larger than allowed for its kind: refused, nothing cached.
        server.route("/big", test::TestHttpServer::Response{200, QByteArray(4096, 'x')});
        const QString big = server.url("/big").toString();
        QVERIFY(!CachedFetch::refresh(big, options, 1024).ok());
        QVERIFY(!options.documentCache->get(big));
    }

    void refreshNeverFetchesARefusedUrl()
    {
        test::TestHttpServer server;
        server.route("/status", test::TestHttpServer::Response{200, "{}"});
        QTemporaryDir dir;
        InspectOptions options; // https only: loopback http is refused
        options.documentCache = std::make_shared<DocumentCache>(dir.path());
        const QString url = server.url("/status").toString();
        auto refused = CachedFetch::refresh(url, options, 1024);
        QVERIFY(!refused.ok());
        QCOMPARE(server.connections(), 0);
        // Not even a cached copy of it is handed back.
        options.documentCache->put(url, "cached", Clock::now());
        QVERIFY(!CachedFetch::refresh(url, options, 1024).ok());
        QCOMPARE(server.connections(), 0);

        // Offline: not fetched either, and the copy stays.
        options.network = test::loopbackPolicy();
        options.network.offline = true;
        QVERIFY(!CachedFetch::refresh(url, options, 1024).ok());
        QCOMPARE(server.connections(), 0);
        QCOMPARE(options.documentCache->get(url)->bytes, QByteArray("cached"));

        // A pinned copy is the service's own: handed back, not fetched.
        options.documentCache->pin("https://agent.example/own", "own");
        auto pinned = CachedFetch::refresh("https://agent.example/own", options, 1024);
        QVERIFY(pinned.ok());
        QCOMPARE(pinned->bytes, QByteArray("own"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentCache)
#include "tst_document_cache.moc"
