#include "models/ClaimsInput.h"

#include "core/codec/StrictJson.h"
#include "core/common/DisplayText.h"

namespace vcdesk {

Result<QJsonObject> ClaimsInput::read(const QString &text)
{
    const QByteArray bytes = text.trimmed().toUtf8();
    if (bytes.isEmpty())
        return Error{QStringLiteral("claims.empty"),
                     tr("Type the claims as a JSON object, e.g. {\"claim_type\": \"email\", "
                        "\"email\": \"ann@example.com\"}.")};
    if (bytes.size() > kMaxBytes)
        return Error{QStringLiteral("claims.too_large"),
                     tr("The claims are %1 KiB; at most %2 KiB can be offered.")
                         .arg(bytes.size() / 1024)
                         .arg(kMaxBytes / 1024)};
    auto parsed = StrictJson::parseObject(bytes);
    if (!parsed)
        return Error{QStringLiteral("claims.not_json"),
                     tr("The claims are not a JSON object: %1.").arg(parsed.error().message)};
    const QJsonObject claims = parsed.value();
    if (claims.isEmpty() || claims.size() > kMaxMembers)
        return Error{
            QStringLiteral("claims.count"),
            tr("An offer has 1 to %1 claims; this has %2.").arg(kMaxMembers).arg(claims.size())};
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (it.key().trimmed().isEmpty() || it.key().size() > kMaxNameChars)
            return Error{QStringLiteral("claims.name"),
                         tr("A claim's name must have 1 to %1 characters: \"%2\".")
                             .arg(kMaxNameChars)
                             .arg(DisplayText::escape(it.key(), 40))};
        if (it.value().isNull())
            return Error{
                QStringLiteral("claims.null"),
                tr("The claim \"%1\" has no value (null).").arg(DisplayText::escape(it.key(), 40))};
    }
    if (claims.contains(QStringLiteral("id")))
        return Error{QStringLiteral("claims.id"),
                     tr("\"id\" cannot be a claim: the subject's id is the holder's DID.")};
    return claims;
}

} // namespace vcdesk
