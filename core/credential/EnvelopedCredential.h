#pragma once

#include <QJsonValue>

#include <optional>

namespace vcdesk {

/// VC-JOSE-COSE section 3.1.1: a presentation may carry a secured credential as an object
/// {"type": "EnvelopedVerifiableCredential", "id": "data:application/vc+jwt,<token>"}. This
/// reads the token out of such an object (vc+jwt, vc+sd-jwt and dc+sd-jwt media types, with or
/// without parameters, never base64). Anything else is not an enveloped credential.
class EnvelopedCredential
{
public:
    static std::optional<QByteArray> token(const QJsonValue &value);
};

} // namespace vcdesk
