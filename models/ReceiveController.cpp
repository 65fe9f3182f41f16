#include "models/ReceiveController.h"

#include "core/common/DisplayText.h"

#include "core/common/Activity.h"
#include "core/oid4vci/CredentialOfferLink.h"
#include "core/store/Wallet.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "models/ServiceSentence.h"
#include "models/WalletSession.h"

#include <QFileInfo>

namespace vcdesk {

namespace {

const QString kCancelled = QStringLiteral("activity.cancelled");

} // namespace

ReceiveController::ReceiveController(WalletSession &session, qint64 profileId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profileId(profileId)
{
    // A lock ends whatever is open: nothing is received into a wallet nobody has unlocked.
    connect(&session, &WalletSession::locked, this, &ReceiveController::reset);
}

ReceiveController::~ReceiveController() = default;

const ResolvedOffer &ReceiveController::offer() const
{
    static const ResolvedOffer none;
    return m_issuance ? m_issuance->offer() : none;
}

bool ReceiveController::needsTransactionCode() const
{
    return m_issuance && m_issuance->needsTransactionCode();
}

bool ReceiveController::needsSignIn() const
{
    return m_issuance && m_issuance->needsSignIn();
}

void ReceiveController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ReceiveController::start(const QString &link)
{
    if (m_state != State::Idle && m_state != State::Done)
        return;
    const QString text = link.trimmed();
    if (auto parsed = CredentialOfferLink::parse(text); !parsed) {
        setState(State::Idle);
        emit failed(ServiceSentence::asSentence(parsed.error().message) + QLatin1Char('.'));
        return;
    }
    m_outcome = {};
    m_received.clear();
    m_signInUrl.clear();
    auto issuance = std::make_shared<IssuanceSession>(m_policy, m_languages);
    m_issuance = issuance;
    auto *opening = new Activity<bool>(this);
    m_running = opening;
    setState(State::Opening);
    emit progress(tr("Reading the issuer's offer"));
    opening->start([issuance, text](const ActivityBase::Context &) -> Result<bool> {
        if (auto opened = issuance->open(text); !opened)
            return opened.error();
        return true;
    });
    connect(opening, &ActivityBase::finished, this, [this, opening, issuance] {
        opening->deleteLater();
        if (m_issuance != issuance)
            return; // reset() or another start() since
        if (!opening->result()) {
            fail(opening->result().error());
            return;
        }
        setState(State::AwaitingConsent);
        emit consentNeeded();
    });
}

void ReceiveController::accept(const QString &transactionCode, const QString &keyDid)
{
    if (m_state != State::AwaitingConsent || !m_issuance)
        return;
    // A typo is said here, before anything is sent: the offer's code has one chance.
    if (needsTransactionCode())
        if (auto fits = offer().offer.preAuthorized()->transactionCode->check(transactionCode);
            !fits) {
            emit failed(fits.error().message);
            return;
        }
    setState(State::Receiving);
    emit progress(tr("Opening your key"));
    const qint64 profileId = m_profileId;
    const auto issuance = m_issuance;
    auto *loading = m_session.read<HolderKeyring::Signer>(
        [profileId, keyDid,
         issuance](Wallet &wallet, const ActivityBase::Context &) -> Result<HolderKeyring::Signer> {
            auto keys = HolderKeyring::load(wallet.keys(), profileId);
            if (!keys)
                return keys.error();
            const HolderKeyring::Signer *signer =
                keyDid.isEmpty() ? keys->defaultSigner() : keys->forDid(keyDid);
            if (!signer)
                return Error{QStringLiteral("vci.no_key"),
                             keyDid.isEmpty()
                                 ? tr("the profile has no key to bind the credentials to")
                                 : tr("the key %1 is no longer in this profile: choose another")
                                       .arg(DisplayText::escape(keyDid, 120))};
            // Before anything is sent: the person may still choose another key.
            if (auto usable = issuance->checkKey(*signer); !usable)
                return usable.error();
            return *signer;
        });
    m_running = loading;
    m_codeSent = false;
    // Parented to the session: deleted even when this controller is gone first.
    connect(loading, &ActivityBase::finished, loading, &QObject::deleteLater);
    connect(loading, &ActivityBase::finished, this, [this, loading, issuance, transactionCode] {
        if (m_issuance != issuance || m_state != State::Receiving)
            return;
        // Opening a key does not look at the cancel: a cancel asked meanwhile still counts,
        // before anything is sent to the issuer.
        if (loading->isCancelRequested()) {
            fail(Error{kCancelled, tr("cancelled")});
            return;
        }
        if (!loading->result()) {
            // Nothing was sent: the offer stays open, for another key or another try.
            setState(State::AwaitingConsent);
            emit failed(loading->result().error().message);
            return;
        }
        receiveWith(loading->result().value(), transactionCode);
    });
}

void ReceiveController::receiveWith(const HolderKeyring::Signer &signer,
                                    const QString &transactionCode)
{
    const auto issuance = m_issuance;
    if (!m_clientId.isEmpty())
        issuance->setClientId(m_clientId); // before the worker starts: nothing reads it yet
    auto *receiving = new Activity<QList<ReceivedCredential>>(this);
    m_running = receiving;
    // From here on the offer's code may be spent; a sign-in's code only once it came back.
    m_codeSent = !issuance->needsSignIn();
    m_signInStarted = false;
    connect(receiving, &ActivityBase::progress, this, [this, issuance](const QString &step) {
        if (m_issuance == issuance)
            emit progress(step);
    });
    const QString trustList = m_trustListPath;
    const bool loopback = m_policy.allowLoopbackHttp;
    receiving->start(
        [issuance, signer, transactionCode, trustList,
         loopback](const ActivityBase::Context &context) -> Result<QList<ReceivedCredential>> {
            InspectOptionsBuilder builder;
            builder.cache(InspectOptionsBuilder::Cache::InMemory).allowLoopbackHttp(loopback);
            // A list that does not exist yet is an empty one (a new installation); one that
            // exists but cannot be read fails the check, as everywhere.
            if (!trustList.isEmpty() && QFileInfo::exists(trustList))
                builder.trustList(trustList);
            auto inspect = builder.build();
            if (!inspect)
                return inspect.error();
            if (issuance->needsSignIn()) {
                const auto openBrowser = [&context](const QUrl &url,
                                                    const QDateTime &expiresAt) -> Status {
                    context.notice(QStringLiteral("signInUrl"),
                                   QVariantMap{{QStringLiteral("url"), url},
                                               {QStringLiteral("expiresAt"), expiresAt}});
                    return {};
                };
                const auto pageRefused = [&context](const QString &why) {
                    context.notice(QStringLiteral("signInPageRefused"), why);
                };
                if (auto signedIn = issuance->signIn(openBrowser, context.report, pageRefused);
                    !signedIn)
                    return signedIn.error();
                context.notice(QStringLiteral("signedIn"), {});
            }
            return issuance->receive(transactionCode, signer, inspect.value(), context.report);
        });
    connect(receiving, &ActivityBase::noticed, this,
            [this, issuance](const QString &kind, const QVariant &value) {
                if (m_issuance != issuance)
                    return;
                if (kind == QLatin1String("signedIn")) {
                    m_codeSent = true;
                    emit signedIn();
                } else if (kind == QLatin1String("signInPageRefused")) {
                    emit signInPageRefused(value.toString());
                } else if (kind == QLatin1String("signInUrl")) {
                    const QVariantMap page = value.toMap();
                    m_signInUrl = page.value(QStringLiteral("url")).toUrl();
                    m_signInStarted = true;
                    emit signInRequested(m_signInUrl,
                                         page.value(QStringLiteral("expiresAt")).toDateTime());
                }
            });
    connect(receiving, &ActivityBase::finished, this, [this, receiving, issuance] {
        receiving->deleteLater();
        if (m_issuance != issuance)
            return;
        if (!receiving->result()) {
            fail(receiving->result().error()); // the issuer was told credential_failure
            return;
        }
        m_received = receiving->result().value();
        const bool allGood =
            std::all_of(m_received.cbegin(), m_received.cend(),
                        [](const ReceivedCredential &c) { return c.problem.code.isEmpty(); });
        if (allGood) {
            store();
            return;
        }
        setState(State::AwaitingDecision);
        emit decisionNeeded();
    });
}

bool ReceiveController::canKeepAnyway() const
{
    // Only a credential that does not verify may be kept, as not valid. One bound to someone
    // else, or other than what was agreed to, would verify: keeping it would show it valid.
    return m_state == State::AwaitingDecision &&
           std::all_of(m_received.cbegin(), m_received.cend(), [](const ReceivedCredential &c) {
               return c.problem.code.isEmpty() ||
                      c.problem.code == QLatin1String("vci.credential_not_valid");
           });
}

void ReceiveController::keepAnyway()
{
    if (canKeepAnyway())
        store();
}

void ReceiveController::discard()
{
    if (m_state != State::AwaitingDecision)
        return;
    Outcome outcome;
    outcome.kind = Outcome::Kind::Discarded;
    outcome.title = tr("Not kept");
    outcome.text = tr("Nothing from this offer was stored; the issuer was told.");
    end(outcome, QStringLiteral("credential_deleted"));
}

void ReceiveController::store()
{
    // Kept as they are: a credential the person keeps although it is not valid keeps its
    // verdict, and the window shows it as not valid.
    setState(State::Storing);
    emit progress(tr("Storing in your wallet"));
    QList<CredentialRecord> records;
    for (const ReceivedCredential &credential : std::as_const(m_received))
        records << credential.record;
    const qint64 profileId = m_profileId;
    auto *storing = m_session.write<QList<qint64>>(
        [records, profileId](Wallet &wallet,
                             const ActivityBase::Context &) -> Result<QList<qint64>> {
            auto done = wallet.credentials().addMany(profileId, records);
            if (!done)
                return done.error();
            return done->added;
        });
    m_running = storing;
    const auto issuance = m_issuance;
    connect(storing, &ActivityBase::finished, storing, &QObject::deleteLater);
    connect(storing, &ActivityBase::finished, this, [this, storing, issuance] {
        if (m_issuance != issuance)
            return;
        if (!storing->result()) {
            Outcome outcome;
            outcome.error = storing->result().error();
            outcome.title = tr("Not stored");
            outcome.text =
                tr("The wallet could not store the credentials: %1").arg(outcome.error.message);
            end(outcome, QStringLiteral("credential_failure"));
            return;
        }
        Outcome outcome;
        outcome.kind = Outcome::Kind::Stored;
        outcome.storedIds = storing->result().value();
        outcome.title = tr("Received");
        const int stored = int(outcome.storedIds.size());
        outcome.text = tr("%n credential(s) stored in your wallet.", nullptr, stored);
        if (stored < m_received.size())
            outcome.text += QLatin1Char(' ') +
                            tr("%n you already had.", nullptr, int(m_received.size()) - stored);
        end(outcome, QStringLiteral("credential_accepted"));
    });
}

void ReceiveController::end(Outcome outcome, const QString &event)
{
    m_outcome = std::move(outcome);
    m_running = nullptr;
    if (!event.isEmpty() && m_issuance)
        tell(event);
    setState(State::Done);
    emit finished();
}

void ReceiveController::tell(const QString &event)
{
    // The notification goes out on its own; nobody waits for it (section 11: best effort).
    auto *telling = new Activity<bool>(this);
    telling->start([issuance = m_issuance, event](const ActivityBase::Context &) -> Result<bool> {
        (void)issuance->notify(event);
        return true;
    });
    connect(telling, &ActivityBase::finished, telling, &QObject::deleteLater);
}

void ReceiveController::fail(const Error &error)
{
    Outcome outcome;
    outcome.error = error;
    if (error.code == kCancelled || error.code == QLatin1String("vci.cancelled") ||
        error.code == QLatin1String("net.cancelled")) {
        outcome.kind = Outcome::Kind::Cancelled;
        outcome.title = tr("Cancelled");
        outcome.text = m_codeSent
                           ? tr("Stopped: the offer may be used up; ask the issuer for a new one "
                                "if you still want the credential.")
                       : m_signInStarted
                           ? tr("The sign-in at the issuer was stopped and nothing was received. "
                                "Open the offer again to start over.")
                           : tr("Nothing was asked of the issuer.");
    } else {
        outcome.kind = Outcome::Kind::Failed;
        outcome.title = tr("Not received");
        outcome.text = ServiceSentence::asSentence(error.message) + QLatin1Char('.');
    }
    end(outcome, QString());
}

void ReceiveController::openSignInAgain()
{
    // Only while the worker waits for the browser: signedIn() ends that wait.
    if (m_state == State::Receiving && m_issuance && m_signInStarted && !m_codeSent)
        m_issuance->requestFreshSignInPage();
}

void ReceiveController::cancel()
{
    // Storing is not stopped: what the issuer handed out would be lost, and it was not told.
    if (m_running && m_state != State::Done && m_state != State::Storing)
        m_running->cancel(); // finished() follows with activity.cancelled
}

bool ReceiveController::isBusy() const
{
    return m_state == State::Receiving || m_state == State::AwaitingDecision ||
           m_state == State::Storing;
}

void ReceiveController::reset()
{
    // Left while the person was to decide (a lock): nothing is kept, and the issuer hears so.
    if (m_state == State::AwaitingDecision && m_issuance)
        tell(QStringLiteral("credential_deleted"));
    m_codeSent = false;
    m_signInStarted = false;
    if (m_running)
        m_running->cancel();
    m_running = nullptr;
    m_issuance.reset(); // late results see another session and are dropped
    m_received.clear();
    m_signInUrl.clear();
    m_outcome = {};
    setState(State::Idle);
}

} // namespace vcdesk
