// Request objects (the JSON inside the JWT a request_uri serves): reading, verifier
// authentication by prefix, and DCQL / Presentation Exchange matching against a small wallet
// never crash; whatever is accepted is self-consistent (a nonce, an https answer address; a
// satisfiable match has candidates for every required part).
#include "core/codec/Base64Url.h"
#include "core/codec/StrictJson.h"
#include "core/crypto/PrivateKey.h"
#include "core/did/KeyDidResolver.h"
#include "core/jose/CompactJws.h"
#include "core/oid4vp/DcqlMatcher.h"
#include "core/oid4vp/PresentationExchangeMatcher.h"
#include "core/oid4vp/RequestResolver.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

namespace {

using namespace vcdesk;

QList<HeldCredential> wallet()
{
    const PrivateKey key =
        PrivateKey::fromSecret(KeyType::P256, QByteArray(31, '\0') + '\1').value();
    const QString did = KeyDidResolver::didForKey(key.publicKey());
    const QJsonObject claims{
        {"iss", did},
        {"sub", did},
        {"vc",
         QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                     {"type", QJsonArray{"VerifiableCredential", "EmailCredential"}},
                     {"credentialSubject", QJsonObject{{"email", "a@example.com"},
                                                       {"tags", QJsonArray{1, "x", true}}}}}}};
    CredentialRecord record;
    record.id = 1;
    record.format = "jwt_vc_json";
    record.raw =
        CompactJws::sign({}, QJsonDocument(claims).toJson(QJsonDocument::Compact), key).value();
    return {HeldCredential::fromRecord(record).value()};
}

void checkMatch(const Result<PresentationMatch> &match)
{
    if (!match) {
        if (match.error().code.isEmpty() || match.error().message.isEmpty())
            std::abort();
        return;
    }
    if (!match->satisfiable)
        return;
    for (const RequestedPart &part : match->parts)
        if (part.required && part.candidates.isEmpty())
            std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<HeldCredential> held = wallet();
    static const AuthorizationRequestUri uri =
        AuthorizationRequestUri::parse("openid4vp://?request_uri=https%3A%2F%2Frp.example%2Fr")
            .value();
    const QByteArray payload(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray jwt = "eyJhbGciOiJub25lIn0." + Base64Url::encode(payload) + '.';
    RequestResolver::Options options; // no resolver, no anchors: only unsigned clients can pass
    auto request = RequestResolver::fromRequestObject(uri, jwt, {}, options);
    if (request) {
        if (request->nonce.isEmpty() || request->responseUri.scheme() != QLatin1String("https"))
            std::abort();
    } else if (request.error().code.isEmpty() || request.error().message.isEmpty()) {
        std::abort();
    }
    auto object = StrictJson::parseObject(payload);
    if (!object)
        return 0;
    if (object->value(QStringLiteral("dcql_query")).isObject())
        checkMatch(
            DcqlMatcher::match(object->value(QStringLiteral("dcql_query")).toObject(), held));
    if (object->value(QStringLiteral("presentation_definition")).isObject())
        checkMatch(PresentationExchangeMatcher::match(
            object->value(QStringLiteral("presentation_definition")).toObject(), held));
    return 0;
}
