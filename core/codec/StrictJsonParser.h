#pragma once

#include "core/codec/StrictJson.h"

namespace vcdesk {

/// StrictJson's exact parser, member by member: what it refuses is listed on StrictJson. Every
/// text the fast path (JsonFastPath) does not vouch for is read here, and it is the reference
/// the fast path must agree with.
class StrictJsonParser
{
public:
    static Result<QJsonValue> parse(QByteArrayView text, const JsonLimits &limits);
};

} // namespace vcdesk
