// Canonical base64url: decoding never crashes, and whatever decodes re-encodes to the same
// text (there is exactly one accepted spelling of every byte string).
#include "core/codec/Base64Url.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    auto decoded = vcdesk::Base64Url::decode(text);
    if (decoded && vcdesk::Base64Url::encode(decoded.value()) != text)
        std::abort();
    return 0;
}
