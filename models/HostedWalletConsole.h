#pragma once

#include "core/api/HostedWalletClient.h"
#include "core/net/NetworkPolicy.h"
#include "models/ValidationComparison.h"

#include <QObject>

#include <functional>

namespace vcdesk {

class ActivityBase;
class OperationLog;
class OperationRunner;
class WalletSession;
struct Account;

/// The operator's side of a hosted wallet (seed 003) with a hosted-wallet account: templates,
/// issue from a template into a wallet, get, delete, and verify, where the service's named
/// validation results are set next to vcdesk's own checks of the same credential
/// (ValidationComparison). The account's key is read from the wallet for each action. Each
/// action runs off the GUI thread, is recorded in the operations history and ends in a
/// sentence.
class HostedWalletConsole : public QObject
{
    Q_OBJECT
public:
    HostedWalletConsole(WalletSession &session, OperationLog &log, QObject *parent = nullptr);

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }

    void loadTemplates(qint64 accountId);
    void issue(qint64 accountId, const HostedWalletClient::Template &chosen,
               const QString &walletId, const QJsonObject &fields);
    void get(qint64 accountId, const QString &credentialId);
    void verify(qint64 accountId, const QString &credentialId);
    void remove(qint64 accountId, const QString &credentialId);

signals:
    void working(vcdesk::ActivityBase *activity, const QString &what);
    void succeeded(const QString &sentence);
    void failed(const QString &sentence);
    void templatesLoaded(const QList<vcdesk::HostedWalletClient::Template> &templates);
    void issued(const QString &credentialId);
    void fetched(const vcdesk::HostedWalletClient::StoredCredential &credential);
    void compared(const vcdesk::ValidationComparison &comparison);
    void removed(const QString &credentialId);

private:
    WalletSession &m_session;
    OperationRunner *m_runner = nullptr;
    NetworkPolicy m_policy;
};

} // namespace vcdesk
