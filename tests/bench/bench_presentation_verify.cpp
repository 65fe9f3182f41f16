// What verifying one OpenID4VP answer costs the verifier (PresentationVerifier: a JWT VP with
// one JWT-VC, both ES256 by did:key, holder binding, the submission against a Presentation
// Exchange definition, the issuer policy), against two bare ES256 signature verifications of
// the same VP and VC with keys already parsed, measured in the same run.
//   bench_presentation_verify [google benchmark flags]

#include "RatioReporter.h"
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
}

} // namespace

BENCHMARK(twoBareSignatures)->Name("baseline/twoEs256Verifications")->Unit(benchmark::kMicrosecond);
BENCHMARK(verifyPresentation)->Name("verify/presentation")->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\nOne answer (JWT VP + 1 JWT-VC, ES256, did:key):\n");
    std::printf("  presentation verification / two bare ES256 verifications: %.2f\n",
                reporter.ratio("verify/presentation", "baseline/twoEs256Verifications"));
    std::fflush(stdout);
    return 0;
}
