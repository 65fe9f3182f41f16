#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vcdesk {

/// A verifier's client_id and how the wallet is to authenticate it (OpenID4VP 1.0 section 5.9):
/// a prefix before the first ':' names the method, and no known prefix means a client the
/// wallet knows in advance. Drafts 18-21 sent the method apart, in client_id_scheme; that
/// parameter is understood and mapped to the same prefixes. Prefixes vcdesk cannot check
/// (origin:, which only a browser's Digital Credentials API may use, verifier_attestation:,
/// openid_federation:) and unknown ones are refused, never treated as pre-registered.
class ClientIdentifier
{
    Q_DECLARE_TR_FUNCTIONS(ClientIdentifier)
public:
    enum class Prefix { PreRegistered, RedirectUri, DecentralizedIdentifier, X509SanDns, X509Hash };

    /// `legacyScheme` is the request's client_id_scheme, empty when it has none.
    static Result<ClientIdentifier> parse(const QString &clientId, const QString &legacyScheme);

    Prefix prefix() const { return m_prefix; }
    /// The client_id exactly as the request sent it (audience of the answer).
    const QString &clientId() const { return m_clientId; }
    /// The part the prefix qualifies: a DID, DNS name, certificate hash or URL.
    const QString &value() const { return m_value; }
    /// Came through client_id_scheme (drafts) or a bare DID rather than a 1.0 prefix.
    bool isLegacy() const { return m_legacy; }
    /// The prefix as OpenID4VP 1.0 spells it ("pre-registered" when there is none).
    QString prefixName() const;

private:
    Prefix m_prefix = Prefix::PreRegistered;
    QString m_clientId;
    QString m_value;
    bool m_legacy = false;
};

} // namespace vcdesk
