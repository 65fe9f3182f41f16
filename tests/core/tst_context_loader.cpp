// ContextLoader: a JSON-LD context beyond the bundled ones is used only when the person allowed
// it; it is fetched once from a real local server under the network policy, cached, and then
// used as cached (a change on the server does not reach a verdict); a SHA-256 named with the
// allowance is enforced on the cached and the fetched copy alike; a document that is no
// context, a server that cannot be reached and an address not allowed each end in their own
// error, and an eddsa-rdfc-2022 credential under an allowed context verifies end to end.

#include "core/codec/Multibase.h"
#include "core/crypto/Digest.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/AllowedContexts.h"
#include "core/verify/ContextLoader.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/DataIntegrityCheck.h"
#include "core/verify/DataIntegritySuite.h"
#include "core/verify/DocumentCache.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "support/LoopbackPolicy.h"
#include "support/ReportHelpers.h"
#include "support/TestHttpServer.h"
#include "support/TokenFactory.h"

#include <QJsonArray>
#include <QtTest>

using namespace vcdesk;
using Outcome = CheckResult::Outcome;
using test::TestHttpServer;
using Response = test::TestHttpServerEngine::Response;

namespace {

const QByteArray kContext = R"({"@context":{"@version":1.1,"@protected":true,
  "MembershipCard":"https://example.org/vocab#MembershipCard",
  "level":"https://example.org/vocab#level"}})";

InspectOptions allowing(const QString &url, const QByteArray &sha256 = {})
{
    InspectOptions options;
    options.network = test::loopbackPolicy();
    options.resolver = MultiMethodDidResolver::createDefault(options.network);
    options.documentCache = std::make_shared<DocumentCache>();
    options.allowedContexts.insert(url, sha256);
    return options;
}

/// A VC 2.0 credential under the credentials context and `contextUrl`, with an
/// eddsa-rdfc-2022 proof by `issuer` (hashed with the contexts `options` allows).
QJsonObject signedCredential(const test::Issuer &issuer, const QString &contextUrl,
                             const InspectOptions &options)
{
    QJsonObject credential{
        {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2", contextUrl}},
        {"type", QJsonArray{"VerifiableCredential", "MembershipCard"}},
        {"issuer", issuer.did},
        {"validFrom", "2024-01-01T00:00:00Z"},
        {"credentialSubject", QJsonObject{{"id", "did:example:holder"}, {"level", "gold"}}}};
    const QJsonObject proof{{"type", "DataIntegrityProof"},
                            {"cryptosuite", "eddsa-rdfc-2022"},
                            {"created", "2024-01-01T00:00:00Z"},
                            {"verificationMethod", issuer.kid},
                            {"proofPurpose", "assertionMethod"}};
    auto data = DataIntegrityCheck::hashData(*DataIntegritySuite::of(proof), KeyType::Ed25519,
                                             credential, proof, ContextLoader::forOptions(options));
    if (!data)
        return {};
    QJsonObject signedProof = proof;
    signedProof.insert("proofValue", QString::fromLatin1(Multibase::encodeBase58Btc(
                                         issuer.key.sign(data.value()).value())));
    credential.insert("proof", signedProof);
    return credential;
}

const CheckResult *signatureCheck(const Result<Inspection> &inspection)
{
    return inspection ? inspection->report.check("SignatureVerification") : nullptr;
}

} // namespace

class TestContextLoader : public QObject
{
    Q_OBJECT

private slots:
    void init() { ContextLoader::forgetWhatWasSeen(); }

