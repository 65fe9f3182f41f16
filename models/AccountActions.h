#pragma once

#include "core/net/NetworkPolicy.h"
#include "core/store/Account.h"

#include <QObject>

namespace vcdesk {

class ActivityBase;
class WalletSession;

/// What the Accounts page does to a profile's accounts, off the GUI thread: add (the store
/// checks kind, address and names; the secret is sealed), remove, and test (one harmless call
/// with the account's secret, core/receive/AccountCheck). Each ends with a signal carrying a
/// sentence for the person.
class AccountActions : public QObject
{
    Q_OBJECT
public:
    AccountActions(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }

    /// The secret in `account` is wiped once it is sealed (or refused).
    void add(Account account);
    void remove(qint64 accountId);
    void check(qint64 accountId);

signals:
    void working(vcdesk::ActivityBase *activity, const QString &what);
    void added(const QString &name);
    void removed();
    void checked(qint64 accountId, bool ok, const QString &sentence);
    void failed(const QString &message);

private:
    WalletSession &m_session;
    qint64 m_profileId;
    NetworkPolicy m_policy;
};

} // namespace vcdesk
