#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

namespace vcdesk {

/// The JSONPath (RFC 9535) that Presentation Exchange field paths use in practice: "$" then
/// ".name", "['name']" / ["name"], "[n]", "[*]" and ".*" on arrays. Translated into a claims
/// path (ClaimsPath). Recursive descent ("..") and filters ("[?(...)]") are refused with a
/// clear error rather than guessed at: the field then matches nothing.
class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)
public:
    static constexpr qsizetype kMaxLength = 1024;

    static Result<QJsonArray> toClaimsPath(const QString &expression);

private:
    static Result<QJsonArray> translate(const QString &expression);
};

} // namespace vcdesk
