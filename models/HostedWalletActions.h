#pragma once

#include "core/api/HostedWalletClient.h"
#include "core/common/Activity.h"
#include "core/net/NetworkPolicy.h"
#include "core/receive/HostedCopy.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace vcdesk {

class Wallet;
class WalletSession;

/// What the Hosted wallet page does with a hosted-wallet account (seed 003) and the ids this
/// wallet remembers for it. The wallet's part runs through the session on the wallet's thread,
/// the hosted wallet's on a pool thread (working() hands each over: progress and Cancel):
/// fetch() the live state of a remembered credential; loadTemplates() and request() one from a
/// template, issued to the profile's default DID and remembered under the template's name;
/// addById() remembers an id the hosted wallet knows; copy() gets the credential, checks it
/// and stores it (HostedCopy) — one that is not valid waits for keepCopy() or dropCopy();
/// forget() drops the remembered id only. Each ends with a signal; failures in a sentence.
class HostedWalletActions : public QObject
{
    Q_OBJECT
public:
    HostedWalletActions(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }

    void fetch(qint64 hostedId);
    void loadTemplates(qint64 accountId);
    /// `fields`: the template's custom fields as the person filled them.
    void request(qint64 accountId, const HostedWalletClient::Template &chosen,
                 const QJsonObject &fields);
    void addById(qint64 accountId, const QString &remoteId);
    void copy(qint64 hostedId);
    /// The copy that was not valid (copyNeedsDecision()): stored as it is, or dropped.
    void keepCopy();
    void dropCopy();
    bool hasPendingCopy() const { return m_pending.has_value(); }
    void forget(qint64 hostedId);

signals:
    void working(vcdesk::ActivityBase *activity, const QString &what);
    void fetched(qint64 hostedId, const vcdesk::HostedWalletClient::StoredCredential &credential);
    void fetchFailed(qint64 hostedId, const QString &sentence);
    void templatesLoaded(qint64 accountId,
                         const QList<vcdesk::HostedWalletClient::Template> &templates);
    void requested(qint64 hostedId, const QString &title);
    void added(qint64 hostedId);
    /// The copy did not pass every check: `report` says which; keepCopy() or dropCopy().
    void copyNeedsDecision(qint64 hostedId, const QString &verdict, const QString &report);
    void copied(qint64 hostedId, qint64 credentialId, bool already, const QString &sentence);
    void forgotten(qint64 hostedId);
    void failed(const QString &title, const QString &message);

private:
    struct Pending
    {
        qint64 hostedId = 0;
        CredentialRecord record;
    };
    /// Reads `work` on the wallet's thread; `then` gets the value, or failed(title, …).
    template<typename T>
    void readThen(const QString &title, std::function<Result<T>(Wallet &)> work,
                  std::function<void(const T &)> then);
    template<typename T>
    void onPool(const QString &what, const QString &title,
                std::function<Result<T>(const ActivityBase::Context &)> work,
                std::function<void(const T &)> then);
    void storeCopy(qint64 hostedId, const CredentialRecord &record);
    void remember(qint64 accountId, const QString &remoteId, const QString &title,
                  std::function<void(qint64)> then);
    /// A failure as a sentence: what happened and what to do.
    static QString sentence(const Error &error, const QString &whatToDo);

    WalletSession &m_session;
    qint64 m_profileId;
    NetworkPolicy m_policy;
    std::optional<Pending> m_pending;
};

} // namespace vcdesk
