#include "models/AccountListModel.h"

#include "core/store/Wallet.h"
#include "models/WalletSession.h"

namespace vcdesk {

AccountListModel::AccountListModel(WalletSession &session, qint64 profileId, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(&session)
    , m_profileId(profileId)
{
    for (auto signal : {&WalletSession::changed, &WalletSession::unlocked, &WalletSession::locked,
                        &WalletSession::opened})
        connect(&session, signal, this, &AccountListModel::reload);
    reload();
}

QString AccountListModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("issuer-agent"))
        return tr("Issuer agent");
    if (kind == QLatin1String("verifier"))
        return tr("Verifier");
    if (kind == QLatin1String("hosted-wallet"))
        return tr("Hosted wallet");
    if (kind == QLatin1String("generator"))
        return tr("Generation service");
    return kind;
}

void AccountListModel::reload()
{
    m_read.start(
        this, m_session, true,
        [profileId = m_profileId](Wallet &wallet) { return wallet.accounts().list(profileId); },
        [this](const Result<QList<Account>> &accounts) {
            if (!accounts) {
                emit loadFailed(accounts.error().message);
                return;
            }
            beginResetModel();
            m_accounts = accounts.value();
            endResetModel();
        });
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

const Account *AccountListModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts[row] : nullptr;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    const Account *account = index.isValid() ? accountAt(index.row()) : nullptr;
    if (!account)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2 (%3)").arg(account->name, kindText(account->kind), account->baseUrl);
    case Qt::AccessibleTextRole:
        return tr("%1, %2 at %3").arg(account->name, kindText(account->kind), account->baseUrl);
    case IdRole:
        return account->id;
    case KindRole:
        return account->kind;
    case UrlRole:
        return account->baseUrl;
    case PartyRole:
        return account->role;
    default:
        return {};
    }
}

} // namespace vcdesk
