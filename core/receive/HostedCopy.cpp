#include "core/receive/HostedCopy.h"

#include "core/store/CredentialImporter.h"
#include "core/store/Wallet.h"
#include "core/store/WalletTransaction.h"

#include <QJsonDocument>

namespace vcdesk {

const QString HostedCopy::kSourceKind = QStringLiteral("hosted");

Result<Account> HostedCopy::openAccount(const Wallet &wallet, qint64 profileId, qint64 accountId)
{
    auto account = wallet.accounts().open(accountId);
    if (!account)
        return account.error();
    if (account->profileId != profileId || account->kind != QLatin1String("hosted-wallet"))
        return Error{QStringLiteral("wallet.invalid"),
                     tr("account %1 is not a hosted wallet of this profile").arg(accountId)};
    return account;
}

Result<HostedCopy::Ticket> HostedCopy::open(const Wallet &wallet, qint64 profileId, qint64 hostedId)
{
    auto remembered = wallet.hosted().get(hostedId);
    if (!remembered)
        return remembered.error();
    if (remembered->profileId != profileId)
        return Error{QStringLiteral("wallet.not_found"),
                     tr("no such hosted credential in this profile")};
    auto account = openAccount(wallet, profileId, remembered->accountId);
    if (!account)
        return account.error();
    return Ticket{remembered.value(), account.value()};
}

QString HostedCopy::sourceRef(const Account &account, const QString &remoteId)
{
    return tr("%1, credential %2").arg(account.name, remoteId);
}

Result<CredentialRecord> HostedCopy::prepare(const HostedWalletClient::StoredCredential &stored,
                                             const Ticket &ticket, const InspectOptions &options,
                                             Inspection *inspection)
{
    // The W3C credential itself (its proof inside), as an import of the same JSON would keep
    // it: the same bytes for the same credential, so a second copy is found as a duplicate.
    const QByteArray raw = QJsonDocument(stored.detail).toJson(QJsonDocument::Compact);
    return CredentialImporter::prepare(raw, options, kSourceKind,
                                       sourceRef(ticket.account, ticket.remembered.remoteId),
                                       inspection);
}

Result<HostedCopy::Stored> HostedCopy::store(Wallet &wallet, qint64 profileId, qint64 hostedId,
                                             const CredentialRecord &record)
{
    auto transaction = WalletTransaction::begin(wallet.access());
    if (!transaction)
        return transaction.error();
    Stored stored;
    auto existing = wallet.credentials().findDuplicate(profileId, record.raw);
    if (!existing)
        return existing.error();
    if (existing.value() > 0) {
        stored = {existing.value(), true};
    } else {
        auto added = wallet.credentials().add(profileId, record);
        if (!added)
            return added.error();
        stored.credentialId = added.value();
    }
    if (auto noted = wallet.hosted().setCopy(hostedId, stored.credentialId); !noted)
        return noted.error();
    if (auto done = transaction.value().commit(); !done)
        return done.error();
    return stored;
}

} // namespace vcdesk
