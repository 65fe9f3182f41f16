#include "models/KioskController.h"

#include "core/api/AuthStatusPoller.h"
#include "core/common/Activity.h"
#include "core/did/MultiMethodDidResolver.h"
#include "core/kiosk/PresentationRecheck.h"
#include "core/kiosk/ScannedText.h"
#include "core/kiosk/ShownClaims.h"
#include "core/oid4vp/AuthorizationRequestUri.h"
#include "core/oid4vp/RequestResolver.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "models/KioskScanVerifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace vcdesk {

namespace {

constexpr int kFirstRetryMs = 1000;
constexpr int kMaxRetryMs = 15000;

/// The subject claims of a verified credential: a JWT-VC's credentialSubject sits at
/// vc.credentialSubject in its claims, an SD-JWT VC's are the claims themselves.
QJsonObject subjectClaims(const QJsonObject &claims)
{
    const QJsonObject subject = claims.value(QStringLiteral("vc"))
                                    .toObject()
                                    .value(QStringLiteral("credentialSubject"))
                                    .toObject();
    if (!subject.isEmpty())
        return subject;
    const QJsonObject direct = claims.value(QStringLiteral("credentialSubject")).toObject();
    return direct.isEmpty() ? claims : direct;
}

} // namespace

KioskController::KioskController(KioskConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    for (QTimer *timer : {&m_renewTimer, &m_resetTimer, &m_retryTimer, &m_scanDeadline})
        timer->setSingleShot(true);
    m_scanDeadline.setInterval(kScanDeadlineMs);
    connect(&m_scanDeadline, &QTimer::timeout, this, [this] {
        if (!checksShownCode())
            return;
        m_scan->cancel();
        Outcome outcome;
        outcome.title = tr("Not verified");
        outcome.code = QStringLiteral("kiosk.scan.too_slow");
        outcome.reason = tr("It could not be checked in time: a service it needs did not answer.");
        outcome.shownNotPresented = true;
        showOutcome(outcome, QStringLiteral("not_verified"));
    });
    connect(&m_renewTimer, &QTimer::timeout, this, [this] {
        // Only a request nobody has scanned is replaced.
        if (m_state == State::Ready)
            requestNew();
    });
    connect(&m_resetTimer, &QTimer::timeout, this, &KioskController::resetNow);
    connect(&m_retryTimer, &QTimer::timeout, this, &KioskController::requestNew);
    if (m_config.mode != KioskConfig::Mode::ShowQr) {
        m_scan = new KioskScanVerifier(KioskScanVerifier::settingsFor(m_config), this);
        connect(m_scan, &KioskScanVerifier::finished, this, &KioskController::onScanned);
    }
}

KioskController::~KioskController()
{
    stop();
}

int KioskController::secondsUntilRenewal() const
{
    return m_state == State::Ready && m_renewTimer.isActive()
               ? (m_renewTimer.remainingTime() + 999) / 1000
               : 0;
}

void KioskController::start()
{
    m_running = true;
    m_retryDelayMs = 0;
    if (!showsRequests()) {
        setState(State::Ready); // the camera waits; there is no request to ask for
        return;
    }
    setState(State::Starting);
    requestNew();
}

void KioskController::stop()
{
    m_running = false;
    for (QTimer *timer : {&m_renewTimer, &m_resetTimer, &m_retryTimer, &m_scanDeadline})
        timer->stop();
    for (ActivityBase *activity : {m_creating.data(), m_reading.data(), m_checking.data()})
        if (activity)
            activity->cancel();
    if (m_scan)
        m_scan->cancel();
    m_refusedFrom.reset();
    dropPoller();
}

void KioskController::dropPoller()
{
    // It may be the sender of the signal being handled: deleted once that returns.
    if (m_poller) {
        m_poller->disconnect(this);
        m_poller->cancel();
        m_poller->deleteLater();
        m_poller = nullptr;
    }
}

