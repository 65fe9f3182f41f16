#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>

namespace vcdesk {

/// A claims path pointer (OpenID4VP 1.0 section 7): an array whose elements are a string (an
/// object member), a non-negative integer (an array element) or null (every element of an
/// array). Presentation Exchange JSONPath expressions are translated into the same form
/// (JsonPath), so both query languages select claims the same way.
class ClaimsPath
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsPath)
public:
    struct Hit
    {
        QJsonArray path; // concrete: strings and integers only
        QJsonValue value;
    };

    static constexpr qsizetype kMaxComponents = 32;

    /// Checks the shape: non-empty, each element a string, an integer >= 0 or null.
    static Status validate(const QJsonArray &path);
    /// Every value the path selects in `root`, with its concrete path; none when it selects
    /// nothing (a member that is missing, a type that does not fit).
    static QList<Hit> select(const QJsonValue &root, const QJsonArray &path);
    /// True when `prefix` is a prefix of `path` (both concrete).
    static bool startsWith(const QJsonArray &path, const QJsonArray &prefix);
    /// "credentialSubject.degree.name", "nationalities[0]" — for people and logs.
    static QString toDisplay(const QJsonArray &path);
};

} // namespace vcdesk
