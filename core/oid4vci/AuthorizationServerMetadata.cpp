#include "core/oid4vci/AuthorizationServerMetadata.h"

#include "core/oid4vci/MemberReader.h"

namespace vcdesk {

namespace {

using Presence = MemberReader::Presence;
const QString kCode = QStringLiteral("vci.as_metadata_malformed");

} // namespace

Result<AuthorizationServerMetadata>
AuthorizationServerMetadata::parse(QByteArrayView json, const IssuerIdentifier &expected)
{
    auto object =
        MemberReader::parseObject(json, kMaxBytes, 16, QStringLiteral("vci.as_metadata_json"),
                                  tr("the authorization server's metadata"));
    if (!object)
        return object.error();
    const MemberReader reader(object.value(), tr("authorization server metadata"), kCode);
    AuthorizationServerMetadata read;
    auto issuer = reader.string(QStringLiteral("issuer"), Presence::Required);
    if (!issuer)
        return issuer.error();
    if (issuer.value() != expected.text())
        return Error{QStringLiteral("vci.as_metadata_issuer_mismatch"),
                     tr("the authorization server's metadata is for \"%1\", not for \"%2\"")
                         .arg(issuer->left(120), expected.text().left(120))};
    read.m_issuer = expected;
    const std::tuple<QString, QUrl *, Presence> endpoints[] = {
        {QStringLiteral("token_endpoint"), &read.m_tokenEndpoint, Presence::Required},
        {QStringLiteral("authorization_endpoint"), &read.m_authorizationEndpoint,
         Presence::Optional},
        {QStringLiteral("pushed_authorization_request_endpoint"), &read.m_parEndpoint,
         Presence::Optional},
    };
    for (const auto &[name, target, presence] : endpoints) {
        auto url = reader.endpoint(name, presence);
        if (!url)
            return url.error();
        *target = url.value();
    }
    auto parRequired = reader.boolean(QStringLiteral("require_pushed_authorization_requests"));
    auto anonymous =
        reader.boolean(QStringLiteral("pre-authorized_grant_anonymous_access_supported"));
    auto issInResponse =
        reader.boolean(QStringLiteral("authorization_response_iss_parameter_supported"));
    auto grants = reader.strings(QStringLiteral("grant_types_supported"), Presence::Optional);
    auto challenges =
        reader.strings(QStringLiteral("code_challenge_methods_supported"), Presence::Optional);
    auto dpop =
        reader.strings(QStringLiteral("dpop_signing_alg_values_supported"), Presence::Optional);
    auto detailTypes =
        reader.strings(QStringLiteral("authorization_details_types_supported"), Presence::Optional);
    for (const Status &status : {parRequired ? Status() : Status(parRequired.error()),
                                 anonymous ? Status() : Status(anonymous.error()),
                                 issInResponse ? Status() : Status(issInResponse.error()),
                                 grants ? Status() : Status(grants.error()),
                                 challenges ? Status() : Status(challenges.error()),
                                 dpop ? Status() : Status(dpop.error()),
                                 detailTypes ? Status() : Status(detailTypes.error())})
        if (!status)
            return status.error();
    read.m_parRequired = parRequired->value_or(false);
    if (read.m_parRequired && read.m_parEndpoint.isEmpty())
        return reader.error(tr("pushed authorization requests are required, but there is no "
                               "pushed_authorization_request_endpoint"));
    read.m_anonymousPreAuthorized = anonymous->value_or(false);
    read.m_issInAuthorizationResponse = issInResponse->value_or(false);
    read.m_grantTypesListed = !grants->isEmpty();
    read.m_grantTypes = grants->isEmpty() ? QStringList{QStringLiteral("authorization_code"),
                                                        QStringLiteral("implicit")}
                                          : grants.value();
    read.m_codeChallengeMethods = challenges.value();
    read.m_dpopAlgorithms = dpop.value();
    read.m_authorizationDetailsTypes = detailTypes.value();
    return read;
}

} // namespace vcdesk
