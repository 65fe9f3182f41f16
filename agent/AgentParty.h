#pragma once

#include "core/crypto/PrivateKey.h"

#include <QString>

namespace vcdesk {

/// A party of the agent (an organisation or a person it acts for): its name, its role in the
/// issuer-agent API (issuer or holder), its API key, and its DID with the key behind it.
struct AgentParty
{
    QString name;
    QString role; // issuer, holder
    QString apiKey;
    QString did;
    QString kid;
    PrivateKey key;
};

} // namespace vcdesk
