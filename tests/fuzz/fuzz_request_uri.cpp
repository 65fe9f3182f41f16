// Presentation request URIs: parsing never crashes, and whatever parses is self-consistent
// (a by-reference request has an absolute http(s) request_uri with a host, get or post; a
// signed one a three-part JWT; a by-value one its client_id, response_type and nonce).
#include "core/oid4vp/AuthorizationRequestUri.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using vcdesk::AuthorizationRequestUri;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = AuthorizationRequestUri::parse(text);
    if (!parsed) {
        if (parsed.error().code.isEmpty() || parsed.error().message.isEmpty())
            std::abort();
        return 0;
    }
    switch (parsed->kind()) {
    case AuthorizationRequestUri::Kind::ByReference:
        if (parsed->requestUri().host().isEmpty() ||
            (parsed->requestUriMethod() != QLatin1String("get") &&
             parsed->requestUriMethod() != QLatin1String("post")))
            std::abort();
        break;
    case AuthorizationRequestUri::Kind::SignedByValue:
        if (parsed->requestJwt().count(QLatin1Char('.')) != 2)
            std::abort();
        break;
    case AuthorizationRequestUri::Kind::ParametersByValue:
        if (parsed->clientId().isEmpty() ||
            parsed->parameters().value(QStringLiteral("nonce")).isEmpty())
            std::abort();
        break;
    }
    return 0;
}
