#include "core/kiosk/PresentationRecheck.h"

#include "core/oid4vp/PresentationVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vcdesk {

namespace {

/// A member that may be JSON text or JSON itself (services differ): as text.
QString asText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

ExpectedPresentation PresentationRecheck::expectedFrom(const AuthorizationRequest &request,
                                                       const InspectOptions &options)
{
    ExpectedPresentation expected;
    expected.nonce = request.nonce;
    // The audience a wallet writes is the client_id as the request gave it; OpenID4VP 1.0
    // names a DID client with its prefix, drafts without.
    const QString given = request.parameters.value(QStringLiteral("client_id")).toString();
    for (const QString &audience :
         {given, request.client.value(),
          QStringLiteral("decentralized_identifier:") + request.client.value()})
        if (!audience.isEmpty() && !expected.audiences.contains(audience))
            expected.audiences << audience;
    expected.presentationDefinition = request.presentationDefinition;
    expected.dcqlQuery = request.dcqlQuery;
    expected.issuers = IssuerPolicy::trustList(options.trustList);
    expected.requireHolderBinding = true;
    return expected;
}

Result<VerifiedPresentation> PresentationRecheck::verify(const ExpectedPresentation &expected,
                                                         const AuthStatus &status,
                                                         const InspectOptions &options)
{
    const QString vpToken = asText(status.payload.value(QStringLiteral("vp_token")));
    if (vpToken.isEmpty())
        return Error{QStringLiteral("kiosk.no_payload"),
                     tr("the verifier said verified but sent no vp_token to check")};
    const QString submission =
        asText(status.payload.value(QStringLiteral("presentation_submission")));
    auto verified = PresentationVerifier::verify(expected, vpToken, submission, options);
    if (!verified && verified.error().code == QLatin1String("presentation.holder_binding"))
        return Error{QStringLiteral("kiosk.possibly_copied"),
                     tr("possibly copied: %1").arg(verified.error().message)};
    return verified;
}

} // namespace vcdesk
