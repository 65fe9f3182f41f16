#include "core/api/IssuerOffer.h"

#include <QCoreApplication>

namespace vcdesk {

namespace {

Error invalid(const QString &what)
{
    return Error{QStringLiteral("api.invalid_answer"),
                 QCoreApplication::translate("IssuerOffer",
                                             "the issuer agent's answer is not as expected: %1")
                     .arg(what)};
}

} // namespace

Result<IssuerOffer> IssuerOffer::fromJson(const QJsonObject &json)
{
    IssuerOffer offer;
    offer.recordId = json.value(QStringLiteral("recordId")).toString();
    offer.thid = json.value(QStringLiteral("thid")).toString();
    offer.stateName = json.value(QStringLiteral("protocolState")).toString();
    if (offer.recordId.isEmpty() || offer.recordId.size() > 200)
        return invalid(QStringLiteral("recordId"));
    if (offer.stateName.isEmpty())
        return invalid(QStringLiteral("protocolState"));
    offer.state = protocolstate::fromName(offer.stateName);
    offer.role = json.value(QStringLiteral("role")).toString();
    const QJsonValue claims = json.value(QStringLiteral("claims"));
    if (!claims.isUndefined() && !claims.isObject())
        return invalid(QStringLiteral("claims"));
    offer.claims = claims.toObject();
    offer.subjectId = json.value(QStringLiteral("subjectId")).toString();
    offer.credentialFormat = json.value(QStringLiteral("credentialFormat")).toString();
    offer.validityPeriod = json.value(QStringLiteral("validityPeriod")).toInteger();
    offer.createdAt = QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(),
                                            Qt::ISODateWithMs);
    offer.updatedAt = QDateTime::fromString(json.value(QStringLiteral("updatedAt")).toString(),
                                            Qt::ISODateWithMs);
    const QJsonValue credential = json.value(QStringLiteral("credential"));
    if (!credential.isUndefined()) {
        auto decoded = QByteArray::fromBase64Encoding(credential.toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!credential.isString() || !decoded)
            return invalid(QStringLiteral("credential (not base64)"));
        offer.credential = *decoded;
    }
    return offer;
}

} // namespace vcdesk
