#pragma once

#include "core/net/NetworkPolicy.h"
#include "core/receive/OfferReceipt.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace vcdesk {

class ActivityBase;
class WalletSession;

/// The holder's offer inbox (seed 001) behind the Offers page: every issuer-agent account of
/// the profile is asked for its offers in the background (now, then every interval while the
/// wallet is unlocked) and what it says is kept in the wallet (OfferStore), so the inbox works
/// offline; lastSuccess()/lastError() say how that went. accept() asks the agent to issue to
/// the profile's default key, waits for the credential, checks it and stores it (with its
/// verdict) in one write; reject() records the holder's no in the wallet (the seed's agent has
/// no call to hear it, and the page says so). Network and checks run off the GUI thread, the
/// wallet's work on its own thread.
class OfferInbox : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60 * 1000;
    static constexpr int kDefaultAcceptDeadlineMs = 120 * 1000;

    OfferInbox(WalletSession &session, qint64 profileId, QObject *parent = nullptr);
    ~OfferInbox() override;

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    void setInterval(int ms);
    void setAcceptDeadline(int ms) { m_acceptDeadlineMs = ms; }

    /// Asks every account now (a poll already running is not started twice).
    void refresh();
    bool isPolling() const { return m_polling; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    /// The last poll's problem in a sentence; empty when it went well.
    QString lastError() const { return m_lastError; }

    /// Accepts the stored offer `offerId`: working() hands over the long step (progress,
    /// Cancel); accepted() or failed() end it.
    void accept(qint64 offerId);
    void reject(qint64 offerId);

signals:
    void statusChanged();
    void working(vcdesk::ActivityBase *activity, const QString &what);
    void accepted(qint64 offerId, qint64 credentialId, const QString &verdictSentence);
    void failed(const QString &title, const QString &message);

private:
    void fetch(const QList<Account> &accounts);
    void keep(const QList<struct AccountOffers> &found);
    void pollDone(const QString &error);
    void receive(const OfferReceipt::Ticket &ticket);
    void store(const StoredOffer &offer, const CredentialRecord &record);
    void acceptFailed(const Error &error);

    WalletSession &m_session;
    qint64 m_profileId;
    NetworkPolicy m_policy;
    QTimer *m_timer = nullptr;
    int m_acceptDeadlineMs = kDefaultAcceptDeadlineMs;
    bool m_polling = false;
    QDateTime m_lastSuccess;
    QString m_lastError;
};

} // namespace vcdesk
