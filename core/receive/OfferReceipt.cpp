#include "core/receive/OfferReceipt.h"

#include "core/api/IssuerAgentClient.h"
#include "core/common/DisplayText.h"
#include "core/store/CredentialImporter.h"
#include "core/store/Wallet.h"
#include "core/verify/InspectOptionsBuilder.h"

namespace vcdesk {

const QString OfferReceipt::kRejected = QStringLiteral("Rejected");

namespace {

QString titleOf(const IssuerOffer &offer)
{
    const QString type = offer.claims.value(QStringLiteral("claim_type")).toString();
    return (type.isEmpty() ? OfferReceipt::tr("Credential") : type).left(200);
}

} // namespace

Result<OfferReceipt::Ticket> OfferReceipt::open(const Wallet &wallet, qint64 profileId,
                                                qint64 offerId)
{
    auto offer = wallet.offers().open(offerId);
    if (!offer)
        return offer.error();
    if (offer->profileId != profileId)
        return Error{QStringLiteral("wallet.not_found"), tr("no such offer in this profile")};
    auto account = wallet.accounts().open(offer->accountId);
    if (!account)
        return account.error();
    auto key = wallet.keys().defaultKey(profileId);
    if (!key)
        return key.error();
    return Ticket{offer.value(), account.value(), key->did};
}

Result<CredentialRecord> OfferReceipt::receive(const Ticket &ticket, const NetworkPolicy &policy,
                                               int deadlineMs,
                                               const std::function<void(const QString &)> &report)
{
    report(tr("Asking %1 to issue").arg(ticket.account.name));
    IssuerAgentClient client(QUrl(ticket.account.baseUrl), ticket.account.secret, policy);
    auto issued = client.acceptAndWait(ticket.offer.recordId, ticket.holderDid, deadlineMs);
    if (!issued)
        return issued.error();
    report(tr("Checking the credential"));
    // In memory only: the status lists a wallet's credentials point at would tell anyone with
    // a copy of the cache folder what the wallet holds.
    auto options = InspectOptionsBuilder()
                       .cache(InspectOptionsBuilder::Cache::InMemory)
                       .allowLoopbackHttp(policy.allowLoopbackHttp)
                       .build();
    if (!options)
        return options.error();
    auto record = CredentialImporter::prepare(issued->credential, options.value(),
                                              QStringLiteral("offer"), ticket.account.name);
    if (!record)
        return record.error();
    if (auto ours = checkSubject(record.value(), ticket.holderDid); !ours)
        return ours.error();
    return record;
}

Status OfferReceipt::checkSubject(const CredentialRecord &record, const QString &holderDid)
{
    if (record.subject.isEmpty() || record.subject == holderDid)
        return {};
    return Error{QStringLiteral("receiving.wrong_subject"),
                 tr("the issuer sent a credential about %1, not about you (%2); it was not "
                    "stored")
                     .arg(DisplayText::escape(record.subject, 200), holderDid)};
}

Result<qint64> OfferReceipt::store(Wallet &wallet, qint64 profileId, const StoredOffer &offer,
                                   const CredentialRecord &record)
{
    auto id = wallet.credentials().add(profileId, record);
    if (!id)
        return id.error();
    StoredOffer received = offer;
    received.state = QStringLiteral("CredentialReceived");
    received.credentialId = id.value();
    if (auto kept = wallet.offers().record(profileId, received); !kept)
        return kept.error();
    return id.value();
}

Result<int> OfferReceipt::keep(Wallet &wallet, qint64 profileId, const Account &account,
                               const QList<IssuerOffer> &offers)
{
    OfferStore store = wallet.offers();
    int changed = 0;
    for (const IssuerOffer &offer : offers) {
        if (offer.role != QLatin1String("Holder"))
            continue; // offers this party made as an issuer are not its inbox
        auto kept = store.find(account.id, offer.recordId);
        if (!kept)
            return kept.error();
        // Only what changed is written: a quiet poll leaves the inbox's order be.
        if (kept.value() &&
            (kept.value()->state == offer.stateName ||
             (kept.value()->state == kRejected && offer.state == ProtocolState::OfferReceived)))
            continue;
        StoredOffer stored;
        stored.accountId = account.id;
        stored.recordId = offer.recordId;
        stored.threadId = offer.thid;
        stored.title = titleOf(offer);
        stored.claims = offer.claims;
        stored.state = offer.stateName;
        if (auto done = store.record(profileId, stored); !done)
            return done.error();
        ++changed;
    }
    return changed;
}

Status OfferReceipt::reject(Wallet &wallet, qint64 profileId, qint64 offerId)
{
    auto offer = wallet.offers().open(offerId);
    if (!offer)
        return offer.error();
    if (offer->profileId != profileId)
        return Error{QStringLiteral("wallet.not_found"), tr("no such offer in this profile")};
    StoredOffer rejected = offer.value();
    rejected.state = kRejected;
    if (auto done = wallet.offers().record(profileId, rejected); !done)
        return done.error();
    return {};
}

} // namespace vcdesk
