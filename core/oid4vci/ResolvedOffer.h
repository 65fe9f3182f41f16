#pragma once

#include "core/oid4vci/AuthorizationServerMetadata.h"
#include "core/oid4vci/CredentialOffer.h"
#include "core/oid4vci/IssuerMetadata.h"

#include <QList>

namespace vcdesk {

/// An offer with everything the consent screen and the issuance need: the offer itself, the
/// issuer's metadata, the authorization server's, and the configurations offered (in the
/// offer's order, each known to the metadata).
struct ResolvedOffer
{
    CredentialOffer offer;
    IssuerMetadata issuer;
    AuthorizationServerMetadata server;
    QList<CredentialConfiguration> configurations;
};

} // namespace vcdesk
