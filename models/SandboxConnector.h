#pragma once

#include "core/net/NetworkPolicy.h"

#include <QObject>

namespace vcdesk {

class ActivityBase;
class WalletSession;
struct SandboxDescription;

/// Connects a wallet to the local sandbox in one step, for a first run with nothing to
/// configure: reads the sandbox's description (SandboxDescription), adds its issuer-agent
/// (as the holder), verifier and hosted-wallet accounts to the profile (those already there
/// are kept), and asks the sandbox issuer for a sample offer, so the inbox has something to
/// accept at once. Off the GUI thread; connected() or failed() end it.
class SandboxConnector : public QObject
{
    Q_OBJECT
public:
    static const QString kIssuerAccount;

    SandboxConnector(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    /// Whether there is a sandbox description at `path` to connect to.
    static bool available(const QString &path);
    void connectTo(const QString &path);

signals:
    void working(vcdesk::ActivityBase *activity, const QString &what);
    void connected(const QString &summary);
    void failed(const QString &message);

private:
    void addAccounts(const SandboxDescription &sandbox);
    void askForSampleOffer(const SandboxDescription &sandbox, int added);

    WalletSession &m_session;
    qint64 m_profileId;
    NetworkPolicy m_policy;
};

} // namespace vcdesk
