#pragma once

#include "core/common/Result.h"
#include "core/oid4vci/ClaimDescriptions.h"
#include "core/oid4vci/LocalizedDisplay.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace vcdesk {

/// One entry of credential_configurations_supported (OpenID4VCI 1.0 section 12.2.4): what the
/// issuer can issue under this id, in which format, bound to which kind of key, proven how,
/// and how to show it. Read strictly; members this wallet does not use are ignored.
/// Format-specific members are required where the format profile says so: vct for SD-JWT VC
/// (dc+sd-jwt, and vc+sd-jwt of earlier drafts), credential_definition.type for jwt_vc_json.
/// Display and claims are read from credential_metadata, or where drafts 13 to 15 put them
/// (the configuration itself). Codes vci.metadata_configuration.
class CredentialConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(CredentialConfiguration)
public:
    struct ProofType
    {
        QStringList signingAlgorithms;
        bool keyAttestationRequired = false;
    };

    static Result<CredentialConfiguration> parse(const QString &id, const QJsonObject &json);

    const QString &id() const { return m_id; }
    const QString &format() const { return m_format; }
    /// dc+sd-jwt, vc+sd-jwt or jwt_vc_json: the formats vcdesk verifies and keeps.
    bool isSupportedFormat() const;
    bool isSdJwt() const;
    const QString &scope() const { return m_scope; }
    const QString &vct() const { return m_vct; }
    const QStringList &types() const { return m_types; }
    const QStringList &signingAlgorithms() const { return m_signingAlgorithms; }
    /// "jwk", "did:key", "did:jwk", ...; empty: the credential is bound to no key.
    const QStringList &bindingMethods() const { return m_bindingMethods; }
    /// A binding method or a proof type is named: the request carries a key proof, and the
    /// credential must come back bound to that key.
    bool requiresKeyBinding() const
    {
        return !m_bindingMethods.isEmpty() || !m_proofTypes.isEmpty();
    }
    const QHash<QString, ProofType> &proofTypes() const { return m_proofTypes; }
    const LocalizedDisplay &display() const { return m_display; }
    const ClaimDescriptions &claims() const { return m_claims; }

private:
    QString m_id;
    QString m_format;
    QString m_scope;
    QString m_vct;
    QStringList m_types;
    QStringList m_signingAlgorithms;
    QStringList m_bindingMethods;
    QHash<QString, ProofType> m_proofTypes;
    LocalizedDisplay m_display;
    ClaimDescriptions m_claims;
};

} // namespace vcdesk
