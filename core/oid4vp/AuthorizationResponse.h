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

    QString field(const QString &name) const
    {
        for (const auto &[key, value] : fields)
            if (key == name)
                return value;
        return {};
    }
    bool isError() const { return !field(QStringLiteral("error")).isEmpty(); }

    static AuthorizationResponse error(const AuthorizationRequest &request, const QString &code,
                                       const QString &description)
    {
        AuthorizationResponse response;
        response.target = request.responseUri;
        response.fields.append({QStringLiteral("error"), code});
        if (!description.isEmpty())
            response.fields.append({QStringLiteral("error_description"), description});
        if (!request.state.isEmpty())
            response.fields.append({QStringLiteral("state"), request.state});
        return response;
    }
};

} // namespace vcdesk
