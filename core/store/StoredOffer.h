#pragma once

#include <QJsonObject>
#include <QString>

namespace vcdesk {

/// An offer seen from an issuer agent, kept so the inbox works offline. `claims` is sealed on
/// disk and filled in only by OfferStore::open().
struct StoredOffer
{
    qint64 id = 0;
    QString uid;
    qint64 profileId = 0;
    qint64 accountId = 0;
    QString recordId; // the agent's record id
    QString threadId; // thid
    QString title;    // what is offered, for the list
    QJsonObject claims;
    QString state; // the agent's protocolState, e.g. OfferReceived, CredentialReceived
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 credentialId = 0; // the stored credential, once received
};

} // namespace vcdesk
