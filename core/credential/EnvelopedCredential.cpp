#include "core/credential/EnvelopedCredential.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace vcdesk {

namespace {

bool isEnvelopedType(const QJsonValue &type)
{
    const QString name = QStringLiteral("EnvelopedVerifiableCredential");
    if (type.isString())
        return type.toString() == name;
    return type.isArray() && type.toArray().contains(QJsonValue(name));
}

} // namespace

std::optional<QByteArray> EnvelopedCredential::token(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (!isEnvelopedType(object.value(QStringLiteral("type"))))
        return std::nullopt;
    const QString id = object.value(QStringLiteral("id")).toString();
    if (!id.startsWith(QLatin1String("data:")))
        return std::nullopt;
    const qsizetype comma = id.indexOf(QLatin1Char(','));
    if (comma < 0)
        return std::nullopt;
    // "application/vc+jwt" or "application/vc+jwt;charset=..."; a base64 body is not a token.
    const QStringList mediaType = id.mid(5, comma - 5).split(QLatin1Char(';'));
    static const QStringList kTokenTypes{QStringLiteral("application/vc+jwt"),
                                         QStringLiteral("application/vc+sd-jwt"),
                                         QStringLiteral("application/dc+sd-jwt")};
    if (!kTokenTypes.contains(mediaType.first().trimmed().toLower()) ||
        mediaType.contains(QStringLiteral("base64")))
        return std::nullopt;
    // Data URLs may percent-encode; a compact JWS never needs it, but decoding is harmless.
    const QByteArray body = QUrl::fromPercentEncoding(id.mid(comma + 1).toLatin1()).toUtf8();
    if (body.isEmpty())
        return std::nullopt;
    // A compact JWS or SD-JWT and nothing else: base64url parts joined by '.' and '~'. JSON
    // (or anything else) in a token's clothes is not unwrapped.
    const bool compact = std::all_of(body.cbegin(), body.cend(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == '.' || c == '~';
    });
    if (!compact)
        return std::nullopt;
    return body;
}

} // namespace vcdesk
