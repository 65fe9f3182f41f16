#pragma once

#include "core/common/Result.h"
#include "core/oid4vci/CredentialConfiguration.h"
#include "core/oid4vci/IssuerIdentifier.h"
#include "core/oid4vci/LocalizedDisplay.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QUrl>

namespace vcdesk {

/// A Credential Issuer's metadata (OpenID4VCI 1.0 section 12.2), read strictly from the JSON
/// its well-known URL answered. credential_issuer must be exactly the identifier the offer
/// named (section 12.2.4: otherwise the data must not be used); endpoints are https (http to
/// loopback only); authorization_servers are issuer identifiers; batch_size is 2 or more.
/// What this wallet cannot do is recorded, not refused here, so the person is told at the
/// step that needs it (encryption the issuer requires, formats vcdesk does not keep).
/// Codes vci.metadata_*.
class IssuerMetadata
{
    Q_DECLARE_TR_FUNCTIONS(IssuerMetadata)
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;
    static constexpr int kMaxConfigurations = 256;

    static Result<IssuerMetadata> parse(QByteArrayView json, const IssuerIdentifier &expected);

    const IssuerIdentifier &issuer() const { return m_issuer; }
    /// Empty: the issuer is its own authorization server.
    const QList<IssuerIdentifier> &authorizationServers() const { return m_authorizationServers; }
    const QUrl &credentialEndpoint() const { return m_credentialEndpoint; }
    const QUrl &nonceEndpoint() const { return m_nonceEndpoint; }
    const QUrl &deferredCredentialEndpoint() const { return m_deferredEndpoint; }
    const QUrl &notificationEndpoint() const { return m_notificationEndpoint; }
    /// 0: one proof (one credential) per request.
    int batchSize() const { return m_batchSize; }
    bool requiresRequestEncryption() const { return m_requestEncryptionRequired; }
    bool requiresResponseEncryption() const { return m_responseEncryptionRequired; }
    const LocalizedDisplay &display() const { return m_display; }
    const QMap<QString, CredentialConfiguration> &configurations() const
    {
        return m_configurations;
    }
    /// Configurations that could not be read, each with why: one broken entry the offer does
    /// not name must not stop the ones it does (OfferResolver refuses an offered one).
    const QHash<QString, Error> &unreadableConfigurations() const { return m_unreadable; }

private:
    IssuerIdentifier m_issuer;
    QList<IssuerIdentifier> m_authorizationServers;
    QUrl m_credentialEndpoint;
    QUrl m_nonceEndpoint;
    QUrl m_deferredEndpoint;
    QUrl m_notificationEndpoint;
    int m_batchSize = 0;
    bool m_requestEncryptionRequired = false;
    bool m_responseEncryptionRequired = false;
    LocalizedDisplay m_display;
    QMap<QString, CredentialConfiguration> m_configurations;
    QHash<QString, Error> m_unreadable;
};

} // namespace vcdesk
