#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace vcdesk {

/// Bounds applied while parsing untrusted JSON.
struct JsonLimits
{
    qsizetype maxBytes = 1024 * 1024;
    int maxDepth = 64;
    qsizetype maxMembersPerObject = 10000;
    qsizetype maxElementsPerArray = 100000;

    bool operator==(const JsonLimits &) const = default;
};

/// An RFC 8259 parser that refuses what QJsonDocument quietly accepts or repairs.
///
/// Refused: duplicate member names (QJsonDocument keeps the last, so two readers of one token
/// could see different claims), invalid UTF-8 and lone surrogates, leading zeros, trailing
/// commas, trailing data, nesting deeper than the limit, input larger than the limit.
/// Integers that fit in 64 bits keep full precision.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)
public:
    static Result<QJsonValue> parse(QByteArrayView text, const JsonLimits &limits = {});
    /// Like parse(), but the top level must be an object.
    static Result<QJsonObject> parseObject(QByteArrayView text, const JsonLimits &limits = {});

    /// parse() without its fast path (Qt's parser on texts a strict scan vouched for): the
    /// reference the fast path must always agree with, for tests and fuzzing.
    static Result<QJsonValue> parseWithoutFastPath(QByteArrayView text,
                                                   const JsonLimits &limits = {});
};

} // namespace vcdesk
