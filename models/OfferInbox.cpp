#include "models/OfferInbox.h"

#include "core/api/IssuerAgentClient.h"
#include "core/common/Activity.h"
#include "core/store/Wallet.h"
#include "core/verify/VerdictText.h"
#include "models/WalletSession.h"

#include <QTimer>

namespace vcdesk {

/// What one account said when asked for its offers.
struct AccountOffers
{
    Account account;
    QList<IssuerOffer> offers;
    Error error; // empty code: it answered
};

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
                // An issuer's own account (the operator console's) has no offers to receive.
                if (account.kind != QLatin1String("issuer-agent") ||
                    account.role == QLatin1String("issuer"))
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
            int changed = 0;
            for (const AccountOffers &answer : found) {
                auto kept = OfferReceipt::keep(wallet, profileId, answer.account, answer.offers);
                if (!kept)
                    return kept.error();
                changed += kept.value();
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

void OfferInbox::accept(qint64 offerId)
{
    auto *reading = m_session.read<OfferReceipt::Ticket>(
        [offerId, profileId = m_profileId](Wallet &wallet, const ActivityBase::Context &) {
            return OfferReceipt::open(wallet, profileId, offerId);
        });
    connect(reading, &ActivityBase::finished, this, [this, reading] {
        reading->deleteLater();
        if (!reading->result())
            return acceptFailed(reading->result().error());
        receive(reading->result().value());
    });
}

void OfferInbox::receive(const OfferReceipt::Ticket &ticket)
{
    // The long part (the issuer may take its time) runs on a pool thread, not the wallet's:
    // the list and the inbox stay usable meanwhile, and Cancel reaches the wait at once.
    auto *receiving = new Activity<CredentialRecord>(this);
    receiving->start([ticket, policy = m_policy,
                      deadlineMs = m_acceptDeadlineMs](const ActivityBase::Context &context) {
        return OfferReceipt::receive(ticket, policy, deadlineMs,
                                     [&context](const QString &step) { context.report(step); });
    });
    emit working(receiving, tr("Receiving the credential…"));
    connect(receiving, &ActivityBase::finished, this, [this, receiving, ticket] {
        receiving->deleteLater();
        if (!receiving->result())
            return acceptFailed(receiving->result().error());
        store(ticket.offer, receiving->result().value());
    });
}

void OfferInbox::store(const StoredOffer &offer, const CredentialRecord &record)
{
    auto *writing = m_session.write<qint64>(
        [offer, record, profileId = m_profileId](Wallet &wallet, const ActivityBase::Context &) {
            return OfferReceipt::store(wallet, profileId, offer, record);
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
            if (auto done = OfferReceipt::reject(wallet, profileId, offerId); !done)
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
