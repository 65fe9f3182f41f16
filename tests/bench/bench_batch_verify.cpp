// Verifying 10,000 JWT-VCs in a batch on all cores (BatchInspector: DID resolution, every
// check, the report) against single-thread raw signature verification of the same tokens
// (hash + libsecp256k1 verify with pre-parsed keys and signatures), in the same run.

#include "core/crypto/Digest.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/verify/BatchInspector.h"
#include "support/TokenFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <secp256k1.h>

#include <cstdio>

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

    QElapsedTimer timer;
    timer.start();
    int rawValid = 0;
    for (const Raw &r : raw) {
        const QByteArray digest = Digest::sha256(r.signingInput);
        rawValid += secp256k1_ecdsa_verify(
            secp256k1_context_static, &r.signature,
            reinterpret_cast<const unsigned char *>(digest.constData()), &r.key);
    }
    const double rawSeconds = timer.nsecsElapsed() / 1e9;

    InspectOptions options;
    options.resolver = MultiMethodDidResolver::createDefault();
    timer.restart();
    const auto results = BatchInspector::inspectAll(tokens, options);
    const double batchSeconds = timer.nsecsElapsed() / 1e9;
    int valid = 0;
    for (const auto &result : results)
        valid += result.ok() && result->report.verdict() == ValidationReport::Verdict::Valid;

    std::printf("JWT-VC batch verification, %d tokens (ES256K, did:key issuers), %d threads:\n",
                count, QThread::idealThreadCount());
    std::printf("  raw single-thread libsecp256k1 verify: %8.0f/s  (%d valid)\n",
                count / rawSeconds, rawValid);
    std::printf("  BatchInspector, all checks:           %8.0f/s  (%d valid)\n",
                count / batchSeconds, valid);
    std::printf("  ratio batch / raw single-thread:       %.2f\n", rawSeconds / batchSeconds);
    return valid == count && rawValid == count ? 0 : 2;
}
