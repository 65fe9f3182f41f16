#include "core/oid4vci/PkcePair.h"

#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/crypto/SecureRandom.h"

namespace vcdesk {

PkcePair PkcePair::generate()
{
    PkcePair pair;
    pair.verifier = Base64Url::encode(SecureRandom::bytes(32));
    pair.challenge = challengeFor(pair.verifier);
    return pair;
}

QByteArray PkcePair::challengeFor(QByteArrayView verifier)
{
    return Base64Url::encode(Digest::sha256(verifier));
}

} // namespace vcdesk