void KioskController::resetNow()
{
    if (!m_running || (m_state != State::Verified && m_state != State::NotVerified))
        return;
    m_resetTimer.stop();
    if (m_scan)
        m_scan->restartRepeatWindow();
    if (m_refusedFrom && m_poller) {
        // Back to the same request: the person whose answer was refused may answer again.
        const State back = *m_refusedFrom;
        m_refusedFrom.reset();
        if (back == State::Ready && !m_renewTimer.isActive())
            m_renewTimer.start(m_config.renewSeconds * 1000);
        setState(back);
        return;
    }
    m_refusedFrom.reset();
    if (!showsRequests()) {
        setState(State::Ready);
        return;
    }
    setState(State::Starting);
    requestNew();
}

bool KioskController::offerScanned(const QString &text)
{
    if (!m_scan || !m_running || m_state != State::Ready)
        return false;
    // Cheap and pure: what holds no credential never costs the shown request.
    if (auto read = ScannedText::read(text.toUtf8()); !read) {
        emit codeIgnored(read.error().message);
        return false;
    }
    if (!m_scan->offer(text))
        return false; // the code whose result was just shown, still held up
    // The shown request is dropped: a fresh one follows the scanned code's result.
    m_renewTimer.stop();
    dropPoller();
    ++m_generation;
    if (m_reading)
        m_reading->cancel();
    m_reading = nullptr;
    m_request.reset();
    m_expected.reset();
    setState(State::Checking);
    m_scanDeadline.start();
    return true;
}

void KioskController::onScanned(const Outcome &outcome)
{
    if (!checksShownCode())
        return;
    m_scanDeadline.stop();
    showOutcome(outcome, outcome.verified ? QStringLiteral("shown_verified")
                                          : QStringLiteral("not_verified"));
}

NetworkPolicy KioskController::policy() const
{
    NetworkPolicy policy;
    policy.allowLoopbackHttp = m_config.allowLoopbackHttp;
    return policy;
}

VerifierApiClient KioskController::client() const
{
    return VerifierApiClient(m_config.verifierUrl, m_config.bearerToken, policy());
}

void KioskController::requestNew()
{
    if (!m_running || m_creating)
        return;
    m_retryTimer.stop();
    auto *creating = new Activity<Created>(this);
    m_creating = creating;
    connect(creating, &ActivityBase::finished, this, [this, creating] {
        creating->deleteLater();
        if (!m_running)
            return;
        const auto created = creating->result();
        if (created && !created->freshToken.isEmpty())
            m_config.bearerToken = created->freshToken;
        // Not while someone answers, a shown code is checked or a result shows: resetNow()
        // asks again (a late retry must never replace a request a person has scanned).
        if (m_state == State::Scanned || m_state == State::Received || m_state == State::Checking ||
            m_state == State::Verified || m_state == State::NotVerified)
            return;
        if (!created) {
            if (m_state == State::Ready && m_link.size() > 0 && m_renewTimer.isActive())
                return; // the shown code is still good: try again at the next renewal
            enterTrouble(created.error().message);
            scheduleRetry();
            return;
        }
        m_retryDelayMs = 0;
        adopt(created->request);
    });
    creating->start(
        [client = client(), definition = m_config.definitionId,
         apiKey = m_config.tokenApiKey](const ActivityBase::Context &) mutable -> Result<Created> {
            auto created = client.createAuthRequest(definition);
            // The sandbox's tokens live an hour; a kiosk runs all day: a fresh one when refused.
            if (!created && created.error().httpStatus == 401 && !apiKey.isEmpty()) {
                auto token = client.requestToken(apiKey);
                if (!token)
                    return token.error();
                created = client.createAuthRequest(definition);
                if (!created)
                    return created.error();
                return Created{created.value(), token.value()};
            }
            if (!created)
                return created.error();
            return Created{created.value(), {}};
        });
}

void KioskController::scheduleRetry()
{
    m_retryDelayMs = m_retryDelayMs == 0 ? kFirstRetryMs : qMin(kMaxRetryMs, m_retryDelayMs * 2);
    m_retryTimer.start(m_retryDelayMs);
}

