#include "core/verify/Inspection.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject Inspection::toJson() const
{
    QJsonArray nestedJson;
    for (const Inspection &inner : nested)
        nestedJson.append(inner.toJson());
    QJsonObject out{
        {QStringLiteral("format"), format},
        {QStringLiteral("header"), header},
        {QStringLiteral("payload"), payload.toValue()},
        {QStringLiteral("signer"), signer},
        {QStringLiteral("issuer"), textOrNull(issuer)},
        {QStringLiteral("issuerName"), textOrNull(issuerName)},
        {QStringLiteral("subject"), textOrNull(subject)},
        {QStringLiteral("types"), QJsonArray::fromStringList(types)},
        {QStringLiteral("claims"), claims.isUndefined() ? QJsonValue(QJsonValue::Null) : claims},
        {QStringLiteral("validFrom"), dateOrNull(validFrom)},
        {QStringLiteral("validUntil"), dateOrNull(validUntil)},
        {QStringLiteral("checks"), report.checksJson()},
        {QStringLiteral("nested"), nestedJson},
        {QStringLiteral("verdict"), VerdictName::of(report.verdict())}};
    if (canonicalForm)
        out.insert(QStringLiteral("signedForm"), canonicalForm->toJson());
    return out;
}

} // namespace vcdesk
