#pragma once

#include "core/codec/StrictJson.h"

#include <optional>

namespace vcdesk {

/// StrictJson's fast path: Qt's own parser, on a text a strict scan vouched for first (see
/// the scan's comment in JsonFastPath.cpp). Nothing when the scan or Qt's parser does not
/// agree; StrictJsonParser then reads the text and gives the value or the error.
class JsonFastPath
{
public:
    static std::optional<QJsonValue> parse(QByteArrayView text, const JsonLimits &limits);
};

} // namespace vcdesk
