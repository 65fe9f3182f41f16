#include "core/oid4vp/PresentationFlow.h"

#include "core/store/AccountStore.h"
#include "core/store/WalletHost.h"
#include "core/verify/TrustList.h"

namespace vcdesk {

struct PresentationFlow::Shared
{
    std::unique_ptr<PresentationSession> session;
    quint64 opening = 0; // the WalletHost opening the session was made with
};

namespace {

/// What open() hands back to the flow's thread: copies, so nothing is shared afterwards.
struct Opened
{
    AuthorizationRequest request;
    PresentationMatch match;
    QList<HeldCredential> credentials;
    Consent consent;
};

} // namespace

PresentationFlow::PresentationFlow(WalletHost &host, qint64 profileId,
                                   RequestResolver::Options options, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_profileId(profileId)
    , m_options(std::move(options))
    , m_shared(std::make_shared<Shared>())
{
}

PresentationFlow::~PresentationFlow()
{
    if (m_running)
        m_running->cancel();
    // The session dies with the last reference, on whichever thread drops it; it holds no
    // connection of its own.
}

void PresentationFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PresentationFlow::fail(const Error &error)
{
    m_answer = Result<ResponseSender::VerifierAnswer>(error);
    setState(State::Finished);
    emit finished();
}

void PresentationFlow::open(const QString &uri)
{
    if (m_state != State::Idle)
        return;
    setState(State::Opening);
    auto *activity = m_host.withOpened<Opened>(
        [shared = m_shared, profileId = m_profileId, options = m_options,
         trustListPath = m_trustListPath,
         uri](Wallet &wallet, quint64 opening,
              const ActivityBase::Context &context) mutable -> Result<Opened> {
            context.report(tr("Reading the verifier's request"));
            if (!trustListPath.isEmpty()) {
                auto trust = TrustList::load(trustListPath);
                if (!trust)
                    return trust.error();
                options.trustList = std::move(trust).value();
                auto accounts = wallet.accounts().list(profileId);
                if (!accounts)
                    return accounts.error();
                for (const Account &account : accounts.value())
                    if (account.kind == QLatin1String("verifier"))
                        options.trust.verifierAccounts << account;
            }
            shared->session = std::make_unique<PresentationSession>(wallet, profileId, options);
            shared->opening = opening;
            if (auto opened = shared->session->open(uri); !opened)
                return opened.error();
            const PresentationSession &session = *shared->session;
            return Opened{session.request(), session.match(), session.credentials(),
                          session.consent()};
        },
        this);
    m_running = activity;
    connect(activity, &ActivityBase::progress, this, &PresentationFlow::progress);
    connect(activity, &ActivityBase::finished, this, [this, activity] {
        activity->deleteLater();
        auto opened = activity->result();
        if (!opened)
            return fail(opened.error());
        m_request = opened->request;
        m_match = opened->match;
        m_credentials = opened->credentials;
        m_consent = opened->consent;
        setState(State::AwaitingConsent);
        emit consentNeeded();
    });
}

void PresentationFlow::send(
    std::function<Result<ResponseSender::VerifierAnswer>(PresentationSession &)> step)
{
    if (m_state != State::AwaitingConsent)
        return;
    setState(State::Sending);
    m_historyProblem.clear();
    auto problem = std::make_shared<QString>();
    auto *activity = m_host.withOpened<ResponseSender::VerifierAnswer>(
        [shared = m_shared, step,
         problem](Wallet &wallet, quint64 opening,
                  const ActivityBase::Context &context) -> Result<ResponseSender::VerifierAnswer> {
            if (!shared->session || shared->opening != opening)
                return Error{QStringLiteral("oid4vp.not_open"),
                             tr("the wallet was closed while the request was open")};
            shared->session->useWallet(wallet);
            context.report(tr("Sending your answer to the verifier"));
            auto answer = step(*shared->session);
            *problem = shared->session->historyProblem();
            return answer;
        },
        this);
    connect(activity, &ActivityBase::finished, this,
            [this, problem] { m_historyProblem = *problem; });
    m_running = activity;
    connect(activity, &ActivityBase::progress, this, &PresentationFlow::progress);
    connect(activity, &ActivityBase::finished, this, [this, activity] {
        activity->deleteLater();
        m_answer = activity->result();
        setState(State::Finished);
        emit finished();
    });
}

void PresentationFlow::present(const PresentationBuilder::Selection &selection,
                               const PresentationBuilder::Withheld &withheld)
{
    send([selection, withheld](PresentationSession &session) {
        return session.present(selection, withheld);
    });
}

void PresentationFlow::decline(const QString &why)
{
    send([why](PresentationSession &session) { return session.decline(why); });
}

void PresentationFlow::cancel()
{
    if (m_running && m_running->isRunning())
        m_running->cancel();
    else if (m_state == State::AwaitingConsent)
        fail(Activity<void>::cancelled()); // nothing runs and nothing was sent
}

Result<ResponseSender::VerifierAnswer> PresentationFlow::answer() const
{
    if (!m_answer)
        return Error{QStringLiteral("activity.pending"), tr("no answer yet")};
    return *m_answer;
}

} // namespace vcdesk
