#pragma once

#include "agent/AgentParty.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace vcdesk {

/// Signs what the agent issues: JWT-VCs (VC Data Model 1.1 in a JWT, as the issuer agent of
/// seed 001 does) with a StatusList2021 entry, and the status list credentials themselves.
class CredentialMinter
{
public:
    struct StatusEntry
    {
        QString listUrl;
        qint64 index = 0;
    };

    static Result<QByteArray> credential(const AgentParty &issuer, const QString &subjectDid,
                                         const QJsonObject &claims, qint64 validitySeconds,
                                         const StatusEntry &status, const QDateTime &now);
    /// A StatusList2021Credential over `bits`, valid for a day from `now`.
    static Result<QByteArray> statusList(const AgentParty &issuer, const QString &listUrl,
                                         const QByteArray &bits, const QDateTime &now);
};

} // namespace vcdesk
