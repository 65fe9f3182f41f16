#pragma once

#include "core/oid4vp/AuthorizationRequest.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace vcdesk {

/// What the wallet posts back (form-encoded, OpenID4VP section 8.2): vp_token and, for
/// Presentation Exchange, presentation_submission; a SIOPv2 id_token; state; or an error
/// (access_denied when the holder declines or the wallet has nothing that fits).
struct AuthorizationResponse
{
    QUrl target;
    QList<QPair<QString, QString>> fields;
    /// direct_post.jwt: the fields travel as one JWE in the form field "response".
    QJsonObject encryptionJwk;
    QString encryptionEnc;

    QString field(const QString &name) const
    {
        for (const auto &[key, value] : fields)
            if (key == name)
                return value;
        return {};
    }
    bool isError() const { return !field(QStringLiteral("error")).isEmpty(); }

    /// An empty answer addressed (and, for direct_post.jwt, encrypted) as `request` says.
    static AuthorizationResponse to(const AuthorizationRequest &request)
    {
        AuthorizationResponse response;
        response.target = request.responseUri;
        response.encryptionJwk = request.encryptionJwk;
        response.encryptionEnc = request.encryptionEnc;
        return response;
    }

    static AuthorizationResponse error(const AuthorizationRequest &request, const QString &code,
                                       const QString &description)
    {
        AuthorizationResponse response = to(request);
        response.fields.append({QStringLiteral("error"), code});
        if (!description.isEmpty())
            response.fields.append({QStringLiteral("error_description"), description});
        if (!request.state.isEmpty())
            response.fields.append({QStringLiteral("state"), request.state});
        return response;
    }
};

} // namespace vcdesk
