// Long-form did:prism decoding. The input is used as the encoded creation operation, with a
// hash that matches it, so the fuzzer reaches the protobuf reader instead of stopping at the
// hash check; the raw text is also tried as a method-specific id.
#include "core/codec/Base64Url.h"
#include "core/crypto/Digest.h"
#include "core/did/PrismDid.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace vcdesk;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString msid = QString::fromLatin1(Digest::sha256(bytes).toHex()) + QLatin1Char(':') +
                         QString::fromLatin1(Base64Url::encode(bytes));
    (void)PrismDid::decode(msid);
    (void)PrismDid::decode(QString::fromUtf8(bytes));
    return 0;
}
