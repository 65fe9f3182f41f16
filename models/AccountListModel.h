#pragma once

#include "core/store/Account.h"

#include "models/LatestRead.h"
#include <QAbstractListModel>

#include <QPointer>

namespace vcdesk {

class WalletSession;

/// The accounts of a profile (without their secrets), read through the session on the
/// wallet's thread and read again after every change; empty while the wallet is locked. A
/// profile has a handful of accounts, so they come in one read, not in pages.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    /// PartyRole: the account's role at its service ("issuer", "holder", …).
    enum Role { IdRole = Qt::UserRole + 1, KindRole, UrlRole, PartyRole };

    AccountListModel(WalletSession &session, qint64 profileId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const Account *accountAt(int row) const;
    /// "Issuer agent", "Verifier", … for a kind's machine name.
    static QString kindText(const QString &kind);

public slots:
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    QPointer<WalletSession> m_session;
    qint64 m_profileId;
    QList<Account> m_accounts;
    LatestRead<Account> m_read;
};

} // namespace vcdesk
