#include "models/OfferInbox.h"

#include "core/api/IssuerAgentClient.h"
#include "core/common/Activity.h"
#include "core/store/CredentialImporter.h"
#include "core/store/Wallet.h"
#include "core/verify/InspectOptionsBuilder.h"
#include "core/verify/VerdictText.h"
#include "models/WalletSession.h"

#include <QTimer>

namespace vcdesk {

const QString OfferInbox::kRejected = QStringLiteral("Rejected");

/// What one account said when asked for its offers.
struct AccountOffers
{
    Account account;
    QList<IssuerOffer> offers;
    Error error; // empty code: it answered
};

namespace {

QString titleOf(const IssuerOffer &offer)
{
    const QString type = offer.claims.value(QStringLiteral("claim_type")).toString();
    return (type.isEmpty() ? QCoreApplication::translate("OfferInbox", "Credential") : type)
        .left(200);
}

qint64 secondsOf(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

} // namespace

OfferInbox::OfferInbox(WalletSession &session, qint64 profileId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profileId(profileId)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &OfferInbox::refresh);
    // Polled only while the wallet is open to read: nothing is asked for a locked wallet.
    connect(&session, &WalletSession::unlocked, this, [this] {
        m_timer->start();
        refresh();
    });
    connect(&session, &WalletSession::locked, m_timer, &QTimer::stop);
    if (session.isUnlocked())
        m_timer->start();
}

OfferInbox::~OfferInbox() = default;

void OfferInbox::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void OfferInbox::refresh()
{
    if (m_polling || !m_session.isUnlocked())
        return;
    m_polling = true;
    emit statusChanged();
    auto *reading = m_session.read<QList<Account>>(
        [profileId = m_profileId](Wallet &wallet,
                                  const ActivityBase::Context &) -> Result<QList<Account>> {
            auto all = wallet.accounts().list(profileId);
            if (!all)
                return all.error();
            QList<Account> opened;
            for (const Account &account : all.value()) {
                if (account.kind != QLatin1String("issuer-agent"))
                    continue;
                auto withSecret = wallet.accounts().open(account.id);
                if (!withSecret)
                    return withSecret.error();
                opened << withSecret.value();
            }
            return opened;
        });
    connect(reading, &ActivityBase::finished, this, [this, reading] {
        reading->deleteLater();
        if (!reading->result())
            return pollDone(reading->result().error().message);
        if (reading->result()->isEmpty())
            return pollDone(tr("No issuer account yet: add one to receive offers."));
        fetch(reading->result().value());
    });
}

void OfferInbox::fetch(const QList<Account> &accounts)
{
    auto *fetching = new Activity<QList<AccountOffers>>(this);
    fetching->start([accounts, policy = m_policy](
                        const ActivityBase::Context &) -> Result<QList<AccountOffers>> {
        QList<AccountOffers> found;
        for (const Account &account : accounts) {
            AccountOffers answer{account, {}, {}};
            auto offers = IssuerAgentClient(QUrl(account.baseUrl), account.secret, policy).offers();
            if (offers)
                answer.offers = offers.value();
            else
                answer.error = offers.error();
            answer.account.secret.fill('\0'); // not needed past this call
            found << answer;
        }
        return found;
    });
    connect(fetching, &ActivityBase::finished, this, [this, fetching] {
        fetching->deleteLater();
        if (!fetching->result())
            return pollDone(fetching->result().error().message);
        keep(fetching->result().value());
    });
}

void OfferInbox::keep(const QList<AccountOffers> &found)
{
    QStringList problems;
    for (const AccountOffers &answer : found)
        if (!answer.error.code.isEmpty())
            problems << tr("%1: %2").arg(answer.account.name, answer.error.message);
    auto *writing =
        m_session.write<int>([found, profileId = m_profileId](
                                 Wallet &wallet, const ActivityBase::Context &) -> Result<int> {
            OfferStore store = wallet.offers();
            int changed = 0;
            for (const AccountOffers &answer : found) {
                for (const IssuerOffer &offer : answer.offers) {
                    if (offer.role != QLatin1String("Holder"))
                        continue; // offers this party made as an issuer are not its inbox
                    auto kept = store.find(answer.account.id, offer.recordId);
                    if (!kept)
                        return kept.error();
                    // Only what changed is written: a quiet poll leaves the inbox's order be.
                    if (kept.value() && (kept.value()->state == offer.stateName ||
                                         (kept.value()->state == kRejected &&
                                          offer.state == ProtocolState::OfferReceived)))
                        continue;
                    StoredOffer stored;
                    stored.accountId = answer.account.id;
                    stored.recordId = offer.recordId;
                    stored.threadId = offer.thid;
                    stored.title = titleOf(offer);
                    stored.claims = offer.claims;
                    stored.state = offer.stateName;
                    stored.createdAt = secondsOf(offer.createdAt);
                    if (auto done = store.record(profileId, stored); !done)
                        return done.error();
                    ++changed;
                }
            }
            return changed;
        });
    connect(writing, &ActivityBase::finished, this, [this, writing, problems] {
        writing->deleteLater();
        if (!writing->result())
            return pollDone(writing->result().error().message);
        pollDone(problems.join(QLatin1Char('\n')));
    });
}

void OfferInbox::pollDone(const QString &error)
{
    m_polling = false;
    m_lastError = error;
    if (error.isEmpty())
        m_lastSuccess = QDateTime::currentDateTime();
    emit statusChanged();
}

/// What accepting needs from the wallet, read before anything is sent.
struct OfferInbox::Accepting
{
    StoredOffer offer;
    Account account;
    QString holderDid;
};

void OfferInbox::accept(qint64 offerId)
{
    auto *reading = m_session.read<Accepting>(
        [offerId, profileId = m_profileId](Wallet &wallet,
                                           const ActivityBase::Context &) -> Result<Accepting> {
            auto offer = wallet.offers().open(offerId);
            if (!offer)
                return offer.error();
            auto account = wallet.accounts().open(offer->accountId);
            if (!account)
                return account.error();
            auto key = wallet.keys().defaultKey(profileId);
            if (!key)
                return key.error();
            return Accepting{offer.value(), account.value(), key->did};
        });
    connect(reading, &ActivityBase::finished, this, [this, reading] {
        reading->deleteLater();
        if (!reading->result())
            return acceptFailed(reading->result().error());
        receive(reading->result().value());
    });
}

void OfferInbox::receive(const Accepting &accepting)
{
    // The long part (the issuer may take its time) runs on a pool thread, not the wallet's:
    // the list and the inbox stay usable meanwhile, and Cancel reaches the wait at once.
    auto *receiving = new Activity<CredentialRecord>(this);
    receiving->start([accepting, policy = m_policy, deadlineMs = m_acceptDeadlineMs](
                         const ActivityBase::Context &context) -> Result<CredentialRecord> {
        context.report(tr("Asking %1 to issue").arg(accepting.account.name));
        IssuerAgentClient client(QUrl(accepting.account.baseUrl), accepting.account.secret, policy);
        auto issued =
            client.acceptAndWait(accepting.offer.recordId, accepting.holderDid, deadlineMs);
        if (!issued)
            return issued.error();
        context.report(tr("Checking the credential"));
        auto options = InspectOptionsBuilder()
                           .cache(InspectOptionsBuilder::Cache::InMemory)
                           .allowLoopbackHttp(policy.allowLoopbackHttp)
                           .build();
        if (!options)
            return options.error();
        return CredentialImporter::prepare(issued->credential, options.value(),
                                           QStringLiteral("offer"), accepting.account.name);
    });
    emit working(receiving, tr("Receiving the credential…"));
    connect(receiving, &ActivityBase::finished, this, [this, receiving, accepting] {
        receiving->deleteLater();
        if (!receiving->result())
            return acceptFailed(receiving->result().error());
        store(accepting.offer, receiving->result().value());
    });
}

void OfferInbox::store(const StoredOffer &offer, const CredentialRecord &record)
{
    auto *writing = m_session.write<qint64>(
        [offer, record, profileId = m_profileId](Wallet &wallet,
                                                 const ActivityBase::Context &) -> Result<qint64> {
            auto id = wallet.credentials().add(profileId, record);
            if (!id)
                return id.error();
            StoredOffer received = offer;
            received.state = QStringLiteral("CredentialReceived");
            received.credentialId = id.value();
            if (auto kept = wallet.offers().record(profileId, received); !kept)
                return kept.error();
            return id.value();
        });
    connect(writing, &ActivityBase::finished, this, [this, writing, offer, record] {
        writing->deleteLater();
        if (!writing->result())
            return acceptFailed(writing->result().error());
        emit accepted(offer.id, writing->result().value(), VerdictText::meaning(record.verdict));
    });
}

void OfferInbox::acceptFailed(const Error &error)
{
    emit failed(
        tr("The offer was not accepted"),
        error.code == QLatin1String("activity.cancelled")
            ? tr("Stopped. The issuer may still issue it; the next check of the inbox "
                 "shows what it did.")
            : tr("%1. Nothing was stored; the offer stays in the inbox.").arg(error.message));
}

void OfferInbox::reject(qint64 offerId)
{
    auto *rejecting =
        m_session.write<int>([offerId, profileId = m_profileId](
                                 Wallet &wallet, const ActivityBase::Context &) -> Result<int> {
            auto offer = wallet.offers().open(offerId);
            if (!offer)
                return offer.error();
            StoredOffer rejected = offer.value();
            rejected.state = kRejected;
            if (auto done = wallet.offers().record(profileId, rejected); !done)
                return done.error();
            return 1;
        });
    connect(rejecting, &ActivityBase::finished, this, [this, rejecting] {
        rejecting->deleteLater();
        if (!rejecting->result())
            emit failed(tr("The offer was not rejected"), rejecting->result().error().message);
    });
}

} // namespace vcdesk
