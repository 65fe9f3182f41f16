#include "models/PresentController.h"

#include "core/did/MultiMethodDidResolver.h"
#include "core/oid4vci/CredentialOfferLink.h"
#include "core/oid4vp/AuthorizationRequestUri.h"
#include "core/oid4vp/PresentationFlow.h"
#include "models/ConsentChoices.h"
#include "models/QrImageReader.h"
#include "models/ServiceSentence.h"
#include "models/WalletSession.h"

namespace vcdesk {

namespace {

QString verifierName(const VerifierIdentity &who)
{
    if (!who.trustName.isEmpty())
        return who.trustName;
    return who.clientId;
}

} // namespace

PresentController::PresentController(WalletSession &session, qint64 profileId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profileId(profileId)
    , m_choices(new ConsentChoices(this))
{
    // A lock ends whatever is open: nothing of the wallet stays on screen, nothing is sent.
    connect(&session, &WalletSession::locked, this, &PresentController::reset);
}

PresentController::~PresentController() = default;

void PresentController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PresentController::start(const QString &link)
{
    if (m_state != State::Idle && m_state != State::Reading && m_state != State::Done)
        return;
    const QString text = link.trimmed();
    if (text.isEmpty()) {
        setState(State::Idle);
        emit failed(tr("Paste or type the link the verifier shows you."));
        return;
    }
    if (CredentialOfferLink::looksLikeOffer(text)) {
        setState(State::Idle);
        emit offerGiven(text);
        return;
    }
    if (auto parsed = AuthorizationRequestUri::parse(text); !parsed) {
        setState(State::Idle);
        emit failed(tr("This is not a presentation request: %1").arg(parsed.error().message));
        return;
    }
    m_link = text;
    RequestResolver::Options options;
    options.policy = m_policy;
    options.trust.didResolver = MultiMethodDidResolver::createDefault(m_policy);
    delete m_flow;
    m_flow = m_session.presentation(m_profileId, std::move(options), this);
    m_flow->setTrustListPath(m_trustListPath);
    m_declined = false;
    m_outcome = {};
    connect(m_flow, &PresentationFlow::progress, this, &PresentController::progress);
    connect(m_flow, &PresentationFlow::consentNeeded, this, [this] {
        m_choices->reset(m_flow->consent());
        setState(State::AwaitingConsent);
        emit consentNeeded();
    });
    connect(m_flow, &PresentationFlow::finished, this, &PresentController::finish);
    setState(State::Opening);
    emit progress(tr("Reading the verifier's request"));
    m_flow->open(text);
}

void PresentController::startFromImageFile(const QString &path)
{
    readQr([path] { return QrImageReader::readFile(path); });
}

void PresentController::startFromImage(const QImage &image)
{
    readQr([image] { return QrImageReader::read(image); });
}

void PresentController::readQr(std::function<Result<QStringList>()> read)
{
    if (m_state != State::Idle && m_state != State::Done)
        return;
    setState(State::Reading);
    emit progress(tr("Looking for a QR code"));
    auto *reading = new Activity<QString>(this);
    m_reading = reading;
    reading->start([read](const ActivityBase::Context &) -> Result<QString> {
        auto texts = read();
        if (!texts)
            return texts.error();
        // A picture may hold other codes too (a web page's own links): take the first request.
        for (const QString &text : texts.value())
            if (AuthorizationRequestUri::parse(text) || CredentialOfferLink::looksLikeOffer(text))
                return text;
        return Error{QStringLiteral("qr.not_a_request"),
                     tr("The QR code holds no presentation request or credential offer.")};
    });
    connect(reading, &ActivityBase::finished, this, [this, reading] {
        reading->deleteLater();
        if (m_state != State::Reading)
            return;
        if (!reading->result()) {
            setState(State::Idle);
            if (reading->result().error().code != QLatin1String("activity.cancelled"))
                emit failed(reading->result().error().message);
            return;
        }
        start(reading->result().value());
    });
}

void PresentController::share()
{
    if (m_state != State::AwaitingConsent || !m_flow || !m_choices->canShare())
        return;
    setState(State::Sending);
    m_flow->present(m_choices->selection(), m_choices->withheld());
}

void PresentController::decline()
{
    if (m_state != State::AwaitingConsent || !m_flow)
        return;
    m_declined = true;
    setState(State::Sending);
    // ASCII for the verifier's developers (RFC 6749 §5.2), so not translated.
    m_flow->decline(QStringLiteral("the holder declined"));
}

void PresentController::cancel()
{
    if (m_state == State::Reading && m_reading) {
        m_reading->cancel();
        setState(State::Idle);
        return;
    }
    if (m_flow && m_state != State::Done)
        m_flow->cancel();
}

void PresentController::reset()
{
    if (m_reading)
        m_reading->cancel();
    delete m_flow; // cancels what runs; its finished() never arrives
    m_choices->reset({});
    m_outcome = {};
    m_link.clear();
    setState(State::Idle);
}

void PresentController::finish()
{
    auto answer = m_flow->answer();
    const QString who = verifierName(m_flow->consent().verifier);
    Outcome outcome;
    if (answer) {
        outcome.redirect = answer->redirectUri;
        if (m_declined) {
            outcome.kind = Outcome::Kind::Declined;
            outcome.title = tr("Declined");
            outcome.text = tr("You declined; %1 was told no. Nothing left your wallet.").arg(who);
        } else {
            outcome.kind = Outcome::Kind::Shared;
            outcome.title = tr("Shared");
            outcome.text = tr("%1 received your answer and accepted it.").arg(who);
            outcome.claims = m_choices->leaving();
        }
    } else {
        outcome.error = answer.error();
        const QString code = answer.error().code;
        if (code == QLatin1String("activity.cancelled")) {
            outcome.kind = Outcome::Kind::Cancelled;
            outcome.title = tr("Cancelled");
            outcome.text = m_state == State::Sending
                               ? tr("Stopped while sending: the verifier may or may not have "
                                    "received your answer.")
                               : tr("Nothing was sent to the verifier.");
        } else if (code == QLatin1String("oid4vp.response_refused") &&
                   answer.error().httpStatus >= 400) {
            outcome.kind = Outcome::Kind::Refused;
            outcome.title = tr("Refused by the verifier");
            const Error &error = answer.error();
            outcome.text =
                tr("%1 did not accept your answer: %2. Your wallet is unchanged.")
                    .arg(who, error.serverMessage.isEmpty() ? error.message : error.serverMessage);
        } else {
            outcome.kind = Outcome::Kind::Failed;
            outcome.title =
                m_state == State::Opening ? tr("Cannot use this request") : tr("Not sent");
            outcome.text =
                m_state == State::Opening
                    ? tr("%1. Nothing was sent; check the link or ask the verifier for a new one.")
                          .arg(ServiceSentence::asSentence(answer.error().message))
                    : tr("%1. Your wallet is unchanged; try again.")
                          .arg(ServiceSentence::asSentence(answer.error().message));
        }
    }
    if (!m_flow->historyProblem().isEmpty())
        outcome.text +=
            QLatin1Char(' ') + tr("It could not be kept in your presentation history: %1.")
                                   .arg(m_flow->historyProblem());
    m_outcome = outcome;
    setState(State::Done);
    emit finished();
}

} // namespace vcdesk
