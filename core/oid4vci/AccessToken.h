#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace vcdesk {

/// What the token endpoint granted: the access token (a secret: never logged or shown), how to
/// present it (Bearer, or DPoP when bound to the wallet's DPoP key), and, when the server
/// answered with authorization_details, the credential identifiers per configuration that the
/// credential requests must then use instead of the configuration id.
struct AccessToken
{
    QString token;
    bool dpopBound = false;
    qint64 expiresIn = 0;
    QHash<QString, QStringList> credentialIdentifiers; // configuration id -> identifiers
    QString cNonce; // drafts before 14 handed the first nonce out here

    QByteArray authorizationHeader() const
    {
        return (dpopBound ? QByteArrayLiteral("DPoP ") : QByteArrayLiteral("Bearer ")) +
               token.toUtf8();
    }
};

} // namespace vcdesk
