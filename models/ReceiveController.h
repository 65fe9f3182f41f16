#pragma once

#include "core/common/Result.h"
#include "core/net/NetworkPolicy.h"
#include "core/oid4vci/IssuanceSession.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

namespace vcdesk {

class ActivityBase;
class WalletSession;

/// Drives one OpenID4VCI issuance for the holder's window (the engine: IssuanceSession), off the
/// GUI thread: start(link) fetches the offer and the issuer's metadata (nothing spends the offer);
/// the window shows offer() and, when needsTransactionCode(), asks for the code; then accept()
/// (after a sign-in at the issuer in the browser when needsSignIn()) binds the credentials to the
/// profile's default key (or the one named), receives and checks them. Credentials that verify and
/// are bound to that key are stored at once (all or nothing) and the issuer is told; when one does
/// not, the window shows why and the person decides: keepAnyway() stores them as they are (marked
/// not valid), discard() keeps nothing. cancel() stops what runs (not the storing); a lock of the
/// wallet ends the issuance. The holder's key is opened on the wallet's thread and handed to the
/// worker for the key proof: a copy of the private key lives in memory until the issuance ends
/// (guarded memory, core/crypto/PrivateKey); a lock meanwhile does not stop a proof already being
/// signed.
class ReceiveController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Opening, AwaitingConsent, Receiving, AwaitingDecision, Storing, Done };
    Q_ENUM(State)

    struct Outcome
    {
        enum class Kind { Stored, Discarded, Failed, Cancelled };
        Kind kind = Kind::Failed;
        QString title;
        QString text;
        QList<qint64> storedIds;
        Error error;
    };

    ReceiveController(WalletSession &session, qint64 profileId, QObject *parent = nullptr);
    ~ReceiveController() override;

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    const NetworkPolicy &networkPolicy() const { return m_policy; }
    void setTrustListPath(const QString &path) { m_trustListPath = path; }
    void setLanguages(const QStringList &languages) { m_languages = languages; }
    /// The client_id the wallet signs in with at the issuer (authorization code flow): empty is
    /// the default, "vcdesk"; an issuer that takes only wallets registered with it gives one.
    void setClientId(const QString &clientId) { m_clientId = clientId.trimmed(); }

    State state() const { return m_state; }
    /// The offer as resolved (AwaitingConsent and later).
    const ResolvedOffer &offer() const;
    bool needsTransactionCode() const;
    /// The offer has no pre-authorized code: accept() first sends the person to sign in at
    /// the issuer in their browser (signInRequested()), then receives.
    bool needsSignIn() const;
    /// The sign-in page's address, once signInRequested() came (to open again, or copy).
    const QUrl &signInUrl() const { return m_signInUrl; }
    /// What came back (AwaitingDecision and later), each with its problem if any.
    const QList<ReceivedCredential> &received() const { return m_received; }
    const Outcome &outcome() const { return m_outcome; }

    /// An openid-credential-offer:// link (or an https link carrying one). A link that cannot
    /// be an offer is refused at once (failed()); nothing is fetched for it.
    void start(const QString &link);
    /// `keyDid` empty: the profile's default key. A key that cannot be opened or that the
    /// issuer cannot bind leaves the offer open (AwaitingConsent) with failed(): nothing was
    /// sent, and the person may choose another.
    void accept(const QString &transactionCode, const QString &keyDid = {});
    /// True when what came back may be kept as it is: only credentials that do not verify
    /// (kept as not valid); never one bound to someone else or other than agreed to.
    bool canKeepAnyway() const;
    void keepAnyway();
    void discard();
    void cancel();
    /// While the person signs in: a fresh sign-in page (the last one was lost, or its address
    /// expired); it comes as another signInRequested(). Otherwise nothing.
    void openSignInAgain();
    /// Back to Idle, dropping whatever was open (cancelled first when it runs).
    void reset();
    /// The offer's code may be spent and its credentials are on their way or waiting: a new
    /// offer must not replace this one.
    bool isBusy() const;

signals:
    void stateChanged(vcdesk::ReceiveController::State state);
    void progress(const QString &step);
    /// The offer was read: offer() holds what to show.
    void consentNeeded();
    /// Open `url` in the person's browser: the issuer's sign-in page. The issuance waits
    /// (up to IssuanceSession::kMaxSignInSeconds) for the browser to come back; cancel() ends
    /// the wait.
    /// `expiresAt`: when a pushed request's address stops working (invalid: it does not).
    void signInRequested(const QUrl &url, const QDateTime &expiresAt);
    /// A fresh sign-in page (openSignInAgain()) could not be made: why, in a sentence. The
    /// pages opened before still work.
    void signInPageRefused(const QString &why);
    /// The browser came back with the sign-in: the issuance goes on.
    void signedIn();
    /// Something came back that should not be kept as it is: received() says why.
    void decisionNeeded();
    /// The input could not start an issuance (not an offer link), or, on the offer, the code or
    /// the key cannot be used (nothing was sent): a sentence.
    void failed(const QString &message);
    void finished();

private:
    void setState(State state);
    void receiveWith(const HolderKeyring::Signer &signer, const QString &transactionCode);
    void store();
    void end(Outcome outcome, const QString &event);
    void fail(const Error &error);
    /// Sends the issuer `event` for what came back, on a worker; nobody waits for it.
    void tell(const QString &event);

    WalletSession &m_session;
    qint64 m_profileId;
    NetworkPolicy m_policy;
    QString m_trustListPath;
    QStringList m_languages;
    QString m_clientId;
    std::shared_ptr<IssuanceSession> m_issuance;
    QPointer<ActivityBase> m_running;
    QList<ReceivedCredential> m_received;
    QUrl m_signInUrl;
    State m_state = State::Idle;
    bool m_codeSent = false;
    bool m_signInStarted = false; // the issuer's sign-in page was opened
    Outcome m_outcome;
};

} // namespace vcdesk
