#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

/// The JSON-LD keywords the algorithms name, and the one helper they all use.
namespace vcdesk::jsonld {

inline const QString kId = QStringLiteral("@id");
inline const QString kType = QStringLiteral("@type");
inline const QString kValue = QStringLiteral("@value");
inline const QString kList = QStringLiteral("@list");
inline const QString kSet = QStringLiteral("@set");
inline const QString kGraph = QStringLiteral("@graph");
inline const QString kIndex = QStringLiteral("@index");
inline const QString kLanguage = QStringLiteral("@language");
inline const QString kDirection = QStringLiteral("@direction");
inline const QString kReverse = QStringLiteral("@reverse");
inline const QString kIncluded = QStringLiteral("@included");
inline const QString kNest = QStringLiteral("@nest");
inline const QString kJson = QStringLiteral("@json");
inline const QString kNone = QStringLiteral("@none");
inline const QString kContext = QStringLiteral("@context");
inline const QString kDefault = QStringLiteral("@default");

/// `value` as an array: itself when it is one, else an array holding it.
inline QJsonArray asArray(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

} // namespace vcdesk::jsonld
