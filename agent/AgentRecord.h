#pragma once

#include <QJsonObject>
#include <QString>

namespace vcdesk {

/// One side of a credential exchange as the issuer-agent API shows it (seed 001): the issuer's
/// record and the holder's record share a thread id (thid).
struct AgentRecord
{
    QString recordId;
    QString thid;
    QString party; // whose record this is
    QString role;  // Issuer, Holder
    QString connectionId;
    QJsonObject claims;
    qint64 validitySeconds = 3600;
    QString subjectId;  // the holder's DID, once it accepted
    QString state;      // protocolState
    QString credential; // base64 of the JWT-VC, on the holder's side once received
    QString statusList; // the status list of the issued credential
    qint64 statusIndex = -1;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    /// The JSON the API returns for it.
    QJsonObject toJson() const;
};

} // namespace vcdesk
