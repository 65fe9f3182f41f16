#pragma once

#include "core/api/ProtocolState.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace vcdesk {

/// One credential exchange record from an issuer agent (seed 001), read strictly: the fields
/// a client relies on must be there with the right types.
struct IssuerOffer
{
    QString recordId;
    QString thid;
    QString role; // Issuer, Holder
    ProtocolState state = ProtocolState::Unknown;
    QString stateName; // as the agent wrote it (kept for states this build does not know)
    QJsonObject claims;
    QString subjectId;
    QString credentialFormat;
    qint64 validityPeriod = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QByteArray credential; // the JWT, base64-decoded; empty until received

    static Result<IssuerOffer> fromJson(const QJsonObject &json);
};

} // namespace vcdesk
