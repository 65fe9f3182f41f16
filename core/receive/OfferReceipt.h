#pragma once

#include "core/common/Result.h"
#include "core/net/NetworkPolicy.h"
#include "core/store/Account.h"
#include "core/store/CredentialRecord.h"
#include "core/store/StoredOffer.h"

#include <QCoreApplication>

#include <functional>

namespace vcdesk {

class Wallet;
struct IssuerOffer;

/// Receiving a credential offered by an issuer agent (seed 001), in the three steps the
/// window and the command line both take: open() reads what accepting needs from the wallet
/// (the offer, its account with the API key, the profile's default DID); receive() asks the
/// agent to issue and waits for the credential, then checks it (network: any thread but the
/// wallet's); store() keeps the credential and the offer's new state in one write. And keep():
/// what an agent says of its offers, written only where something changed, never bringing
/// back an offer the holder rejected.
class OfferReceipt
{
    Q_DECLARE_TR_FUNCTIONS(OfferReceipt)
public:
    /// The state a rejected offer is kept in.
    static const QString kRejected;

    struct Ticket
    {
        StoredOffer offer;
        Account account;
        QString holderDid;
    };

    static Result<Ticket> open(const Wallet &wallet, qint64 profileId, qint64 offerId);
    /// `report` says each step ("Asking … to issue", "Checking the credential").
    static Result<CredentialRecord> receive(const Ticket &ticket, const NetworkPolicy &policy,
                                            int deadlineMs,
                                            const std::function<void(const QString &)> &report);
    /// Ok when `record` is about the holder it was asked for: an issuer that sends a credential
    /// about someone else ("receiving.wrong_subject") is refused, whatever its signature says.
    /// A credential that names no subject (bound by its cnf key instead) passes here.
    static Status checkSubject(const CredentialRecord &record, const QString &holderDid);
    /// The credential's id in the wallet.
    static Result<qint64> store(Wallet &wallet, qint64 profileId, const StoredOffer &offer,
                                const CredentialRecord &record);
    /// The holder-side offers of `account` as the agent listed them; how many were written.
    static Result<int> keep(Wallet &wallet, qint64 profileId, const Account &account,
                            const QList<IssuerOffer> &offers);
    /// Marks the offer rejected (the seed's agent has no call to hear it).
    static Status reject(Wallet &wallet, qint64 profileId, qint64 offerId);
};

} // namespace vcdesk
