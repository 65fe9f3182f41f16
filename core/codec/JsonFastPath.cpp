#include "core/codec/JsonFastPath.h"

#include "core/codec/FastPathScan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

std::optional<QJsonValue> JsonFastPath::parse(QByteArrayView text, const JsonLimits &limits)
{
    if (!FastPathScan(text, limits).run())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (document.isObject())
        return QJsonValue(document.object());
    if (document.isArray())
        return QJsonValue(document.array());
    return std::nullopt;
}

} // namespace vcdesk
