#pragma once

#include <QString>

namespace vcdesk {

/// A credential a hosted wallet (seed 003) holds for the holder, as this wallet remembers it:
/// the hosted wallet's own id for it and, once copied here, the local credential.
struct HostedCredential
{
    qint64 id = 0;
    QString uid;
    qint64 profileId = 0;
    qint64 accountId = 0;
    QString remoteId; // the hosted wallet's credential id
    QString title;    // its template's or type's name, when known
    qint64 addedAt = 0;
    qint64 credentialId = 0; // the local copy; 0: not copied (or the copy was deleted)
};

} // namespace vcdesk
