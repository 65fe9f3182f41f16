// Compact JWS parsing, header checks, verification and the whole inspector on hostile input,
// with offline DID resolution (did:key, did:jwk, did:prism) and no network at all.
#include "core/crypto/PrivateKey.h"
#include "core/did/JwkDidResolver.h"
#include "core/did/KeyDidResolver.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/did/PrismDidResolver.h"
#include "core/jose/JwsVerifier.h"
#include "core/verify/CredentialInspector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace vcdesk;
    static const PrivateKey key = PrivateKey::generate(KeyType::P256);
    static const std::shared_ptr<DidResolver> resolver = [] {
        auto r = std::make_shared<MultiMethodDidResolver>();
        r->add(QStringLiteral("key"), std::make_shared<KeyDidResolver>());
        r->add(QStringLiteral("jwk"), std::make_shared<JwkDidResolver>());
        r->add(QStringLiteral("prism"), std::make_shared<PrismDidResolver>());
        return r;
    }();
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto jws = CompactJws::parse(input)) {
        (void)JwsVerifier::verify(jws.value(), key.publicKey());
        (void)jws->payloadObject();
    }
    InspectOptions options;
    options.resolver = resolver;
    options.network.offline = true; // status lists and schemas: never from the network here
    (void)CredentialInspector::inspect(input, options);
    return 0;
}
