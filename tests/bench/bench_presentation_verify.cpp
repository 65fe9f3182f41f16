// What verifying one OpenID4VP answer costs the verifier (PresentationVerifier: a JWT VP with
// one JWT-VC, both ES256 by did:key, holder binding, the submission against a Presentation
// Exchange definition, the issuer policy), against two bare ES256 signature verifications of
// the same VP and VC with keys already parsed, measured in the same run; and the answers
// verified per second on two threads against those bare pairs on one.
//   bench_presentation_verify [google benchmark flags]

#include "RatioReporter.h"
#include "core/common/HeapPolicy.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/jose/JwsVerifier.h"
#include "core/oid4vp/PresentationVerifier.h"
#include "support/PresentationFactory.h"

#include <QCoreApplication>

#include <cstdio>

using namespace vcdesk;

namespace {

struct Setup
{
    test::Issuer issuer = test::Issuer::make(KeyType::P256);
    test::Issuer holder = test::Issuer::make(KeyType::P256);
    QByteArray credential;
    QByteArray presentation;
    QString submission;
    ExpectedPresentation expected;
    InspectOptions options;
};

Setup &setup()
{
    static Setup s = [] {
        Setup s;
        s.credential = test::jwtVc(s.issuer, s.holder.did, {"EmailCredential"},
                                   QJsonObject{{"email", "alice@example.com"}});
        s.presentation = test::jwtVp(s.holder, QJsonArray{QString::fromLatin1(s.credential)},
                                     "nonce-1", "did:key:zVerifier");
        s.submission = test::vpSubmission("emailCheck", "email");
        s.expected.nonce = "nonce-1";
        s.expected.audiences = {"did:key:zVerifier"};
        s.expected.issuers = IssuerPolicy::allowOnly({s.issuer.did}).value();
        s.expected.presentationDefinition = QJsonObject{
            {"id", "emailCheck"},
            {"input_descriptors",
             QJsonArray{QJsonObject{
                 {"id", "email"},
                 {"constraints",
                  QJsonObject{
                      {"fields",
                       QJsonArray{
                           QJsonObject{{"path", QJsonArray{"$.vc.type"}},
                                       {"filter",
                                        QJsonObject{{"type", "array"},
                                                    {"contains",
                                                     QJsonObject{{"const", "EmailCredential"}}}}}},
                           QJsonObject{
                               {"path", QJsonArray{"$.vc.credentialSubject.email"}}}}}}}}}}};
        s.options.resolver = MultiMethodDidResolver::createDefault();
        return s;
    }();
    return s;
}

void twoBareSignatures(benchmark::State &state)
{
    Setup &s = setup();
    const CompactJws vp = CompactJws::parse(s.presentation).value();
    const CompactJws vc = CompactJws::parse(s.credential).value();
    const PublicKey holderKey = s.holder.key.publicKey();
    const PublicKey issuerKey = s.issuer.key.publicKey();
    for (auto _ : state) {
        bool ok =
            JwsVerifier::verify(vp, holderKey).ok() && JwsVerifier::verify(vc, issuerKey).ok();
        benchmark::DoNotOptimize(ok);
    }
    state.SetItemsProcessed(state.iterations());
}

void verifyPresentation(benchmark::State &state)
{
    Setup &s = setup();
    for (auto _ : state) {
        auto verified = PresentationVerifier::verify(
            s.expected, QString::fromLatin1(s.presentation), s.submission, s.options);
        if (!verified) {
            state.SkipWithError(qPrintable(verified.error().toString()));
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(twoBareSignatures)->Name("baseline/twoEs256Verifications")->Unit(benchmark::kMicrosecond);
BENCHMARK(verifyPresentation)->Name("verify/presentation")->Unit(benchmark::kMicrosecond);
// The same on two threads, each verifying answers as a verifier serving many wallets would;
// its answers per second are the two threads' together.
BENCHMARK(verifyPresentation)
    ->Name("verify/presentationOnTwoThreads")
    ->Threads(2)
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    HeapPolicy::apply(); // as vcdesk and vcdesk-agent do at start-up
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nOne answer (JWT VP + 1 JWT-VC, ES256, did:key):\n");
    std::printf("  presentation verification / two bare ES256 verifications: %.2f\n",
                reporter.ratio("verify/presentation", "baseline/twoEs256Verifications"));
    // The figure for batches, for answers: throughput on two threads against the bare
    // signatures on one.
    const double bare = reporter.rate("baseline/twoEs256Verifications");
    std::printf(
        "  answers/s on 2 threads / bare pairs/s on 1 thread: %.2f (the batch target: 1.60)\n",
        bare > 0 ? reporter.rate("verify/presentationOnTwoThreads") / bare : 0.0);
    std::fflush(stdout);
    return 0;
}