void KioskController::adopt(const VerifierApiClient::AuthRequest &request)
{
    ++m_requestsCreated;
    ++m_generation; // whatever still runs for the previous request is dropped when it ends
    if (m_reading)
        m_reading->cancel();
    m_reading = nullptr;
    m_request = request;
    m_expected.reset();
    m_expectedProblem.clear();
    m_link = request.authRequestUri;
    dropPoller();
    AuthStatusPoller::Timing timing;
    timing.initialIntervalMs = m_config.pollIntervalMs;
    timing.maxIntervalMs = m_config.pollMaxIntervalMs;
    // Past renewal the request is replaced; a scanned one may take the person a while.
    timing.deadlineMs = 30 * 60 * 1000;
    m_poller = new AuthStatusPoller(client(), timing, this);
    connect(m_poller, &AuthStatusPoller::transition, this, &KioskController::onTransition);
    connect(m_poller, &AuthStatusPoller::verified, this, &KioskController::onVerified);
    connect(m_poller, &AuthStatusPoller::failed, this, &KioskController::onPollFailed);
    connect(m_poller, &AuthStatusPoller::answerRefused, this, &KioskController::onAnswerRefused);
    connect(m_poller, &AuthStatusPoller::connectionTrouble, this, &KioskController::enterTrouble);
    connect(m_poller, &AuthStatusPoller::connectionRestored, this, &KioskController::leaveTrouble);
    m_poller->start(request.correlationId, request.definitionId);
    m_renewTimer.start(m_config.renewSeconds * 1000);
    m_trouble.clear();
    emit linkChanged(m_link);
    setState(State::Ready);
}

void KioskController::onTransition(const AuthStatus &status)
{
    if (status.state == AuthStatus::State::Sent || status.state == AuthStatus::State::Received) {
        m_renewTimer.stop();
        if (!m_expected && !m_reading)
            readRequestObject();
        const State next =
            status.state == AuthStatus::State::Sent ? State::Scanned : State::Received;
        if (m_refusedFrom) {
            if (next == State::Received) { // the person answers again: leave the refusal
                m_refusedFrom.reset();
                m_resetTimer.stop();
                setState(next);
            } else {
                m_refusedFrom = next;
            }
        } else if (m_state == State::Trouble)
            m_stateBeforeTrouble = next;
        else
            setState(next);
    }
}

void KioskController::readRequestObject()
{
    auto *reading = new Activity<ExpectedPresentation>(this);
    m_reading = reading;
    connect(reading, &ActivityBase::finished, this, [this, reading, generation = m_generation] {
        reading->deleteLater();
        if (generation != m_generation)
            return;
        const auto expected = reading->result();
        if (expected)
            m_expected = expected.value();
        else
            m_expectedProblem = expected.error().message;
    });
    const QString link = m_link;
    const NetworkPolicy policy = this->policy();
    const KioskConfig config = m_config;
    reading->start(
        [link, policy, config](const ActivityBase::Context &) -> Result<ExpectedPresentation> {
            auto uri = AuthorizationRequestUri::parse(link);
            if (!uri)
                return uri.error();
            RequestResolver::Options options;
            options.policy = policy;
            options.trust.didResolver = MultiMethodDidResolver::createDefault(policy);
            auto request = RequestResolver::resolve(uri.value(), options);
            if (!request)
                return request.error();
            InspectOptionsBuilder builder;
            builder.allowLoopbackHttp(config.allowLoopbackHttp)
                .cache(InspectOptionsBuilder::Cache::InMemory);
            if (!config.trustListPath.isEmpty())
                builder.trustList(config.trustListPath);
            auto inspect = builder.build();
            if (!inspect)
                return inspect.error();
            return PresentationRecheck::expectedFrom(request.value(), inspect.value());
        });
}