    void anAllowedContextIsFetchedOnceThenUsedAsCached()
    {
        TestHttpServer server;
        server.route("/ctx/v1", Response{200, kContext, "application/ld+json"});
        const QString url = server.url("/ctx/v1").toString();
        const InspectOptions options = allowing(url);
        auto loaded = ContextLoader::forOptions(options)(url);
        VCDESK_VERIFY_OK(loaded);
        QVERIFY(loaded->document.toObject().contains("@context"));
        QCOMPARE(loaded->documentUrl, url);
        QCOMPARE(loaded->origin, RemoteDocument::Origin::Fetched);
        QCOMPARE(server.hits("/ctx/v1"), 1);

        // The server changes it: the cached copy is what counts, and the network is not asked.
        server.route("/ctx/v1", Response{200, R"({"@context":{"level":"urn:other"}})"});
        auto again = ContextLoader::forOptions(options)(url);
        VCDESK_VERIFY_OK(again);
        QCOMPARE(again->document, loaded->document);
        QCOMPARE(again->origin, RemoteDocument::Origin::Cached);
        QCOMPARE(server.hits("/ctx/v1"), 1);

        // The cache cleared (or another, in-memory one): the changed copy is fetched, and
        // refused, since this process used another.
        InspectOptions fresh = options;
        fresh.documentCache = std::make_shared<DocumentCache>();
        auto refused = ContextLoader::forOptions(fresh)(url);
        QCOMPARE(refused.error().code, QStringLiteral("jsonld.context_changed"));
        QCOMPARE(server.hits("/ctx/v1"), 2);
        QVERIFY(!fresh.documentCache->get("jsonld-context:" + url));

        // A status list or schema at the same address does not touch the context's copy.
        options.documentCache->put(url, "{}", QDateTime::currentDateTimeUtc());
        VCDESK_VERIFY_OK(ContextLoader::forOptions(options)(url));
    }

    void aNamedHashIsEnforcedOnTheFetchedAndTheCachedCopy()
    {
        TestHttpServer server;
        server.route("/ctx/v1", Response{200, kContext});
        const QString url = server.url("/ctx/v1").toString();
        const QByteArray right = Digest::sha256(kContext).toHex();
        const QByteArray wrong(64, 'a');

        InspectOptions pinnedWrong = allowing(url, wrong);
        auto refused = ContextLoader::forOptions(pinnedWrong)(url);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("jsonld.context_changed"));
        QVERIFY(!pinnedWrong.documentCache->get("jsonld-context:" + url)); // nothing cached

