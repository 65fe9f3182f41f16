#include "core/jose/CompactJws.h"

#include "core/codec/Base64Url.h"

#include <QJsonDocument>

namespace vcdesk {

namespace {

Error partError(const char *part, const Error &inner)
{
    return Error{QStringLiteral("jws.encoding"), CompactJws::tr("the %1 is not valid base64url: %2")
                                                     .arg(QLatin1String(part), inner.message)};
}

} // namespace

Result<CompactJws> CompactJws::parse(QByteArrayView token, const JwsLimits &limits)
{
    if (token.size() > limits.maxTokenBytes)
        return Error{QStringLiteral("jws.too_large"),
                     tr("the token has %1 bytes, more than the limit of %2")
                         .arg(token.size())
                         .arg(limits.maxTokenBytes)};
    token = token.trimmed();
    if (token.isEmpty())
        return Error{QStringLiteral("jws.empty"), tr("the input is empty")};
    const qsizetype dot1 = token.indexOf('.');
    const qsizetype dot2 = dot1 < 0 ? -1 : token.sliced(dot1 + 1).indexOf('.');
    if (dot1 < 0 || dot2 < 0)
        return Error{QStringLiteral("jws.structure"),
                     tr("a compact JWS has three parts separated by two dots")};
    const qsizetype second = dot1 + 1 + dot2;
    if (token.sliced(second + 1).contains('.'))
        return Error{QStringLiteral("jws.structure"),
                     tr("the token has more than three parts (a JWE or a malformed token?)")};
    if (dot1 == 0)
        return Error{QStringLiteral("jws.structure"), tr("the protected header is empty")};

    CompactJws jws;
    auto headerBytes = Base64Url::decode(token.first(dot1));
    if (!headerBytes)
        return partError("header", headerBytes.error());
    auto header = StrictJson::parseObject(headerBytes.value(), limits.json);
    if (!header)
        return Error{header.error().code, tr("header: %1").arg(header.error().message)};
    jws.m_header = header.value();
    if (!jws.m_header.value(QStringLiteral("alg")).isString())
        return Error{QStringLiteral("jws.alg_missing"),
                     tr("the header has no \"alg\" string member")};
    jws.m_algorithm = jws.m_header.value(QStringLiteral("alg")).toString();

    auto payload = Base64Url::decode(token.sliced(dot1 + 1, second - dot1 - 1));
    if (!payload)
        return partError("payload", payload.error());
    auto signature = Base64Url::decode(token.sliced(second + 1));
    if (!signature)
        return partError("signature", signature.error());
    jws.m_payload = std::move(payload).value();
    jws.m_signature = std::move(signature).value();
    jws.m_signingInput = token.first(second).toByteArray();
    return jws;
}

Result<QByteArray> CompactJws::sign(QJsonObject header, QByteArrayView payload,
                                    const PrivateKey &key)
{
    header.insert(QStringLiteral("alg"), keytype::jwsAlgorithm(key.type()));
    const QByteArray input =
        Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        Base64Url::encode(payload);
    auto signature = key.sign(input);
    if (!signature)
        return signature.error();
    return input + '.' + Base64Url::encode(signature.value());
}

Result<QJsonObject> CompactJws::payloadObject(const JsonLimits &limits) const
{
    auto object = StrictJson::parseObject(m_payload, limits);
    if (!object)
        return Error{object.error().code, tr("payload: %1").arg(object.error().message)};
    return object;
}

} // namespace vcdesk