void KioskController::onVerified(const AuthStatus &status)
{
    m_refusedFrom.reset();
    m_resetTimer.stop();
    setState(State::Checking);
    const qint64 recordedMs = status.lastUpdatedMs;
    auto check = [this, status, recordedMs] {
        if (!m_expected) {
            Outcome outcome;
            outcome.title = tr("Not verified");
            outcome.code = QStringLiteral("kiosk.not_confirmed");
            outcome.notConfirmed = true;
            outcome.reason =
                tr("Verified by the service, not confirmed here: the kiosk could not read the "
                   "request this answer was for (%1).")
                    .arg(m_expectedProblem.isEmpty() ? tr("it was answered before the kiosk "
                                                          "saw it scanned")
                                                     : m_expectedProblem);
            finish(outcome);
            return;
        }
        auto *checking = new Activity<VerifiedPresentation>(this);
        m_checking = checking;
        connect(checking, &ActivityBase::finished, this,
                [this, checking, recordedMs, generation = m_generation] {
                    checking->deleteLater();
                    if (generation != m_generation)
                        return;
                    const auto verified = checking->result();
                    Outcome outcome;
                    if (!verified) {
                        outcome.title = tr("Not verified");
                        outcome.code = verified.error().code;
                        outcome.notConfirmed = true;
                        outcome.possiblyCopied =
                            verified.error().code == QLatin1String("kiosk.possibly_copied");
                        outcome.reason = tr("Verified by the service, not confirmed here: %1")
                                             .arg(verified.error().message);
                        finish(outcome);
                        return;
                    }
                    outcome.verified = true;
                    outcome.title = tr("Verified");
                    const PresentedCredential &first = verified->credentials.first();
                    outcome.issuer = first.inspection.issuer;
                    outcome.issuerName = first.inspection.issuerName;
                    for (const CheckResult &check : first.inspection.report.checks())
                        outcome.checks.append(QJsonObject{
                            {QStringLiteral("name"), check.name},
                            {QStringLiteral("outcome"), CheckResult::outcomeName(check.outcome)}});
                    for (const ShownClaims::Line &line :
                         ShownClaims::pick(subjectClaims(first.claims), m_config.shownClaims))
                        outcome.claims << ShownClaim{line.label, line.value};
                    if (recordedMs > 0)
                        m_verifiedLatencyMs = QDateTime::currentMSecsSinceEpoch() - recordedMs;
                    finish(outcome);
                });
        const ExpectedPresentation expected = *m_expected;
        const KioskConfig config = m_config;
        checking->start([expected, status,
                         config](const ActivityBase::Context &) -> Result<VerifiedPresentation> {
            InspectOptionsBuilder builder;
            builder.allowLoopbackHttp(config.allowLoopbackHttp)
                .cache(InspectOptionsBuilder::Cache::InMemory);
            if (!config.trustListPath.isEmpty())
                builder.trustList(config.trustListPath);
            auto options = builder.build();
            if (!options)
                return options.error();
            auto verified = PresentationRecheck::verify(expected, status, options.value());
            if (verified && verified->credentials.isEmpty())
                return Error{QStringLiteral("kiosk.no_payload"),
                             PresentationRecheck::tr("the answer holds no credential")};
            return verified;
        });
    };
    // A request object still being read: decide when it is in.
    if (m_reading)
        connect(m_reading, &ActivityBase::finished, this, check, Qt::SingleShotConnection);
    else
        check();
}

