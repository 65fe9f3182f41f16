// SD-JWT parsing and disclosure resolution on hostile input. The first line of the input is
// used as the issuer payload (so the fuzzer controls "_sd" structures), the rest as the
// disclosures; both also go through SdJwt::parse as a whole.
#include "core/codec/StrictJson.h"
#include "core/jose/SdJwt.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace vcdesk;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)SdJwt::parse(input);
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return 0;
    auto payload = StrictJson::parseObject(input.first(newline));
    if (!payload)
        return 0;
    // A fixed, well-formed issuer JWT in front of the fuzzed disclosures.
    const QByteArray text =
        "eyJhbGciOiJFUzI1NiJ9.e30.AAAA~" + input.sliced(newline + 1).toByteArray();
    if (auto sd = SdJwt::parse(text))
        (void)sd->resolveClaims(payload.value());
    return 0;
}
