#include "core/codec/StrictJson.h"

#include "core/codec/JsonFastPath.h"
#include "core/codec/StrictJsonParser.h"

namespace vcdesk {

Result<QJsonValue> StrictJson::parse(QByteArrayView text, const JsonLimits &limits)
{
    if (text.size() > limits.maxBytes)
        return Error{QStringLiteral("json.too_large"),
                     tr("JSON text of %1 bytes is larger than the limit of %2 bytes")
                         .arg(text.size())
                         .arg(limits.maxBytes)};
    if (auto fast = JsonFastPath::parse(text, limits))
        return *std::move(fast);
    return StrictJsonParser::parse(text, limits);
}

Result<QJsonValue> StrictJson::parseWithoutFastPath(QByteArrayView text, const JsonLimits &limits)
{
    if (text.size() > limits.maxBytes)
        return Error{QStringLiteral("json.too_large"),
                     tr("JSON text of %1 bytes is larger than the limit of %2 bytes")
                         .arg(text.size())
                         .arg(limits.maxBytes)};
    return StrictJsonParser::parse(text, limits);
}

Result<QJsonObject> StrictJson::parseObject(QByteArrayView text, const JsonLimits &limits)
{
    auto value = parse(text, limits);
    if (!value)
        return value.error();
    if (!value->isObject())
        return Error{QStringLiteral("json.not_object"), tr("expected a JSON object")};
    return value->toObject();
}

} // namespace vcdesk