void KioskController::onAnswerRefused(const AuthStatus &status)
{
    Outcome outcome;
    outcome.title = tr("Not verified");
    outcome.code = QStringLiteral("kiosk.refused");
    // A wallet's own error code (OpenID4VP section 8.5) in words; anything else is the
    // verifier's sentence.
    static const QRegularExpression declined(QStringLiteral("(^|\\s)access_denied$"));
    if (declined.match(status.error).hasMatch())
        outcome.reason = tr("The holder declined to share.");
    else if (status.error.isEmpty())
        outcome.reason = tr("The verifier refused the answer.");
    else
        outcome.reason = tr("The verifier refused the answer: %1").arg(status.error);
    // Noise cannot end a request (anyone who saw the code may post to it): the refusal is
    // shown and logged, then the kiosk waits on the same request for the person's answer.
    outcome.note = tr("The request stays open: the same person can answer again.");
    const State at = m_state == State::Trouble ? m_stateBeforeTrouble : m_state;
    // Shown only to someone answering (the code scanned); otherwise, or while another
    // result shows, it is only logged: a stranger posting noise gets no screen for it.
    if (m_refusedFrom) {
        m_outcome = outcome; // one after the other: the newest, without a longer red screen
        emit logEntry(entryFor(outcome, QStringLiteral("refused")));
        emit stateChanged(m_state);
        return;
    }
    if (at != State::Scanned && at != State::Received) {
        emit logEntry(entryFor(outcome, QStringLiteral("refused")));
        return;
    }
    m_refusedFrom = at;
    m_trouble.clear();
    showOutcome(outcome, QStringLiteral("refused"));
}

void KioskController::onPollFailed(const QString &code, const QString &message)
{
    if (m_refusedFrom) {
        // The request ended (expired) while its refusal shows: a new one follows the reset.
        m_refusedFrom.reset();
        dropPoller();
        m_outcome.note = tr("This request has ended; a new one follows.");
        emit stateChanged(m_state); // the screen says so
        return;
    }
    if (m_state == State::Ready ||
        (m_state == State::Trouble && m_stateBeforeTrouble == State::Ready)) {
        // Nobody was answering it (it expired, or the service forgot it): a fresh code.
        requestNew();
        return;
    }
    Outcome outcome;
    outcome.title = tr("Not verified");
    outcome.code = code;
    outcome.reason = message;
    finish(outcome);
}

void KioskController::finish(Outcome outcome)
{
    m_renewTimer.stop();
    dropPoller();
    m_refusedFrom.reset();
    const QString logged = outcome.verified       ? QStringLiteral("verified")
                           : outcome.notConfirmed ? QStringLiteral("not_confirmed")
                                                  : QStringLiteral("not_verified");
    showOutcome(std::move(outcome), logged);
}

void KioskController::showOutcome(Outcome outcome, const QString &logOutcome)
{
    m_outcome = std::move(outcome);
    emit logEntry(entryFor(m_outcome, logOutcome));
    setState(m_outcome.verified ? State::Verified : State::NotVerified);
    m_resetTimer.start(m_config.resetSeconds * 1000);
}

KioskLogEntry KioskController::entryFor(const Outcome &outcome, const QString &logOutcome) const
{
    KioskLogEntry entry;
    entry.uid = KioskLogEntry::newUid(m_config.station);
    entry.atMs = QDateTime::currentMSecsSinceEpoch();
    entry.station = m_config.station;
    // A code shown to the camera answered no request.
    entry.definitionId = outcome.shownNotPresented ? QString() : m_config.definitionId;
    entry.outcome = logOutcome;
    entry.code = outcome.code;
    entry.reason = outcome.reason;
    entry.checks = outcome.checks;
    entry.issuer = outcome.issuer;
    entry.issuerName = outcome.issuerName;
    if (m_config.logClaims)
        for (const ShownClaim &claim : outcome.claims)
            entry.claims.insert(claim.label, claim.value);
    return entry;
}

void KioskController::enterTrouble(const QString &message)
{
    m_trouble = message;
    if (m_refusedFrom) { // leave the refusal: back where it was once the verifier answers
        m_stateBeforeTrouble = *m_refusedFrom;
        m_refusedFrom.reset();
        m_resetTimer.stop();
        setState(State::Trouble);
        return;
    }
    if (m_state != State::Trouble) {
        m_stateBeforeTrouble = m_state;
        setState(State::Trouble);
    }
}

void KioskController::leaveTrouble()
{
    if (m_state == State::Trouble)
        setState(m_stateBeforeTrouble == State::Starting ? State::Ready : m_stateBeforeTrouble);
    m_trouble.clear();
}

void KioskController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace vcdesk
