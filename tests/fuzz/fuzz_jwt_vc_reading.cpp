// The two readings of a JWT-VC agree: whatever payload CredentialParser::fromPlainJwtVc reads
// from its outline, fromJwt reads from the parsed payload into the same credential, field by
// field (a difference would let two readers of one token see different claims). The input is
// the payload's JSON text after one byte that picks the header's typ (JWT, vc+jwt, vp+jwt,
// none); the signature is a dummy, since neither reading checks it.
#include "core/codec/Base64Url.h"
#include "core/codec/JsonOutline.h"
#include "core/credential/CredentialParser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

namespace {

/// The same value, containers written the same (so integers stay integers).
bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a != b || a.type() != b.type())
        return false;
    if (a.isDouble()) // integers stay integers
        return a.toVariant().metaType() == b.toVariant().metaType() &&
               a.toInteger() == b.toInteger();
    if (a.isObject())
        return QJsonDocument(a.toObject()).toJson() == QJsonDocument(b.toObject()).toJson();
    if (a.isArray())
        return QJsonDocument(a.toArray()).toJson() == QJsonDocument(b.toArray()).toJson();
    return true;
}

bool sameReading(const vcdesk::Credential &a, const vcdesk::Credential &b)
{
    if (a.embedded.size() != b.embedded.size())
        return false;
    for (qsizetype i = 0; i < a.embedded.size(); ++i) {
        if (!same(a.embedded.at(i), b.embedded.at(i)))
            return false;
    }
    return a.kind == b.kind && a.format == b.format && a.id == b.id && a.issuer == b.issuer &&
           a.subject == b.subject && a.types == b.types && same(a.claims, b.claims) &&
           a.validFrom == b.validFrom && a.validUntil == b.validUntil && a.issuedAt == b.issuedAt &&
           same(a.status, b.status) && same(a.schemas, b.schemas) && same(a.proof, b.proof) &&
           a.raw == b.raw && a.inconsistencies == b.inconsistencies &&
           a.dateProblems == b.dateProblems && same(a.document.object(), b.document.object()) &&
           same(a.jwtClaims.object(), b.jwtClaims.object());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace vcdesk;
    static const QByteArray headers[] = {
        Base64Url::encode("{\"alg\":\"ES256K\",\"typ\":\"JWT\"}"),
        Base64Url::encode("{\"alg\":\"ES256K\",\"typ\":\"vc+jwt\"}"),
        Base64Url::encode("{\"alg\":\"ES256K\",\"typ\":\"vp+jwt\"}"),
        Base64Url::encode("{\"alg\":\"ES256K\"}")};
    if (size == 0)
        return 0;
    const QByteArray &header = headers[data[0] % 4];
    const QByteArray payload(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QByteArray token =
        header + '.' + Base64Url::encode(payload) + '.' + Base64Url::encode("signature");
    const auto jws = CompactJws::parse(token);
    if (!jws)
        return 0;
    const auto outline = JsonOutline::of(jws->payload());
    if (!outline)
        return 0;
    const auto fast = CredentialParser::fromPlainJwtVc(jws.value(), *outline, token);
    if (!fast)
        return 0;
    const auto claims = jws->payloadObject();
    if (!claims)
        std::abort(); // the outline vouched for a payload the strict parser refuses
    const auto slow = CredentialParser::fromJwt(jws.value(), claims.value(), token);
    if (!slow || !sameReading(*fast, slow.value()))
        std::abort();
    return 0;
}
