#pragma once

#include "core/store/HostedCredential.h"

#include "models/LatestRead.h"
#include <QAbstractListModel>

#include <QPointer>

namespace vcdesk {

class WalletSession;

/// The credentials one hosted-wallet account holds, as this wallet remembers them (the seed's
/// API has no listing): title, the hosted wallet's id, whether a copy is here. Read through
/// the session on the wallet's thread, again after every change; empty while the wallet is
/// locked or no account is chosen.
class HostedCredentialListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, RemoteIdRole, CopiedRole };

    HostedCredentialListModel(WalletSession &session, QObject *parent = nullptr);

    /// 0: none.
    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const HostedCredential *credentialAt(int row) const;
    /// The row of the remembered credential `id`, or -1.
    int rowOf(qint64 id) const;
    /// What a person calls it: its title, or its id when it has none.
    static QString titleOf(const HostedCredential &credential);

public slots:
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    QPointer<WalletSession> m_session;
    qint64 m_accountId = 0;
    QList<HostedCredential> m_credentials;
    LatestRead<HostedCredential> m_read;
};

} // namespace vcdesk
