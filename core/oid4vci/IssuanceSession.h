#pragma once

#include "core/common/Result.h"
#include "core/net/HttpClient.h"
#include "core/oid4vci/AccessToken.h"
#include "core/oid4vci/CredentialAnswer.h"
#include "core/oid4vci/DpopKey.h"
#include "core/oid4vci/ResolvedOffer.h"
#include "core/oid4vp/HolderKeyring.h"
#include "core/store/CredentialRecord.h"
#include "core/verify/InspectOptions.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace vcdesk {

/// One credential the issuer sent, checked: its wallet record (with the engine's verdict), the
/// configuration it was asked under, and why it must not be kept, if it must not.
struct ReceivedCredential
{
    CredentialRecord record;
    QString configurationId;
    /// Empty when the credential verifies and is bound to the holder's key; else the reason
    /// (vci.credential_not_valid, vci.wrong_key).
    Error problem;
};

/// One OpenID4VCI issuance from link to credentials, in the order a holder lives it: open()
/// reads the link, fetches the offer and the metadata, and checks that vcdesk can take what is
/// offered (nothing is sent that spends the offer); the caller shows the consent screen and,
/// for a pre-authorized code with tx_code, asks for the transaction code; receive() spends the
/// code (token, DPoP), proves the key (nonce, openid4vci-proof+jwt, one retry on
/// invalid_nonce or invalid_proof), asks for each offered credential, waits for deferred ones,
/// and checks every credential with the engine and against the holder's key; then the caller
/// stores what it keeps and notify() tells the issuer (credential_accepted, _failure or
/// _deleted). Blocking: a worker thread or the command line; cancellable through the thread's
/// CancelToken. The authorization code flow is not here yet: such an offer ends at open() with
/// vci.grant_unsupported.
class IssuanceSession
{
    Q_DECLARE_TR_FUNCTIONS(IssuanceSession)
public:
    using Report = std::function<void(const QString &)>;

    static constexpr int kMaxDeferredWaitSeconds = 300;

    IssuanceSession(NetworkPolicy policy, QStringList languages);

    Status open(const QString &link);
    const ResolvedOffer &offer() const { return m_offer; }
    /// The configurations vcdesk can receive, in the offer's order.
    QList<CredentialConfiguration> receivable() const;
    /// The names of the offered configurations vcdesk cannot keep (a format it does not read).
    QStringList notReceivable() const;
    bool needsTransactionCode() const;

    /// Whether `signer` can be bound to every receivable configuration (checked before the
    /// offer's code is spent).
    Status checkKey(const HolderKeyring::Signer &signer) const;
    Result<QList<ReceivedCredential>> receive(const QString &transactionCode,
                                              const HolderKeyring::Signer &signer,
                                              const InspectOptions &inspect, const Report &report);
    /// Tells the issuer what became of the credentials (when it has a notification endpoint);
    /// a failure to notify is returned, never fatal to what was stored.
    Status notify(const QString &event, const QString &description = {});

private:
    Result<CredentialAnswer> requestOne(const CredentialConfiguration &configuration,
                                        const HolderKeyring::Signer &signer, QString &nonce,
                                        const Report &report);
    Result<QList<ReceivedCredential>> receiveAll(const HolderKeyring::Signer &signer,
                                                 const InspectOptions &inspect,
                                                 const Report &report);
    Result<CredentialAnswer> waitForDeferred(CredentialAnswer answer, const Report &report);

    HttpClient m_http;
    QStringList m_languages;
    ResolvedOffer m_offer;
    bool m_opened = false;
    bool m_spent = false; // the token request went out: the pre-authorized code is used
    std::unique_ptr<DpopKey> m_dpop;
    AccessToken m_token;
    QStringList m_notificationIds;
};

} // namespace vcdesk
