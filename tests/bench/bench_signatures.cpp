// JWS verification speed: the public API (parse + verify a compact JWS with a known key)
// against the raw primitive of every backend (hash + library verify with the key and the
// signature already decoded), on the same key and payload, in the same run.
//
// After the Google Benchmark table it prints, per algorithm, the ratio
// public-API throughput / fastest raw backend throughput (aim: >= 0.9).

#include "RatioReporter.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Jwk.h"
#include "core/jose/CompactJws.h"
#include "core/jose/JwsVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <secp256k1.h>
#include <sodium.h>

#include <cstdio>
#include <map>
#include <string>

using namespace vcdesk;

namespace {

struct Fixture
{
    PrivateKey key;
    QByteArray token;
    CompactJws jws;
};

const Fixture &fixture(KeyType type)
{
    static std::map<KeyType, Fixture> fixtures;
    auto it = fixtures.find(type);
    if (it != fixtures.end())
        return it->second;
    Fixture f;
    f.key = PrivateKey::generate(type);
    // A typical JWT-VC payload (~500 bytes).
    QJsonObject claims{
        {"iss", "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp"},
        {"sub", "did:key:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG"},
        {"nbf", 1700000000},
        {"exp", 1900000000},
        {"vc", QJsonObject{{"type", "EmailCredential"},
                           {"credentialSubject", QJsonObject{{"email", "alice@example.com"},
                                                             {"name", "Alice Example"}}}}}};
    f.token = CompactJws::sign(QJsonObject{{"typ", "JWT"}, {"kid", "did:key:z6Mk#z6Mk"}},
                               QJsonDocument(claims).toJson(QJsonDocument::Compact), f.key)
                  .value();
    f.jws = CompactJws::parse(f.token).value();
    return fixtures.emplace(type, std::move(f)).first->second;
}

const unsigned char *u8(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

void publicApi(benchmark::State &state, KeyType type)
{
    const Fixture &f = fixture(type);
    const PublicKey pub = f.key.publicKey();
    for (auto _ : state) {
        auto jws = CompactJws::parse(f.token);
        benchmark::DoNotOptimize(JwsVerifier::verify(jws.value(), pub).ok());
    }
    state.SetItemsProcessed(state.iterations());
}

void rawOpenSslEcdsa(benchmark::State &state, KeyType type)
{
    const Fixture &f = fixture(type);
    const QByteArray point = f.key.publicKey().encoded();
    EC_GROUP *group =
        EC_GROUP_new_by_curve_name(type == KeyType::P256 ? NID_X9_62_prime256v1 : NID_secp256k1);
    EC_POINT *p = EC_POINT_new(group);
    EC_POINT_oct2point(group, p, u8(point), size_t(point.size()), nullptr);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(
            "group", const_cast<char *>(type == KeyType::P256 ? "prime256v1" : "secp256k1"), 0),
        OSSL_PARAM_construct_octet_string("pub", const_cast<char *>(point.constData()),
                                          size_t(point.size())),
        OSSL_PARAM_construct_end()};
    EVP_PKEY_CTX *build = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY *pkey = nullptr;
    EVP_PKEY_fromdata_init(build);
    EVP_PKEY_fromdata(build, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(u8(f.jws.signature()), 32, nullptr),
                   BN_bin2bn(u8(f.jws.signature()) + 32, 32, nullptr));
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(sig, &der);
    for (auto _ : state) {
        const QByteArray digest = Digest::sha256(f.jws.signingInput());
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pkey, nullptr);
        EVP_PKEY_verify_init(ctx);
        EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256());
        benchmark::DoNotOptimize(EVP_PKEY_verify(ctx, der, size_t(derLength), u8(digest), 32));
        EVP_PKEY_CTX_free(ctx);
    }
    state.SetItemsProcessed(state.iterations());
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(build);
    EC_POINT_free(p);
    EC_GROUP_free(group);
}

void rawLibSecp256k1(benchmark::State &state)
{
    const Fixture &f = fixture(KeyType::Secp256k1);
    const QByteArray point = f.key.publicKey().encoded();
    secp256k1_pubkey pub;
    secp256k1_ecdsa_signature sig;
    if (secp256k1_ec_pubkey_parse(secp256k1_context_static, &pub, u8(point),
                                  size_t(point.size())) != 1 ||
        secp256k1_ecdsa_signature_parse_compact(secp256k1_context_static, &sig,
                                                u8(f.jws.signature())) != 1)
        state.SkipWithError("libsecp256k1 refused the fixture");
    for (auto _ : state) {
        const QByteArray digest = Digest::sha256(f.jws.signingInput());
        benchmark::DoNotOptimize(
            secp256k1_ecdsa_verify(secp256k1_context_static, &sig, u8(digest), &pub));
    }
    state.SetItemsProcessed(state.iterations());
}

void rawOpenSslEd25519(benchmark::State &state)
{
    const Fixture &f = fixture(KeyType::Ed25519);
    const QByteArray raw = f.key.publicKey().encoded();
    EVP_PKEY *pkey =
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, u8(raw), size_t(raw.size()));
    for (auto _ : state) {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pkey);
        benchmark::DoNotOptimize(EVP_DigestVerify(ctx, u8(f.jws.signature()), 64,
                                                  u8(f.jws.signingInput()),
                                                  size_t(f.jws.signingInput().size())));
        EVP_MD_CTX_free(ctx);
    }
    state.SetItemsProcessed(state.iterations());
    EVP_PKEY_free(pkey);
}

void rawLibSodium(benchmark::State &state)
{
    const Fixture &f = fixture(KeyType::Ed25519);
    const QByteArray raw = f.key.publicKey().encoded();
    if (sodium_init() < 0)
        state.SkipWithError("libsodium failed to start");
    for (auto _ : state) {
        benchmark::DoNotOptimize(crypto_sign_verify_detached(
            u8(f.jws.signature()), u8(f.jws.signingInput()),
            static_cast<unsigned long long>(f.jws.signingInput().size()), u8(raw)));
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK_CAPTURE(publicApi, ES256, KeyType::P256);
BENCHMARK_CAPTURE(rawOpenSslEcdsa, ES256_openssl, KeyType::P256);
BENCHMARK_CAPTURE(publicApi, ES256K, KeyType::Secp256k1);
BENCHMARK_CAPTURE(rawOpenSslEcdsa, ES256K_openssl, KeyType::Secp256k1);
BENCHMARK(rawLibSecp256k1)->Name("rawLibSecp256k1/ES256K_libsecp256k1");
BENCHMARK_CAPTURE(publicApi, EdDSA, KeyType::Ed25519);
BENCHMARK(rawOpenSslEd25519)->Name("rawOpenSslEd25519/EdDSA_openssl");
BENCHMARK(rawLibSodium)->Name("rawLibSodium/EdDSA_libsodium");

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    std::printf(
        "\nJWS verify through the public API / fastest raw backend (same key, same payload):\n");
    for (const char *alg : {"ES256", "ES256K", "EdDSA"}) {
        double api = 0;
        double best = 0;
        std::string bestName;
        for (const auto &[name, rate] : reporter.perSecond) {
            if (name == std::string("publicApi/") + alg)
                api = rate;
            else if (name.rfind("raw", 0) == 0 &&
                     name.find(std::string("/") + alg + "_") != std::string::npos && rate > best) {
                best = rate;
                bestName = name.substr(name.find('_') + 1);
            }
        }
        if (api > 0 && best > 0)
            std::printf("  %-6s  api %8.0f/s   fastest raw (%s) %8.0f/s   ratio %.2f\n", alg, api,
                        bestName.c_str(), best, api / best);
    }
    return 0;
}
