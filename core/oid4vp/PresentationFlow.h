#pragma once

#include "core/common/Activity.h"
#include "core/oid4vp/PresentationSession.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace vcdesk {

class WalletHost;

/// One presentation as the GUI (and the command line) drives it, without blocking its thread:
/// open(uri) resolves and authenticates the request and matches it against the profile's
/// credentials on the wallet's thread (WalletHost), then consentNeeded(); the person decides;
/// present(selection) or decline(why) sends the answer; finished() ends it with answer(). Each
/// step reports progress() and can be cancel()led; nothing is sent before present()/decline().
/// Every answer sent is kept in the wallet's presentation history (by the session).
class PresentationFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Opening, AwaitingConsent, Sending, Finished };
    Q_ENUM(State)

    PresentationFlow(WalletHost &host, qint64 profileId, RequestResolver::Options options,
                     QObject *parent = nullptr);
    ~PresentationFlow() override;

    State state() const { return m_state; }
    /// Before open(): read this trust list file (a missing file is an empty list) and the
    /// profile's verifier accounts on the wallet's thread and add them to the options, as
    /// `vcdesk present` does; the GUI thread never reads them itself.
    void setTrustListPath(const QString &path) { m_trustListPath = path; }
    void open(const QString &uri);
    void present(const PresentationBuilder::Selection &selection,
                 const PresentationBuilder::Withheld &withheld = {});
    void decline(const QString &why);
    /// Stops the running step; finished() follows with "activity.cancelled".
    void cancel();

    /// What open() found; empty before consentNeeded().
    const AuthorizationRequest &request() const { return m_request; }
    const PresentationMatch &match() const { return m_match; }
    const QList<HeldCredential> &credentials() const { return m_credentials; }
    const Consent &consent() const { return m_consent; }

    /// After finished(): the verifier's answer, or why there is none.
    Result<ResponseSender::VerifierAnswer> answer() const;
    /// After finished(): why the answer could not be kept in the presentation history, or
    /// empty (kept, or nothing was sent).
    const QString &historyProblem() const { return m_historyProblem; }

signals:
    void stateChanged(vcdesk::PresentationFlow::State state);
    void progress(const QString &step);
    void consentNeeded();
    void finished();

private:
    struct Shared;
    void setState(State state);
    void send(std::function<Result<ResponseSender::VerifierAnswer>(PresentationSession &)> step);
    void fail(const Error &error);

    WalletHost &m_host;
    qint64 m_profileId;
    RequestResolver::Options m_options;
    QString m_trustListPath;
    std::shared_ptr<Shared> m_shared; // the session, touched only on the wallet's thread
    QPointer<ActivityBase> m_running;
    State m_state = State::Idle;
    AuthorizationRequest m_request;
    PresentationMatch m_match;
    QList<HeldCredential> m_credentials;
    Consent m_consent;
    std::optional<Result<ResponseSender::VerifierAnswer>> m_answer;
    QString m_historyProblem;
};

} // namespace vcdesk
