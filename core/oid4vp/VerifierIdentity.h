#pragma once

#include <QString>

namespace vcdesk {

/// Who asks, as the consent screen shows it: the client_id, how vcdesk authenticated it (in
/// words), and what the verifier says of itself (name, logo from client_metadata), which is
/// only a claim unless the trust list names the verifier too.
struct VerifierIdentity
{
    QString clientId;
    QString prefix;          // decentralized_identifier, x509_san_dns, ... (ClientIdentifier)
    QString authenticatedBy; // "request signed by did:key:...#..." (translated)
    QString name;            // client_metadata.client_name, unverified
    QString logoUri;         // client_metadata.logo_uri, unverified
    QString trustName;       // the trust list's name for the verifier, empty when not listed
    bool signedRequest = false;
};

} // namespace vcdesk