        InspectOptions pinnedRight = allowing(url, right);
        VCDESK_VERIFY_OK(ContextLoader::forOptions(pinnedRight)(url));
        QVERIFY(pinnedRight.documentCache->get("jsonld-context:" + url));
        // A cached copy that is not what the allowance names is not used: the right one is
        // fetched again and replaces it.
        ContextLoader::forgetWhatWasSeen();
        pinnedRight.documentCache->put("jsonld-context:" + url, R"({"@context":{}})",
                                       QDateTime::currentDateTimeUtc());
        VCDESK_VERIFY_OK(ContextLoader::forOptions(pinnedRight)(url));
        QCOMPARE(server.hits("/ctx/v1"), 3);
        QCOMPARE(pinnedRight.documentCache->get("jsonld-context:" + url)->bytes, kContext);
    }

    void whatIsNotAllowedOrNotAContextIsRefusedByName()
    {
        TestHttpServer server;
        server.route("/page", Response{200, "<html>hello</html>", "text/html"});
        server.route("/object", Response{200, R"({"hello":"world"})"});
        const QString allowedUrl = server.url("/page").toString();
        InspectOptions options = allowing(allowedUrl);
        options.allowedContexts.insert(server.url("/object").toString(), {});
        options.allowedContexts.insert(server.url("/gone").toString(), {});
        const DocumentLoader loader = ContextLoader::forOptions(options);

        auto notAllowed = loader(server.url("/other").toString());
        QCOMPARE(notAllowed.error().code, QStringLiteral("jsonld.context_not_available"));
        QVERIFY(notAllowed.error().message.contains("/other"));
        QCOMPARE(server.hits("/other"), 0);
        QCOMPARE(loader(allowedUrl).error().code, QStringLiteral("jsonld.invalid_remote_context"));
        QCOMPARE(loader(server.url("/object").toString()).error().code,
                 QStringLiteral("jsonld.invalid_remote_context"));
        QCOMPARE(loader(server.url("/gone").toString()).error().code,
                 QStringLiteral("jsonld.loading_remote_context_failed"));
        // Nothing that is not a context is cached; a failure is not fetched again at once.
        QVERIFY(!options.documentCache->get("jsonld-context:" + allowedUrl));
        QCOMPARE(loader(allowedUrl).error().code, QStringLiteral("jsonld.invalid_remote_context"));
        QCOMPARE(server.hits("/page"), 1);
        // The bundled contexts still come from vcdesk, never from the network.
        VCDESK_VERIFY_OK(loader("https://www.w3.org/ns/credentials/v2"));
    }

    void offlineAnUncachedContextCannotBeHad()
    {
        TestHttpServer server;
        server.route("/ctx/v1", Response{200, kContext});
        const QString url = server.url("/ctx/v1").toString();
        InspectOptions options = allowing(url);
        options.network.offline = true;
        QCOMPARE(ContextLoader::forOptions(options)(url).error().code,
                 QStringLiteral("jsonld.loading_remote_context_failed"));
        QCOMPARE(server.hits("/ctx/v1"), 0);
    }

    void aCredentialUnderAnAllowedContextVerifies()
    {
        TestHttpServer server;
        server.route("/ctx/v1", Response{200, kContext});
        const QString url = server.url("/ctx/v1").toString();
        const test::Issuer issuer = test::Issuer::make(KeyType::Ed25519);
        const InspectOptions options = allowing(url);
        const QJsonObject credential = signedCredential(issuer, url, options);
        QVERIFY(!credential.isEmpty());
        const QByteArray bytes = QJsonDocument(credential).toJson();

        InspectOptions closely = options;
        closely.keepCanonicalForm = true;
        auto inspection = CredentialInspector::inspect(bytes, closely);
        QVERIFY(signatureCheck(inspection));
        QCOMPARE(signatureCheck(inspection)->outcome, Outcome::Pass);
        QCOMPARE(inspection->report.verdict(), Verdict::Valid);
        // What was signed, and where each context came from: the allowed one from the cache
        // (signing fetched it), the credentials context from vcdesk itself.
        QVERIFY(inspection->canonicalForm);
        QVERIFY(inspection->canonicalForm->problem.isEmpty());
        QVERIFY(inspection->canonicalForm->document.contains(
            "<https://example.org/vocab#MembershipCard>"));
        QMap<QString, RemoteDocument::Origin> origins;
        for (const auto &use : inspection->canonicalForm->contexts)
            origins.insert(use.url, use.origin);
        QCOMPARE(origins.value(url), RemoteDocument::Origin::Cached);
        QCOMPARE(origins.value("https://www.w3.org/ns/credentials/v2"),
                 RemoteDocument::Origin::Bundled);
        QCOMPARE(
            inspection->toJson().value("signedForm").toObject().value("contexts").toArray().size(),
            origins.size());

        // Not allowed: not checked, the context named; never valid.
        InspectOptions notAllowed = options;
        notAllowed.allowedContexts.clear();
        auto unknown = CredentialInspector::inspect(bytes, notAllowed);
        QCOMPARE(signatureCheck(unknown)->outcome, Outcome::Unknown);
        QVERIFY2(signatureCheck(unknown)->detail.contains(url),
                 qPrintable(signatureCheck(unknown)->detail));

        // A changed claim fails under the allowed context.
        QJsonObject tampered = credential;
        tampered.insert("credentialSubject",
                        QJsonObject{{"id", "did:example:holder"}, {"level", "platinum"}});
        auto forged = CredentialInspector::inspect(QJsonDocument(tampered).toJson(), options);
        QCOMPARE(signatureCheck(forged)->outcome, Outcome::Fail);
    }

    void theAllowedContextsFileIsReadAsHostileInput_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("not json") << QByteArray("{\"contexts\": [");
        QTest::newRow("another key") << QByteArray("{\"contexts\": [], \"more\": 1}");
        QTest::newRow("not a list") << QByteArray("{\"contexts\": {}}");
        QTest::newRow("entry key")
            << QByteArray("{\"contexts\": [{\"url\": \"https://a.example/c\", \"x\": 1}]}");
        QTest::newRow("ftp") << QByteArray("{\"contexts\": [{\"url\": \"ftp://a.example/c\"}]}");
        QTest::newRow("relative") << QByteArray("{\"contexts\": [{\"url\": \"/c\"}]}");
        QTest::newRow("fragment") << QByteArray(
            "{\"contexts\": [{\"url\": \"https://a.example/c#x\"}]}");
        QTest::newRow("user") << QByteArray(
            "{\"contexts\": [{\"url\": \"https://u@a.example/c\"}]}");
        QTest::newRow("control") << QByteArray(
            "{\"contexts\": [{\"url\": \"https://a.example/c\\u001b\"}]}");
        QTest::newRow("short hash") << QByteArray(
            "{\"contexts\": [{\"url\": \"https://a.example/c\", \"sha256\": \"abc\"}]}");
        QTest::newRow("twice") << QByteArray("{\"contexts\": [{\"url\": \"https://a.example/c\"}, "
                                             "{\"url\": \"https://a.example/c\"}]}");
        QTest::newRow("duplicate member") << QByteArray("{\"contexts\": [], \"contexts\": []}");
        QTest::newRow("empty hash")
            << QByteArray("{\"contexts\": [{\"url\": \"https://a.example/c\", \"sha256\": \"\"}]}");
    }
    void theAllowedContextsFileIsReadAsHostileInput()
    {
        QFETCH(QByteArray, file);
        QTemporaryDir dir;
        const QString path = dir.filePath("allowed-contexts.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
        out.close();
        auto loaded = AllowedContexts::load(path);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, QStringLiteral("contexts.invalid"));
        // And an inspection built on it says so rather than running with nothing allowed.
        auto options = InspectOptionsBuilder().allowedContextsFile(path).build();
        QVERIFY(!options);
        QCOMPARE(options.error().code, QStringLiteral("contexts.invalid"));
    }

    void theAllowedContextsFileRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("sub/allowed-contexts.json");
        QVERIFY(AllowedContexts::load(path)->isEmpty()); // absent: nothing allowed
        const QByteArray hash = Digest::sha256(kContext).toHex();
        const AllowedContexts::Map map{{"https://humanos.id/credentials/v1", {}},
                                       {"https://a.example/c?v=1", hash}};
        VCDESK_VERIFY_OK(AllowedContexts::save(path, map));
        QCOMPARE(AllowedContexts::load(path).value(), map);
        auto options = InspectOptionsBuilder()
                           .cache(InspectOptionsBuilder::Cache::InMemory)
                           .allowedContextsFile(path)
                           .allowContext("https://b.example/c")
                           .build();
        VCDESK_VERIFY_OK(options);
        QCOMPARE(options->allowedContexts.size(), 3);
        QCOMPARE(options->allowedContexts.value("https://a.example/c?v=1"), hash);

        // As typed: "URL" or "URL#sha256=HEX"; an "=" of the query stays in the URL.
        QCOMPARE(
            AllowedContexts::parseEntry(" https://a.example/c?v=" + QString::fromLatin1(hash) + " ")
                ->first,
            "https://a.example/c?v=" + QString::fromLatin1(hash));
        auto pinned = AllowedContexts::parseEntry("https://a.example/c#sha256=" +
                                                  QString::fromLatin1(hash.toUpper()));
        QCOMPARE(pinned->first, QStringLiteral("https://a.example/c"));
        QCOMPARE(pinned->second, hash);
        for (const QString &wrong :
             {QStringLiteral("not a url"), QStringLiteral("https://a.example/c#sha256=abc"),
              QStringLiteral("https://a.example/c#x")})
            QCOMPARE(AllowedContexts::parseEntry(wrong).error().code,
                     QStringLiteral("contexts.invalid"));

        // A pin in the file holds when the command line names the same address without one;
        // two different pins are an error.
        auto kept = InspectOptionsBuilder()
                        .cache(InspectOptionsBuilder::Cache::InMemory)
                        .allowedContextsFile(path)
                        .allowContext("https://a.example/c?v=1")
                        .build();
        QCOMPARE(kept->allowedContexts.value("https://a.example/c?v=1"), hash);
        auto conflict = InspectOptionsBuilder()
                            .cache(InspectOptionsBuilder::Cache::InMemory)
                            .allowedContextsFile(path)
                            .allowContext("https://a.example/c?v=1", QByteArray(64, 'c'))
                            .build();
        QCOMPARE(conflict.error().code, QStringLiteral("contexts.conflict"));
    }
};

QTEST_GUILESS_MAIN(TestContextLoader)
#include "tst_context_loader.moc"
