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
#include <QDateTime>
#include <QSet>
#include <atomic>
#include <functional>
#include <memory>

namespace vcdesk {

struct Inspection;

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
/// CancelToken. An offer without a pre-authorized code needs the person to sign in at the
/// issuer first (authorization code flow): signIn() between open() and receive().
class IssuanceSession
{
    Q_DECLARE_TR_FUNCTIONS(IssuanceSession)
public:
    using Report = std::function<void(const QString &)>;

    static constexpr int kMaxDeferredWaitSeconds = 300;
    static constexpr int kMaxSignInSeconds = 600;
    /// Opens the sign-in page in the person's browser (the system browser: RFC 8252 section
    /// 8.12 forbids an embedded one). `expiresAt`: when a pushed request's address stops
    /// working (invalid when it does not expire). An error ends the sign-in.
    using BrowserOpener = std::function<Status(const QUrl &url, const QDateTime &expiresAt)>;

    IssuanceSession(NetworkPolicy policy, QStringList languages);

    Status open(const QString &link);
    const ResolvedOffer &offer() const { return m_offer; }
    /// The configurations vcdesk can receive, in the offer's order.
    QList<CredentialConfiguration> receivable() const;
    /// The names of the offered configurations vcdesk cannot keep (a format it does not read).
    QStringList notReceivable() const;
    bool needsTransactionCode() const;
    /// The offer has no pre-authorized code: the person signs in at the issuer (signIn()).
    bool needsSignIn() const;
    /// The client_id the wallet gives the authorization server ("vcdesk" unless set).
    void setClientId(const QString &clientId) { m_clientId = clientId; }

    /// The authorization code flow's sign-in: listens on a loopback port (RFC 8252), builds the
    /// authorization request (PKCE S256, state, issuer_state, pushed when the server takes
    /// pushed requests), has `openBrowser` open it, waits up to kMaxSignInSeconds for the
    /// redirect with this request's state (others are ignored), and exchanges the code for a
    /// token (DPoP when the server uses it). Codes: those of IssuerAuthorizationRequest and
    /// IssuerAuthorizationResponse, net.redirect_timeout, vci.cancelled, vci.token_*.
    /// `pageRefused`: a fresh page asked for (requestFreshSignInPage()) could not be made,
    /// in a sentence; the sign-in goes on with the pages made so far.
    Status signIn(const BrowserOpener &openBrowser, const Report &report,
                  const Report &pageRefused = {});
    /// From another thread, while signIn() waits: the person lost the sign-in page. signIn()
    /// makes a fresh authorization request (pushed again when the server takes pushed
    /// requests: a request_uri is used once, RFC 9126 section 4) and has `openBrowser` open
    /// it; the redirect of any request made so far is still taken, so a page still open in
    /// the browser goes on working.
    void requestFreshSignInPage() { m_freshPageWanted = true; }
    /// The most sign-in pages one signIn() makes (the first and the fresh ones).
    static constexpr int kMaxSignInPages = 10;

    using Signers = QList<HolderKeyring::Signer>;
    /// The most keys one issuance binds credentials to (a batch: one proof per key).
    static constexpr int kMaxKeys = 100;

    /// Whether every key can be bound to every receivable configuration, and whether the
    /// issuer takes that many proofs in one request (batch_credential_issuance): checked before
    /// the offer's code is spent. Codes: vci.no_key, vci.duplicate_key, vci.batch_unsupported,
    /// vci.batch_too_large, those of KeyProof::referenceFor.
    Status checkKeys(const Signers &signers) const;
    Status checkKey(const HolderKeyring::Signer &signer) const { return checkKeys({signer}); }
    /// Spends the offer's code and receives every receivable configuration. With several keys,
    /// each credential request carries one key proof per key (section 8.2, `proofs`): the
    /// issuer sends one credential per key, so each can be shown without linking it to the
    /// others; every credential must be bound to one of them.
    Result<QList<ReceivedCredential>> receive(const QString &transactionCode,
                                              const Signers &signers, const InspectOptions &inspect,
                                              const Report &report);
    Result<QList<ReceivedCredential>> receive(const QString &transactionCode,
                                              const HolderKeyring::Signer &signer,
                                              const InspectOptions &inspect, const Report &report)
    {
        return receive(transactionCode, Signers{signer}, inspect, report);
    }
    /// Tells the issuer what became of the credentials (when it has a notification endpoint);
    /// a failure to notify is returned, never fatal to what was stored.
    Status notify(const QString &event, const QString &description = {});

private:
    Result<CredentialAnswer> requestOne(const CredentialConfiguration &configuration,
                                        const Signers &signers, QString &nonce,
                                        const Report &report);
    Result<QList<ReceivedCredential>>
    receiveAll(const Signers &signers, const InspectOptions &inspect, const Report &report);
    /// In a batch, whether this credential is bound to a key no other credential of the
    /// answer is bound to (vci.batch_mismatch otherwise); notes the key in `keysUsed`.
    static Error batchProblem(const Inspection &inspection, const CredentialRecord &record,
                              const CredentialConfiguration &configuration, const Signers &signers,
                              QSet<qsizetype> &keysUsed);
    Result<CredentialAnswer> waitForDeferred(CredentialAnswer answer, const Report &report);
    Result<QList<ReceivedCredential>> receiveWithToken(const Signers &signers,
                                                       const InspectOptions &inspect,
                                                       const Report &report,
                                                       const QStringList &secrets);

    HttpClient m_http;
    QStringList m_languages;
    QString m_clientId = QStringLiteral("vcdesk");
    ResolvedOffer m_offer;
    bool m_opened = false;
    bool m_spent = false; // the token request went out: the pre-authorized code is used
    std::atomic<bool> m_freshPageWanted = false;
    std::unique_ptr<DpopKey> m_dpop;
    AccessToken m_token;
    QStringList m_notificationIds;
};

} // namespace vcdesk
