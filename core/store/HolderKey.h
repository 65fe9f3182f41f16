#pragma once

#include "core/crypto/KeyType.h"

#include <QJsonObject>
#include <QString>

namespace vcdesk {

/// A holder's signing key as the wallet lists it: public half, DID and key id. The private
/// half stays sealed in the wallet until KeyStore::privateKey() opens it.
struct HolderKey
{
    qint64 id = 0;
    QString uid;
    qint64 profileId = 0;
    KeyType type = KeyType::P256;
    QJsonObject publicJwk;
    QString did;
    QString kid; // DID URL of the verification method
    bool isDefault = false;
    qint64 createdAt = 0;
};

} // namespace vcdesk
