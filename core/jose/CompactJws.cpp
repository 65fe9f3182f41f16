#include "core/jose/CompactJws.h"

#include "core/codec/Base64Url.h"
#include "core/common/RecentTable.h"
#include "core/jose/JwsPayloadReuse.h"

#include <QJsonDocument>

namespace vcdesk {

namespace {

Error partError(const char *part, const Error &inner)
{
    return Error{QStringLiteral("jws.encoding"), CompactJws::tr("the %1 is not valid base64url: %2")
                                                     .arg(QLatin1String(part), inner.message)};
}

} // namespace

/// A protected header as parse() read it, with the members read on every verification.
struct JwsParsedHeader
{
    QJsonObject header;
    QString algorithm;
    QString type;  // "typ", or empty
    QString keyId; // "kid", or empty
};

namespace {

// Protected headers this thread read recently, by their base64url text. A batch verifies
// many tokens from few issuers, and one issuer's tokens carry the same header text byte for
// byte; decoding and parsing it for every token was ~2% of an inspection, and every
// inspection kept its own copy. Reading a header depends only on its text and the JSON
// limits, so only texts read under the default limits are kept, and only once they were
// read without error: a bad header is refused every time. One table per thread (no lock,
// nothing shared), emptied when full.
constexpr qsizetype kMaxRecentHeaderBytes = 2048;
thread_local RecentTable<QByteArray, JwsParsedHeader, 256> t_recentHeaders;

bool areDefault(const JsonLimits &limits)
{
    return limits == JsonLimits{}; // every field, including any added later
}

Result<JwsParsedHeader> readHeader(QByteArrayView text, const JsonLimits &limits)
{
    auto bytes = Base64Url::decode(text);
    if (!bytes)
        return partError("header", bytes.error());
    auto header = StrictJson::parseObject(bytes.value(), limits);
    if (!header)
        return Error{header.error().code, CompactJws::tr("header: %1").arg(header.error().message)};
    const QJsonValue alg = header->value(QStringLiteral("alg"));
    if (!alg.isString())
        return Error{QStringLiteral("jws.alg_missing"),
                     CompactJws::tr("the header has no \"alg\" string member")};
    return JwsParsedHeader{header.value(), alg.toString(),
                           header->value(QStringLiteral("typ")).toString(),
                           header->value(QStringLiteral("kid")).toString()};
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
    const QByteArrayView headerText = token.first(dot1);
    const bool remember = headerText.size() <= kMaxRecentHeaderBytes && areDefault(limits.json);
    const JwsParsedHeader *recent =
        remember ? t_recentHeaders.find(QByteArray::fromRawData(headerText.data(), dot1)) : nullptr;
    if (recent) {
        jws.setHeader(*recent);
    } else {
        auto header = readHeader(headerText, limits.json);
        if (!header)
            return header.error();
        jws.setHeader(header.value());
        if (remember)
            t_recentHeaders.remember(headerText.toByteArray(), std::move(header).value());
    }

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

void CompactJws::setHeader(const JwsParsedHeader &header)
{
    m_header = header.header;
    m_algorithm = header.algorithm;
    m_type = header.type;
    m_keyId = header.keyId;
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
    // Inside a JwsPayloadReuse scope, a payload read before is not parsed again. The object
    // depends only on the bytes and the limits: only the default limits are served.
    const bool reuse = areDefault(limits);
    if (const QJsonObject *recent = reuse ? JwsPayloadReuse::find(m_payload) : nullptr)
        return *recent;
    auto object = StrictJson::parseObject(m_payload, limits);
    if (!object)
        return Error{object.error().code, tr("payload: %1").arg(object.error().message)};
    if (reuse)
        JwsPayloadReuse::remember(m_payload, object.value());
    return object;
}

} // namespace vcdesk
