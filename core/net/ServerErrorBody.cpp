#include "core/net/ServerErrorBody.h"

#include "core/codec/StrictJson.h"

#include <QJsonObject>

namespace vcdesk {

namespace {

QString firstString(const QJsonObject &object)
{
    for (const char *key : {"message", "error_description", "error", "detail", "title"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().simplified().left(300);
    }
    return {};
}

int statusIn(const QJsonObject &object)
{
    for (const char *key : {"status", "statusCode"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        const int status =
            value.isDouble() ? value.toInt() : (value.isString() ? value.toString().toInt() : 0);
        if (status >= 100 && status <= 599)
            return status;
    }
    return 0;
}

} // namespace

ServerErrorBody ServerErrorBody::read(const QByteArray &body)
{
    ServerErrorBody found;
    auto json = StrictJson::parseObject(body.left(64 * 1024));
    if (!json)
        return found;
    const QJsonObject nested = json->value(QStringLiteral("errors")).toObject();
    found.message = firstString(json.value());
    if (found.message.isEmpty())
        found.message = firstString(nested);
    found.status = statusIn(json.value());
    if (!found.status)
        found.status = statusIn(nested);
    return found;
}

} // namespace vcdesk
