#include "models/HostedCredentialListModel.h"

#include "core/common/DisplayText.h"
#include "core/store/Wallet.h"
#include "models/WalletSession.h"

namespace vcdesk {

HostedCredentialListModel::HostedCredentialListModel(WalletSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(&session)
{
    for (auto signal : {&WalletSession::changed, &WalletSession::unlocked, &WalletSession::locked,
                        &WalletSession::opened})
        connect(&session, signal, this, &HostedCredentialListModel::reload);
}

void HostedCredentialListModel::setAccount(qint64 accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    reload();
}

void HostedCredentialListModel::reload()
{
    m_read.start(
        this, m_session, m_accountId > 0,
        [accountId = m_accountId](Wallet &wallet) { return wallet.hosted().list(accountId); },
        [this](const Result<QList<HostedCredential>> &credentials) {
            if (!credentials) {
                emit loadFailed(credentials.error().message);
                return;
            }
            beginResetModel();
            m_credentials = credentials.value();
            endResetModel();
        });
}

int HostedCredentialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_credentials.size());
}

const HostedCredential *HostedCredentialListModel::credentialAt(int row) const
{
    return row >= 0 && row < m_credentials.size() ? &m_credentials[row] : nullptr;
}

int HostedCredentialListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_credentials.size(); ++row)
        if (m_credentials[row].id == id)
            return row;
    return -1;
}

QString HostedCredentialListModel::titleOf(const HostedCredential &credential)
{
    // Titles come from the hosted wallet's templates: someone else's words, kept to one line.
    return credential.title.isEmpty()
               ? tr("Credential %1").arg(DisplayText::escape(credential.remoteId, 80))
               : DisplayText::escape(credential.title, 120);
}

QVariant HostedCredentialListModel::data(const QModelIndex &index, int role) const
{
    const HostedCredential *credential = index.isValid() ? credentialAt(index.row()) : nullptr;
    if (!credential)
        return {};
    const bool copied = credential->credentialId > 0;
    const QString remoteId = DisplayText::escape(credential->remoteId, 80);
    switch (role) {
    case Qt::DisplayRole:
        return copied ? tr("%1 — %2 (copied here)").arg(titleOf(*credential), remoteId)
                      : tr("%1 — %2").arg(titleOf(*credential), remoteId);
    case Qt::AccessibleTextRole:
        return copied
                   ? tr("%1, id %2, a copy is in this wallet").arg(titleOf(*credential), remoteId)
                   : tr("%1, id %2, not copied here").arg(titleOf(*credential), remoteId);
    case Qt::ToolTipRole:
        return DisplayText::toolTip(tr("Id in the hosted wallet: %1").arg(credential->remoteId));
    case IdRole:
        return credential->id;
    case RemoteIdRole:
        return credential->remoteId;
    case CopiedRole:
        return copied;
    default:
        return {};
    }
}

} // namespace vcdesk
