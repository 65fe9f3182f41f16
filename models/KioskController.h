#pragma once

#include "core/api/AuthStatus.h"
#include "core/api/VerifierApiClient.h"
#include "core/kiosk/KioskConfig.h"
#include "core/kiosk/KioskLogEntry.h"
#include "core/oid4vp/ExpectedPresentation.h"
#include "models/KioskOutcome.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace vcdesk {

class ActivityBase;
class AuthStatusPoller;
class KioskScanVerifier;

/// The kiosk's cycle, headless (the window only shows it): ask the verifier for an auth
/// request, show its link, follow auth-status, check a verified answer once more itself
/// (PresentationRecheck), show the outcome, reset.
///
/// States: Starting (asking for a request) → Ready (the QR code) → Scanned (a wallet fetched
/// the request) → Received → Checking (the kiosk's own verification) → Verified or
/// NotVerified → after resetSeconds (or resetNow()) Starting again. Trouble: the verifier
/// cannot be reached; it keeps retrying and goes back where it was when it answers again.
///
/// An unscanned request is renewed after renewSeconds; a request someone has scanned is never
/// replaced under them. Only a verified answer or expiry ends a request (the verifier keeps it
/// open against noise: anyone who saw the code can post to it): a refused answer is shown, then
/// the kiosk waits for the same person's next answer on the same request.
///
/// Codes people show the camera (mode scan or both): offerScanned() takes a decoded text while
/// the kiosk is Ready, verifies it here (KioskScanVerifier: trust list, cached status lists) and
/// shows it like an answer, with the "shown, not presented" caveat. In mode scan there is no
/// auth request at all and no verifier service: Ready means the camera waits. The kiosk reads the
/// request object itself once it is scanned (it is then no longer "created", so reading it changes
/// nothing), authenticated as a wallet would, to know what a correct answer must be; an answer that
/// arrives before the kiosk could read its request is not confirmed. Every network and crypto step
/// runs off the GUI thread.
class KioskController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Starting,
        Ready,
        Scanned,
        Received,
        Checking,
        Verified,
        NotVerified,
        Trouble
    };
    Q_ENUM(State)

    using ShownClaim = KioskOutcome::ShownClaim;
    using Outcome = KioskOutcome;

    /// A shown code not checked within this long is "not verified" (a slow host behind it).
    static constexpr int kScanDeadlineMs = 20000;

    explicit KioskController(KioskConfig config, QObject *parent = nullptr);
    ~KioskController() override;

    const KioskConfig &config() const { return m_config; }
    State state() const { return m_state; }
    /// The link the QR code holds (empty until Ready).
    const QString &link() const { return m_link; }
    const Outcome &outcome() const { return m_outcome; }
    /// Why the verifier cannot be reached, in State Trouble.
    const QString &trouble() const { return m_trouble; }
    /// Seconds until an unscanned request is replaced (0 when not Ready).
    int secondsUntilRenewal() const;
    /// From the verifier recording "verified" (its lastUpdated) to this kiosk showing the
    /// outcome, for the last verified answer; -1 before the first.
    qint64 lastVerifiedLatencyMs() const { return m_verifiedLatencyMs; }
    int requestsCreated() const { return m_requestsCreated; }
    /// Whether the kiosk has read the current request itself (it can then check an answer).
    bool knowsRequest() const { return m_expected.has_value(); }

    /// Whether the kiosk reads codes people show its camera (mode scan or both).
    bool scans() const { return m_scan != nullptr; }
    /// Whether it shows an auth request's QR code (mode show or both).
    bool showsRequests() const { return m_config.mode != KioskConfig::Mode::ScanQr; }
    /// In State Checking: whether it checks a code shown to the camera (not an answer).
    bool checksShownCode() const { return m_state == State::Checking && !m_request; }
    /// The shown result is a refused answer, and the person's request is still open.
    bool awaitsAnotherAnswer() const { return m_refusedFrom.has_value(); }

    void start();
    void stop();
    /// A tap on the result screen: the next person at once.
    void resetNow();
    /// A text read from a code held up to the camera. Taken only while Ready and when not a
    /// repeat of the last one (KioskConfig::scanRepeatSeconds after its result left the
    /// screen); returns whether it was taken (the camera then waits until Ready again).
    bool offerScanned(const QString &text);
    /// Tests: a shorter deadline for checking a shown code.
    void setScanDeadlineMs(int ms) { m_scanDeadline.setInterval(ms); }

signals:
    void stateChanged(vcdesk::KioskController::State state);
    void linkChanged(const QString &link);
    /// An outcome to keep in the verification log.
    void logEntry(const vcdesk::KioskLogEntry &entry);
    /// A code held up was not taken because it holds no credential (a wallet's request link,
    /// unreadable text): the sentence for the camera's status line. Nothing else changes.
    void codeIgnored(const QString &sentence);

private:
    /// A new auth request, and the Bearer token it took when the old one was refused.
    struct Created
    {
        VerifierApiClient::AuthRequest request;
        QByteArray freshToken;
    };

    void requestNew();
    void adopt(const VerifierApiClient::AuthRequest &request);
    void onTransition(const AuthStatus &status);
    void onVerified(const AuthStatus &status);
    void onPollFailed(const QString &code, const QString &message);
    void onAnswerRefused(const AuthStatus &status);
    void onScanned(const Outcome &outcome);
    void showOutcome(Outcome outcome, const QString &logOutcome);
    void readRequestObject();
    void finish(Outcome outcome);
    void enterTrouble(const QString &message);
    void leaveTrouble();
    void setState(State state);
    void scheduleRetry();
    VerifierApiClient client() const;
    NetworkPolicy policy() const;
    KioskLogEntry entryFor(const Outcome &outcome, const QString &logOutcome) const;
    void dropPoller();

    KioskConfig m_config;
    State m_state = State::Starting;
    State m_stateBeforeTrouble = State::Starting;
    QString m_link;
    QString m_trouble;
    Outcome m_outcome;
    std::optional<VerifierApiClient::AuthRequest> m_request;
    std::optional<ExpectedPresentation> m_expected;
    QString m_expectedProblem;
    AuthStatusPoller *m_poller = nullptr;
    KioskScanVerifier *m_scan = nullptr;
    /// While a refused answer shows: the state to go back to on the same request.
    std::optional<State> m_refusedFrom;
    QPointer<ActivityBase> m_creating;
    QPointer<ActivityBase> m_reading;
    QPointer<ActivityBase> m_checking;
    QTimer m_renewTimer;
    QTimer m_resetTimer;
    QTimer m_retryTimer;
    QTimer m_scanDeadline;
    int m_retryDelayMs = 0;
    int m_requestsCreated = 0;
    quint64 m_generation = 0; // one per request adopted
    qint64 m_verifiedLatencyMs = -1;
    bool m_running = false;
};

} // namespace vcdesk
