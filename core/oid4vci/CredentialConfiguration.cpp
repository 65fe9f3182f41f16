#include "core/oid4vci/CredentialConfiguration.h"

#include "core/oid4vci/MemberReader.h"

namespace vcdesk {

namespace {

using Presence = MemberReader::Presence;
const QString kCode = QStringLiteral("vci.metadata_configuration");

/// The display array and claims array, from credential_metadata (1.0) or the configuration
/// itself (drafts). A drafts' claims object (draft 13's map) is not a list: left out.
Status readPresentation(const MemberReader &configuration, LocalizedDisplay &display,
                        ClaimDescriptions &claims)
{
    auto metadata = configuration.object(QStringLiteral("credential_metadata"), Presence::Optional);
    if (!metadata)
        return metadata.error();
    const MemberReader source =
        metadata.value()
            ? MemberReader(*metadata.value(),
                           configuration.where() + QStringLiteral(": credential_metadata"), kCode)
            : configuration;
    auto displayArray = source.array(QStringLiteral("display"), Presence::Optional);
    if (!displayArray)
        return displayArray.error();
    if (displayArray.value()) {
        auto read = LocalizedDisplay::parse(*displayArray.value(), source.where(), kCode, true);
        if (!read)
            return read.error();
        display = read.value();
    }
    if (!source.json().value(QStringLiteral("claims")).isArray())
        return {};
    auto claimsArray = source.array(QStringLiteral("claims"), Presence::Optional);
    if (!claimsArray)
        return claimsArray.error();
    auto read = ClaimDescriptions::parse(*claimsArray.value(), source.where(), kCode);
    if (!read)
        return read.error();
    claims = read.value();
    return {};
}

} // namespace

bool CredentialConfiguration::isSdJwt() const
{
    return m_format == QLatin1String("dc+sd-jwt") || m_format == QLatin1String("vc+sd-jwt");
}

bool CredentialConfiguration::isSupportedFormat() const
{
    return isSdJwt() || m_format == QLatin1String("jwt_vc_json");
}

Result<CredentialConfiguration> CredentialConfiguration::parse(const QString &id,
                                                               const QJsonObject &json)
{
    const MemberReader reader(json, tr("credential configuration \"%1\"").arg(id.left(60)), kCode);
    CredentialConfiguration read;
    read.m_id = id;
    auto format = reader.string(QStringLiteral("format"), Presence::Required);
    auto scope = reader.string(QStringLiteral("scope"), Presence::Optional);
    auto algorithms = reader.strings(QStringLiteral("credential_signing_alg_values_supported"),
                                     Presence::Optional);
    auto binding = reader.strings(QStringLiteral("cryptographic_binding_methods_supported"),
                                  Presence::Optional);
    if (!format)
        return format.error();
    if (!scope)
        return scope.error();
    if (!algorithms) // drafts list COSE algorithm numbers for mdoc: not ours to read
        algorithms = QStringList();
    if (!binding)
        return binding.error();
    read.m_format = format.value();
    read.m_scope = scope.value();
    read.m_signingAlgorithms = algorithms.value();
    read.m_bindingMethods = binding.value();

    auto proofs = reader.object(QStringLiteral("proof_types_supported"), Presence::Optional);
    if (!proofs)
        return proofs.error();
    if (proofs.value()) {
        const QJsonObject &types = *proofs.value();
        for (auto it = types.begin(); it != types.end(); ++it) {
            if (!it.value().isObject())
                return reader.error(tr("proof type %1 is not an object").arg(it.key().left(40)));
            const MemberReader proof(
                it.value().toObject(),
                reader.where() + QStringLiteral(": proof type ") + it.key().left(40), kCode);
            auto proofAlgorithms = proof.strings(
                QStringLiteral("proof_signing_alg_values_supported"), Presence::Required);
            if (!proofAlgorithms)
                return proofAlgorithms.error();
            auto attestation =
                proof.object(QStringLiteral("key_attestations_required"), Presence::Optional);
            if (!attestation)
                return attestation.error();
            read.m_proofTypes.insert(it.key(),
                                     ProofType{proofAlgorithms.value(), attestation->has_value()});
        }
    }
    if (!read.m_bindingMethods.isEmpty() && read.m_proofTypes.isEmpty())
        return reader.error(tr("the credential is bound to a key, but no proof type says how to "
                               "prove the key"));

    if (read.isSdJwt()) {
        auto vct = reader.string(QStringLiteral("vct"), Presence::Required);
        if (!vct)
            return vct.error();
        read.m_vct = vct.value();
    } else if (read.m_format == QLatin1String("jwt_vc_json")) {
        auto definition =
            reader.object(QStringLiteral("credential_definition"), Presence::Required);
        if (!definition)
            return definition.error();
        const MemberReader definitionReader(
            *definition.value(), reader.where() + QStringLiteral(": credential_definition"), kCode);
        auto types = definitionReader.strings(QStringLiteral("type"), Presence::Required);
        if (!types)
            return types.error();
        read.m_types = types.value();
    }
    if (const Status shown = readPresentation(reader, read.m_display, read.m_claims); !shown)
        return shown.error();
    return read;
}

} // namespace vcdesk
