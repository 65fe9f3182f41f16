#include "agent/AgentRecord.h"

#include <QDateTime>

namespace vcdesk {

namespace {

QString timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject AgentRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("recordId"), recordId},
                     {QStringLiteral("thid"), thid},
                     {QStringLiteral("credentialFormat"), QStringLiteral("JWT")},
                     {QStringLiteral("claims"), claims},
                     {QStringLiteral("createdAt"), timestamp(createdAtMs)},
                     {QStringLiteral("role"), role},
                     {QStringLiteral("protocolState"), state},
                     {QStringLiteral("metaRetries"), 5}};
    if (role == QLatin1String("Issuer")) {
        json.insert(QStringLiteral("validityPeriod"), validitySeconds);
        json.insert(QStringLiteral("automaticIssuance"), false);
    }
    if (updatedAtMs > createdAtMs)
        json.insert(QStringLiteral("updatedAt"), timestamp(updatedAtMs));
    if (!subjectId.isEmpty())
        json.insert(QStringLiteral("subjectId"), subjectId);
    if (!credential.isEmpty())
        json.insert(QStringLiteral("credential"), credential);
    return json;
}

} // namespace vcdesk
