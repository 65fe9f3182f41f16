#pragma once

#include "core/common/Result.h"
#include "core/oid4vci/IssuerIdentifier.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace vcdesk {

/// What the issuer says the person must type with a pre-authorized code (tx_code): shown
/// next to the input so the person knows where the code came from.
struct TransactionCodeSpec
{
    enum class InputMode { Numeric, Text };
    InputMode inputMode = InputMode::Numeric;
    int length = 0;      // 0: not said
    QString description; // at most 300 characters, untrusted text

    static constexpr int kMaxDescription = 300;
    static constexpr int kMaxLength = 64;

    /// Whether `code` is what the issuer said to expect (not empty; digits only in numeric
    /// mode; the length, when said), checked before the code is spent: a typo costs nothing.
    Status check(const QString &code) const;
};

/// The pre-authorized code grant of an offer.
struct PreAuthorizedGrant
{
    /// Its name in offers, server metadata and token requests.
    static QString grantType()
    {
        return QStringLiteral("urn:ietf:params:oauth:grant-type:pre-authorized_code");
    }

    QString preAuthorizedCode; // a secret: never logged
    std::optional<TransactionCodeSpec> transactionCode;
    QString authorizationServer;
};

/// The authorization code grant of an offer.
struct AuthorizationCodeGrant
{
    QString issuerState; // passed on in the authorization request
    QString authorizationServer;
};

/// A Credential Offer object (OpenID4VCI 1.0 section 4.1.1), read strictly from untrusted
/// JSON: credential_issuer an issuer identifier, credential_configuration_ids a non-empty
/// array of unique non-empty strings, grants (when present) an object whose two known grants
/// are well formed; unknown grants and members are ignored, as the specification says. An
/// offer without a grant this wallet can use is still an offer: the issuer's metadata then
/// decides (OfferGrantChoice). Codes vci.offer_*.
class CredentialOffer
{
    Q_DECLARE_TR_FUNCTIONS(CredentialOffer)
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024;
    static constexpr int kMaxConfigurations = 64;

    static Result<CredentialOffer> parse(QByteArrayView json);

    const IssuerIdentifier &issuer() const { return m_issuer; }
    const QStringList &configurationIds() const { return m_configurationIds; }
    const std::optional<PreAuthorizedGrant> &preAuthorized() const { return m_preAuthorized; }
    const std::optional<AuthorizationCodeGrant> &authorizationCode() const
    {
        return m_authorizationCode;
    }
    bool hasGrants() const { return m_preAuthorized || m_authorizationCode; }

private:
    IssuerIdentifier m_issuer;
    QStringList m_configurationIds;
    std::optional<PreAuthorizedGrant> m_preAuthorized;
    std::optional<AuthorizationCodeGrant> m_authorizationCode;
};

} // namespace vcdesk
