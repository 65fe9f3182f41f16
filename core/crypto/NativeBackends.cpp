#include "core/crypto/NativeBackends.h"

#include "core/crypto/SecureRandom.h"

#include <QtGlobal>

#include <sodium.h>

namespace vcdesk::native {

const secp256k1_context *secp256k1Signing()
{
    static const secp256k1_context *context = [] {
        secp256k1_context *ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        // Blinding against side channels while signing.
        const QByteArray seed = SecureRandom::bytes(32);
        if (secp256k1_context_randomize(ctx,
                                        reinterpret_cast<const unsigned char *>(seed.data())) != 1)
            qFatal("vcdesk: libsecp256k1 context randomization failed");
        return ctx;
    }();
    return context;
}

const secp256k1_context *secp256k1Verify()
{
    return secp256k1_context_static;
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace vcdesk::native
