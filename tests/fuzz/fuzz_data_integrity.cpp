// JSON-LD credentials and Data Integrity proofs on hostile input: parsing into the
// credential model, JCS of whatever parses (which must re-parse to the same value), the
// eddsa-jcs-2022 hash and verification against a fixed key.
#include "core/codec/Jcs.h"
#include "core/codec/StrictJson.h"
#include "core/credential/CredentialParser.h"
#include "core/crypto/PrivateKey.h"
#include "core/verify/DataIntegrityCheck.h"
#include "core/verify/DataIntegritySuite.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace vcdesk;
    static const PrivateKey key = PrivateKey::generate(KeyType::Ed25519);
    JsonLimits limits;
    limits.maxBytes = 64 * 1024;
    auto json = StrictJson::parseObject(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), limits);
    if (!json)
        return 0;
    const auto canonicalized = Jcs::canonicalize(json.value());
    if (canonicalized) {
        const QByteArray canonical = canonicalized.value();
        limits.maxBytes = canonical.size() + 1;
        auto again = StrictJson::parseObject(canonical, limits);
        const auto twice = again ? Jcs::canonicalize(again.value()) : Result<QByteArray>(Error{});
        if (!twice || twice.value() != canonical)
            std::abort(); // JCS output must be valid JSON and canonical under itself
    }
    (void)CredentialParser::fromJsonLd(json.value());
    const QJsonObject proof = json->value(QStringLiteral("proof")).toObject();
    // Whatever suite the input names (a chain's previousProof included): JCS and RDFC alike.
    if (const DataIntegritySuite *suite = DataIntegritySuite::of(proof))
        (void)DataIntegrityCheck::hashData(*suite, KeyType::Ed25519, json.value(), proof);
    (void)DataIntegrityCheck::verifyProof(json.value(), proof, key.publicKey());
    return 0;
}
