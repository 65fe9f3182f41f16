// What answering a presentation request costs on the wallet side, against baselines measured
// in the same run:
// - opening the wallet's credentials for matching (HeldCredential: parse + SD-JWT disclosure
//   map) vs only parsing their JWS (the least any reader must do);
// - matching a DCQL query and a Presentation Exchange definition against all of them vs the
//   same parse baseline;
// - building one SD-JWT presentation (disclosures + KB-JWT) vs one bare ES256 signature.
//   bench_presentation [--count=N] [google benchmark flags]   (N credentials, default 2000)

#include "BenchArguments.h"
#include "RatioReporter.h"
#include "core/codec/Base64Url.h"
#include "core/crypto/Jwk.h"
#include "core/oid4vp/DcqlMatcher.h"
#include "core/oid4vp/PresentationBuilder.h"
#include "core/oid4vp/PresentationExchangeMatcher.h"
#include "support/TokenFactory.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

using namespace vcdesk;

namespace {

QByteArray encode(const QJsonArray &array)
{
    return Base64Url::encode(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

struct Setup
{
    test::Issuer issuer = test::Issuer::make(KeyType::P256);
    PrivateKey holder = PrivateKey::generate(KeyType::P256);
    QList<CredentialRecord> records;
    QList<HeldCredential> held;
    AuthorizationRequest request;
} setup;

/// Half JWT-VCs of ten types, half SD-JWT VCs with five disclosable claims, for one holder.
void makeWallet(int count)
{
    const QString holderDid = KeyDidResolver::didForKey(setup.holder.publicKey());
    for (int i = 0; i < count; ++i) {
        CredentialRecord record;
        record.id = i + 1;
        record.title = QStringLiteral("credential %1").arg(i);
        if (i % 2 == 0) {
            QJsonObject claims = test::credentialClaims(setup.issuer.did, 1700000000, 2000000000);
            claims.insert("sub", holderDid);
            QJsonObject vc = claims.value("vc").toObject();
            vc.insert("type",
                      QJsonArray{"VerifiableCredential", QStringLiteral("Type%1").arg(i % 10)});
            vc.insert("credentialSubject",
                      QJsonObject{{"id", holderDid}, {"name", "Erika"}, {"n", i}});
            claims.insert("vc", vc);
            record.raw =
                test::sign(setup.issuer.key, claims, QJsonObject{{"kid", setup.issuer.kid}});
            record.format = "jwt_vc_json";
        } else {
            QList<QByteArray> disclosures;
            QJsonArray digests;
            for (const char *name :
                 {"given_name", "family_name", "email", "birthdate", "nationality"}) {
                disclosures << encode(
                    {QStringLiteral("salt%1").arg(i), name, QStringLiteral("v%1").arg(i)});
                digests.append(QString::fromLatin1(SdJwt::digest(disclosures.last())));
            }
            const QJsonObject claims{
                {"iss", setup.issuer.did},
                {"vct", QStringLiteral("urn:type:%1").arg(i % 10)},
                {"_sd_alg", "sha-256"},
                {"_sd", digests},
                {"cnf", QJsonObject{{"jwk", Jwk::fromPublicKey(setup.holder.publicKey())}}}};
            record.raw = test::sign(setup.issuer.key, claims, QJsonObject{{"typ", "dc+sd-jwt"}}) +
                         '~' + disclosures.join('~') + '~';
            record.format = "dc+sd-jwt";
        }
        record.verdict = Verdict::Valid;
        setup.records << record;
    }
    for (const CredentialRecord &record : std::as_const(setup.records)) {
        auto held = HeldCredential::fromRecord(record);
        if (!held)
            qFatal("credential %lld: %s", record.id, qPrintable(held.error().toString()));
        setup.held << held.value();
    }
    setup.request.client =
        ClientIdentifier::parse("redirect_uri:https://rp.example/cb", {}).value();
    setup.request.nonce = "n";
    setup.request.responseUri = QUrl("https://rp.example/cb");
}

void parseOnly(benchmark::State &state)
{
    for (auto _ : state)
        for (const CredentialRecord &record : std::as_const(setup.records)) {
            const qsizetype tilde = record.raw.indexOf('~');
            auto jws = CompactJws::parse(tilde < 0 ? QByteArrayView(record.raw)
                                                   : QByteArrayView(record.raw).first(tilde));
            if (!jws)
                state.SkipWithError("unreadable");
            else
                benchmark::DoNotOptimize(jws->payloadObject());
        }
    state.SetItemsProcessed(state.iterations() * setup.records.size());
}

void openForMatching(benchmark::State &state)
{
    for (auto _ : state)
        for (const CredentialRecord &record : std::as_const(setup.records))
            benchmark::DoNotOptimize(HeldCredential::fromRecord(record));
    state.SetItemsProcessed(state.iterations() * setup.records.size());
}

void matchDcql(benchmark::State &state)
{
    const QJsonObject query{
        {"credentials",
         QJsonArray{
             QJsonObject{{"id", "pid"},
                         {"format", "dc+sd-jwt"},
                         {"meta", QJsonObject{{"vct_values", QJsonArray{"urn:type:3"}}}},
                         {"claims", QJsonArray{QJsonObject{{"path", QJsonArray{"given_name"}}}}}},
             QJsonObject{{"id", "member"},
                         {"format", "jwt_vc_json"},
                         {"meta", QJsonObject{{"type_values", QJsonArray{QJsonArray{"Type4"}}}}},
                         {"claims", QJsonArray{QJsonObject{
                                        {"path", QJsonArray{"credentialSubject", "name"}}}}}}}}};
    for (auto _ : state) {
        auto match = DcqlMatcher::match(query, setup.held);
        if (!match || !match->satisfiable)
            state.SkipWithError("no match");
        benchmark::DoNotOptimize(match);
    }
    state.SetItemsProcessed(state.iterations() * setup.held.size());
}

void matchPresentationExchange(benchmark::State &state)
{
    const QJsonObject definition{
        {"id", "d"},
        {"input_descriptors",
         QJsonArray{QJsonObject{
             {"id", "member"},
             {"constraints",
              QJsonObject{
                  {"fields",
                   QJsonArray{
                       QJsonObject{
                           {"path", QJsonArray{"$.vc.type", "$.vct"}},
                           {"filter", QJsonObject{{"type", "array"},
                                                  {"contains", QJsonObject{{"const", "Type4"}}}}}},
                       QJsonObject{{"path", QJsonArray{"$.vc.credentialSubject.name"}}}}}}}}}}};
    for (auto _ : state) {
        auto match = PresentationExchangeMatcher::match(definition, setup.held);
        if (!match || !match->satisfiable)
            state.SkipWithError("no match");
        benchmark::DoNotOptimize(match);
    }
    state.SetItemsProcessed(state.iterations() * setup.held.size());
}

void buildSdJwtPresentation(benchmark::State &state)
{
    HolderKeyring keys;
    keys.add(HolderKeyring::Signer{setup.holder, "did:example:h", "did:example:h#0"});
    const HeldCredential &credential = setup.held.at(1);
    for (auto _ : state)
        benchmark::DoNotOptimize(PresentationBuilder::sdJwtPresentation(credential, {0, 2}, keys,
                                                                        setup.request, 1700000000));
}

void signOnce(benchmark::State &state)
{
    const QByteArray message(200, 'x');
    for (auto _ : state)
        benchmark::DoNotOptimize(setup.holder.sign(message));
}

} // namespace

BENCHMARK(parseOnly)->Name("baseline/parseJws")->Unit(benchmark::kMillisecond);
BENCHMARK(openForMatching)->Name("open/heldCredentials")->Unit(benchmark::kMillisecond);
BENCHMARK(matchDcql)->Name("match/dcql")->Unit(benchmark::kMillisecond);
BENCHMARK(matchPresentationExchange)
    ->Name("match/presentationExchange")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(signOnce)->Name("baseline/es256Sign")->Unit(benchmark::kMicrosecond);
BENCHMARK(buildSdJwtPresentation)->Name("build/sdJwtPresentation")->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = bench::initializeWithCount(argc, argv, 2000, 2);
    makeWallet(count);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\n%d credentials (half JWT-VC, half SD-JWT VC):\n", count);
    std::printf("  open for matching / parse JWS only:   %.2f\n",
                reporter.ratio("open/heldCredentials", "baseline/parseJws"));
    std::printf("  DCQL match / parse JWS only:          %.3f\n",
                reporter.ratio("match/dcql", "baseline/parseJws"));
    std::printf("  PE match / parse JWS only:            %.3f\n",
                reporter.ratio("match/presentationExchange", "baseline/parseJws"));
    std::printf("  SD-JWT presentation / one ES256 sign: %.2f\n",
                reporter.ratio("build/sdJwtPresentation", "baseline/es256Sign"));
    std::fflush(stdout);
    return 0;
}
