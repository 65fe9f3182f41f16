#pragma once

#include "core/api/IssuerAgentClient.h"
#include "core/net/NetworkPolicy.h"
#include "core/store/Account.h"
#include "models/OperationEntry.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace vcdesk {

class ActivityBase;
class IssuerRecordModel;
class OperationLog;
class OperationRunner;
class WalletSession;

/// The operator's side of an issuer agent (seed 001) behind the console's Issuer agent page,
/// acting with one issuer-agent account of the wallet (its API key is read from the wallet
/// when the account is chosen, kept only while the wallet is unlocked, and never shown):
/// the records and their protocol states, polled while watching (a state change shows without
/// a refresh), the connections the agent reports, create an offer without schema, issue an
/// accepted offer, revoke, look up match/{type}, and custodial issuance with a holder account's
/// key. Every action runs off the GUI thread (working(): progress, Cancel), is recorded in the
/// operations history and ends in a sentence; a credential it yields comes with
/// credentialReady(), for the inspector.
class IssuerConsole : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultPollMs = 2000;

    IssuerConsole(WalletSession &session, OperationLog &log, QObject *parent = nullptr);
    ~IssuerConsole() override;

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    void setPollInterval(int ms);
    IssuerRecordModel *records() const { return m_records; }
    OperationRunner *runner() const { return m_runner; }

    /// Reads the account (with its key) from the wallet; accountReady() or failed() follow,
    /// then the records and connections are asked for.
    void useAccount(qint64 accountId);
    bool hasAccount() const { return m_account.has_value(); }
    QString accountName() const { return m_account ? m_account->name : QString(); }
    qint64 accountId() const { return m_account ? m_account->id : 0; }
    /// Polls the records every interval while watching (the page is shown).
    void setWatching(bool on);
    bool isWatching() const { return m_watching; }
    void refresh();
    void loadConnections();

    void createOffer(const QString &connectionId, const QString &authorDid, qint64 validitySeconds,
                     const QJsonObject &claims);
    void issue(const QString &recordId);
    void revoke(const QString &recordId);
    void match(const QString &claimType);
    /// Offer, accept and issue in one call (the seed's custodial issuance): the issuer's key is
    /// this account's, the holder's comes from `holderAccountId`. `request`'s keys are ignored.
    void custodial(qint64 holderAccountId, IssuerAgentClient::CustodialRequest request);
    /// Forgets the account and its key, stops polling, empties the records.
    void reset();

signals:
    void accountReady(const QString &name);
    void working(vcdesk::ActivityBase *activity, const QString &what);
    void recordsUpdated(const QDateTime &at);
    void pollFailed(const QString &sentence);
    void connectionsLoaded(const QList<vcdesk::IssuerAgentClient::Connection> &connections);
    void connectionsUnavailable(const QString &sentence);
    void succeeded(const QString &sentence);
    void failed(const QString &sentence);
    /// A credential an action brought back (look-up, custodial issuance), with its record.
    void credentialReady(const vcdesk::IssuerOffer &record);

private:
    /// What a worker needs to make its own client (made on the thread that uses it).
    struct Target
    {
        QUrl baseUrl;
        QByteArray apiKey;
        NetworkPolicy policy;
        IssuerAgentClient client() const { return IssuerAgentClient(baseUrl, apiKey, policy); }
    };
    Target target() const;
    void poll();
    /// An account to act with; failed() says so when there is none.
    bool ready();
    OperationEntry entry(const QString &action, const QString &target) const;

    WalletSession &m_session;
    OperationRunner *m_runner = nullptr;
    IssuerRecordModel *m_records = nullptr;
    QTimer *m_timer = nullptr;
    NetworkPolicy m_policy;
    std::optional<Account> m_account;
    quint64 m_generation = 0; // bumped by reset(): answers for an older account are dropped
    bool m_watching = false;
    bool m_polling = false;
};

} // namespace vcdesk
