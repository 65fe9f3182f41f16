// Verifying 10,000 JWT-VCs in a batch on all cores (BatchInspector: DID resolution, every
// check, the report) against single-thread raw signature verification of the same tokens
// (hash + libsecp256k1 verify with pre-parsed keys and signatures), in the same run.
// Usage: bench_batch_verify [count (10000)] [rounds (3)]. Exit 2 only when a verdict is wrong.

#include "core/crypto/Digest.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/BatchInspector.h"
#include "support/TokenFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>

#include <secp256k1.h>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

using namespace vcdesk;

namespace {

struct Raw
{
    secp256k1_pubkey key;
    secp256k1_ecdsa_signature signature;
    QByteArray signingInput;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    // 20 issuers, as a kiosk log or a large wallet would have.
    QList<test::Issuer> issuers;
    for (int i = 0; i < 20; ++i)
        issuers << test::Issuer::make(KeyType::Secp256k1);
    QList<QByteArray> tokens;
    std::vector<Raw> raw;
    for (int i = 0; i < count; ++i) {
        const test::Issuer &issuer = issuers.at(i % issuers.size());
        QJsonObject claims = test::credentialClaims(issuer.did, now - 60, now + 86400);
        claims.insert("jti", QStringLiteral("urn:uuid:%1").arg(i));
        tokens << test::sign(issuer.key, claims, QJsonObject{{"kid", issuer.kid}});
        const auto jws = CompactJws::parse(tokens.last()).value();
        Raw r;
        const QByteArray point = issuer.key.publicKey().encoded();
        if (secp256k1_ec_pubkey_parse(secp256k1_context_static, &r.key,
                                      reinterpret_cast<const unsigned char *>(point.constData()),
                                      65) != 1 ||
            secp256k1_ecdsa_signature_parse_compact(
                secp256k1_context_static, &r.signature,
                reinterpret_cast<const unsigned char *>(jws.signature().constData())) != 1)
            return 1;
        r.signingInput = jws.signingInput();
        raw.push_back(r);
    }

    // Best of several rounds for both sides: this machine is shared (builds, other agents),
    // and a round that lost the CPU to someone else says nothing about vcdesk. Each batch
    // round starts with a fresh resolver (an empty DID cache), as a new batch would.
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    // The same bare work split over all threads: how far this machine scales at all (two
    // threads on two cores rarely reach 2.0; the target's 1.6 is measured against one thread).
    const auto bareVerify = [&raw](size_t from, size_t to) {
        int valid = 0;
        for (size_t i = from; i < to; ++i) {
            const QByteArray digest = Digest::sha256(raw[i].signingInput);
            valid += secp256k1_ecdsa_verify(
                secp256k1_context_static, &raw[i].signature,
                reinterpret_cast<const unsigned char *>(digest.constData()), &raw[i].key);
        }
        return valid;
    };
    double bareSeconds = 0, batchSeconds = 0, bareParallelSeconds = 0;
    int bareValid = 0, batchValid = 0, wrongVerdicts = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        int roundValid = 0;
        for (const Raw &r : raw) {
            const QByteArray digest = Digest::sha256(r.signingInput);
            roundValid += secp256k1_ecdsa_verify(
                secp256k1_context_static, &r.signature,
                reinterpret_cast<const unsigned char *>(digest.constData()), &r.key);
        }
        const double roundBare = timer.nsecsElapsed() / 1e9;

        timer.restart();
        {
            std::vector<std::thread> workers;
            const size_t share = (raw.size() + threads - 1) / threads;
            for (int t = 0; t < threads; ++t)
                workers.emplace_back([&, t] {
                    bareVerify(std::min(raw.size(), t * share),
                               std::min(raw.size(), (t + 1) * share));
                });
            for (std::thread &worker : workers)
                worker.join();
        }
        const double roundBareParallel = timer.nsecsElapsed() / 1e9;
        if (round == 0 || roundBareParallel < bareParallelSeconds)
            bareParallelSeconds = roundBareParallel;

        InspectOptions options;
        options.resolver = MultiMethodDidResolver::createDefault();
        timer.restart();
        const auto results = BatchInspector::inspectAll(tokens, options);
        const double roundBatch = timer.nsecsElapsed() / 1e9;

        int roundBatchValid = 0;
        for (const auto &result : results)
            roundBatchValid +=
                result.ok() && result->report.verdict() == ValidationReport::Verdict::Valid;
        if (roundValid != count || roundBatchValid != count)
            ++wrongVerdicts;
        bareValid = roundValid;
        batchValid = roundBatchValid;
        if (round == 0 || roundBare < bareSeconds)
            bareSeconds = roundBare;
        if (round == 0 || roundBatch < batchSeconds)
            batchSeconds = roundBatch;
    }

    std::printf("JWT-VC batch verification, %d tokens (ES256K, did:key issuers), best of %d "
                "rounds:\n",
                count, rounds);
    std::printf("  bare single-thread (SHA-256 + libsecp256k1 verify): %8.0f/s  (%d valid)\n",
                count / bareSeconds, bareValid);
    std::printf("  BatchInspector, every check, %d threads:            %8.0f/s  (%d valid)\n",
                threads, count / batchSeconds, batchValid);
    std::printf("  bare, split over %d threads (this machine's ceiling): %8.0f/s\n", threads,
                count / bareParallelSeconds);
    std::printf("  ratio batch(%d threads) / bare single-thread: %.2f (target >= 1.60)\n", threads,
                bareSeconds / batchSeconds);
    std::printf("  ratio bare(%d threads) / bare single-thread:  %.2f (the most any batch gets)\n",
                threads, bareSeconds / bareParallelSeconds);
    // Speed is reported, never asserted; only wrong verdicts fail the run.
    if (wrongVerdicts > 0) {
        std::printf("  WRONG VERDICTS in %d round(s): expected %d valid on both sides\n",
                    wrongVerdicts, count);
        return 2;
    }
    return 0;
}
