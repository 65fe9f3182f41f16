// What RDF-canonicalized Data Integrity costs: verifying one eddsa-rdfc-2022 credential (the
// W3C vc-di-eddsa vector) against verifying the same credential signed with eddsa-jcs-2022,
// measured in the same run; and canonicalizing credentials of 10, 100 and 1000 claims, to show
// how the cost grows with size (per claim, it should stay flat).
//
// After the Google Benchmark table it prints the ratios rdfc / jcs and cost per claim, then
// verifies the same vector with the digitalbazaar stack in Node.js (tests/interop,
// jsonld-verify.mjs --proof-only: the proof alone, as here), --count=N times in this run, and
// prints how many times slower that stack is than vcdesk. Without Node or the npm packages
// that comparison says it was skipped and why.

#include "BenchArguments.h"
#include "RatioReporter.h"
#include "core/codec/Multibase.h"
#include "core/crypto/PrivateKey.h"
#include "core/did/Multikey.h"
#include "core/jsonld/BundledContexts.h"
#include "core/jsonld/JsonLdCanonicalizer.h"
#include "core/verify/DataIntegrityCheck.h"
#include "core/verify/DataIntegritySigner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace vcdesk;

namespace {

QJsonObject readJson(const char *relative)
{
    QFile file(QStringLiteral(VCDESK_TEST_DATA "/") + QLatin1String(relative));
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QJsonObject &rdfcCredential()
{
    static const QJsonObject credential =
        readJson("vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json");
    return credential;
}

const PublicKey &vectorKey()
{
    static const PublicKey key = [] {
        const QString multibase = readJson("vc-di-eddsa/keyPair.json")
                                      .value(QStringLiteral("publicKeyMultibase"))
                                      .toString();
        return Multikey::decode(Multibase::decode(multibase.toLatin1()).value()).value();
    }();
    return key;
}

/// The same credential, signed with eddsa-jcs-2022 by a fresh key.
struct JcsFixture
{
    PrivateKey key = PrivateKey::generate(KeyType::Ed25519);
    QJsonObject credential;
    JcsFixture()
    {
        QJsonObject unsigned_ = rdfcCredential();
        QJsonObject proof = unsigned_.take(QStringLiteral("proof")).toObject();
        proof.remove(QStringLiteral("proofValue"));
        proof.remove(QStringLiteral("cryptosuite"));
        credential = DataIntegritySigner::signEddsaJcs2022(unsigned_, proof, key).value();
    }
};

const JcsFixture &jcs()
{
    static const JcsFixture fixture;
    return fixture;
}

/// A v2 credential whose subject has `claims` claims (schema.org terms via @vocab).
QJsonObject credentialWithClaims(int claims)
{
    QJsonObject subject{{QStringLiteral("id"), QStringLiteral("did:example:abcdefgh")}};
    for (int i = 0; i < claims; ++i)
        subject.insert(QStringLiteral("claim%1").arg(i), QStringLiteral("value %1").arg(i));
    return QJsonObject{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                    QStringLiteral("https://www.w3.org/ns/credentials/examples/v2")}},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential")}},
        {QStringLiteral("issuer"), QStringLiteral("https://vc.example/issuers/5678")},
        {QStringLiteral("credentialSubject"), subject}};
}

void verifyRdfc(benchmark::State &state)
{
    const QJsonObject proof = rdfcCredential().value(QStringLiteral("proof")).toObject();
    const DocumentLoader loader = BundledContexts::loader();
    for (auto _ : state)
        if (!DataIntegrityCheck::verifyProof(rdfcCredential(), proof, vectorKey(), loader))
            state.SkipWithError("the vector does not verify");
}

void verifyJcs(benchmark::State &state)
{
    const QJsonObject proof = jcs().credential.value(QStringLiteral("proof")).toObject();
    for (auto _ : state)
        if (!DataIntegrityCheck::verifyProof(jcs().credential, proof, jcs().key.publicKey()))
            state.SkipWithError("the JCS credential does not verify");
}

void canonicalize(benchmark::State &state)
{
    const QJsonObject document = credentialWithClaims(int(state.range(0)));
    const DocumentLoader loader = BundledContexts::loader();
    for (auto _ : state)
        if (!JsonLdCanonicalizer::canonicalize(document, loader))
            state.SkipWithError("not canonicalizable");
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// Milliseconds per proof verification of the vector by the digitalbazaar stack in Node.js,
/// or a negative number with `why` set when it cannot run here.
double digitalbazaarMsPerVerify(int iterations, QString *why)
{
    const QDir interop(QStringLiteral(VCDESK_INTEROP_DIR));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !interop.exists(QStringLiteral("node_modules/@digitalbazaar/vc"))) {
        *why = QStringLiteral("Node.js or the npm packages of tests/interop are missing");
        return -1;
    }
    QProcess process;
    process.start(
        node, {interop.filePath(QStringLiteral("jsonld-verify.mjs")),
               QStringLiteral(VCDESK_TEST_DATA "/vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json"),
               QStringLiteral("--proof-only"), QStringLiteral("--iterations"),
               QString::number(iterations)});
    if (!process.waitForFinished(600'000) || process.exitCode() != 0) {
        *why = QStringLiteral("node failed: ") + QString::fromUtf8(process.readAllStandardError());
        return -1;
    }
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (!result.value(QStringLiteral("verified")).toBool()) {
        *why = QStringLiteral("the digitalbazaar stack did not verify the vector");
        return -1;
    }
    return result.value(QStringLiteral("msPerVerify")).toDouble(-1);
}

} // namespace

BENCHMARK(verifyJcs)->Name("baseline/verifyEddsaJcs2022")->Unit(benchmark::kMicrosecond);
BENCHMARK(verifyRdfc)->Name("verify/eddsaRdfc2022")->Unit(benchmark::kMicrosecond);
BENCHMARK(canonicalize)
    ->Name("canonicalize/claims")
    ->Arg(10)
    ->Arg(100)
    ->Arg(1000)
    ->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int nodeIterations = bench::initializeWithCount(argc, argv, 500, 1);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("\none credential (the vc-di-eddsa vector):\n");
    std::printf("  eddsa-rdfc-2022 verify / eddsa-jcs-2022 verify: %.2f\n",
                reporter.ratio("verify/eddsaRdfc2022", "baseline/verifyEddsaJcs2022"));
    std::printf("canonical N-Quads, cost per claim relative to 10 claims:\n");
    const double base = reporter.msPerOp["canonicalize/claims/10"] / 10;
    for (int claims : {100, 1000}) {
        const std::string name = "canonicalize/claims/" + std::to_string(claims);
        std::printf("  %4d claims: %.2f\n", claims,
                    base > 0 ? reporter.msPerOp[name] / claims / base : 0.0);
    }
    QString why;
    const double node = digitalbazaarMsPerVerify(nodeIterations, &why);
    const double ours = reporter.msPerOp["verify/eddsaRdfc2022"];
    if (node > 0 && ours > 0)
        std::printf("the same vector, proof only, in the digitalbazaar stack (Node.js, %d runs):\n"
                    "  %.3f ms per verify; digitalbazaar / vcdesk: %.2f\n",
                    nodeIterations, node, node / ours);
    else
        std::printf("digitalbazaar comparison skipped: %s\n", qPrintable(why));
    std::fflush(stdout);
    return 0;
}
